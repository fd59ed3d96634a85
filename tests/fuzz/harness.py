"""Runs one headless command in-process, watched: exit status, stderr lines, files touched, children."""

import contextlib
import hashlib
import io
import os
import resource
import signal
import stat
import sys
import threading
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

CHILD_EVENTS = ("subprocess.Popen", "os.system", "os.posix_spawn", "os.exec", "os.fork", "os.forkpty",
                "os.spawn", "pty.spawn")
TIME_LIMIT_S = 60
MEMORY_HEADROOM = 3 * 1024 ** 3  # bytes of address space a command may add before MemoryError


class ChildProcessBlocked(BaseException):
    """Raised by the audit hook: the command tried to start another program."""


class CommandTimedOut(BaseException):
    """The command ran longer than TIME_LIMIT_S."""


_watch = {"armed": False, "children": []}


def _audit(event: str, args) -> None:
    if _watch["armed"] and event in CHILD_EVENTS:
        _watch["children"].append(f"{event} {str(args)[:120]}")
        raise ChildProcessBlocked(event)


if not getattr(sys, "_socialdesk_fuzz_hook", False):  # an audit hook cannot be removed: add it once
    sys.addaudithook(_audit)
    sys._socialdesk_fuzz_hook = True


@dataclass
class Outcome:
    code: int | None
    stdout: bytes
    stderr: str
    escaped: str = ""  # "ExceptionType: message @ file:line" when something other than SystemExit escaped
    children: list = field(default_factory=list)
    changes: dict = field(default_factory=dict)  # relative path -> "added" | "changed" | "removed"
    seconds: float = 0.0

    @property
    def stderr_lines(self) -> list[str]:
        return self.stderr.splitlines()


def snapshot(folder: Path) -> dict:
    """Every entry under `folder` (symlinks not followed): kind and, for files, a digest of the bytes."""
    seen = {}
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = Path(root) / name
            info = path.lstat()
            if stat.S_ISREG(info.st_mode):
                seen[str(path.relative_to(folder))] = hashlib.sha256(path.read_bytes()).hexdigest()
            elif stat.S_ISLNK(info.st_mode):
                seen[str(path.relative_to(folder))] = "link:" + os.readlink(path)
            else:
                seen[str(path.relative_to(folder))] = stat.S_IFMT(info.st_mode)
    return seen


def compare(before: dict, after: dict) -> dict:
    changes = {name: "removed" for name in before if name not in after}
    changes.update({name: "added" for name in after if name not in before})
    changes.update({name: "changed" for name in before if name in after and before[name] != after[name]})
    return changes


def _feed_fifos(folder: Path, done: threading.Event) -> None:
    """A reader blocked on one of our FIFOs gets junk and then end-of-file, as from a finished writer."""
    if done.wait(1.5):
        return
    while not done.wait(0.3):
        for fifo in folder.rglob("*"):
            with contextlib.suppress(OSError):
                if stat.S_ISFIFO(fifo.lstat().st_mode):
                    fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                    with contextlib.suppress(OSError):
                        os.write(fd, b"not,a\xffplan\n" * 64)
                    os.close(fd)


def _address_space() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    return 0


@contextlib.contextmanager
def _limits():
    """At most TIME_LIMIT_S seconds and MEMORY_HEADROOM more address space, then an exception."""
    def on_alarm(signum, frame):
        raise CommandTimedOut(f"still running after {TIME_LIMIT_S} s")

    old_handler = signal.signal(signal.SIGALRM, on_alarm)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = _address_space() + MEMORY_HEADROOM
    if hard == resource.RLIM_INFINITY or limit < hard:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    signal.setitimer(signal.ITIMER_REAL, TIME_LIMIT_S)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old_handler)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _where(error: BaseException) -> str:
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "socialdesk" in f.filename and "/tests/" not in f.filename] or frames
    last = ours[-1] if ours else None
    place = f" @ {Path(last.filename).name}:{last.lineno}" if last else ""
    return f"{type(error).__name__}: {str(error)[:160]}{place}"


def run_in_process(entry, argv: list[str], folder: Path) -> Outcome:
    """`entry(argv)` with cwd `folder`, stdout/stderr captured as a terminal would encode them."""
    out_bytes = io.BytesIO()
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", errors="strict", write_through=True)
    stderr = io.StringIO()
    before, cwd, done = snapshot(folder), os.getcwd(), threading.Event()
    feeder = threading.Thread(target=_feed_fifos, args=(folder, done), daemon=True)
    feeder.start()
    code, escaped, started = None, "", time.monotonic()
    _watch["children"] = []
    try:
        os.chdir(folder)
        with _limits(), contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            _watch["armed"] = True
            try:
                code = entry(argv)
            finally:
                _watch["armed"] = False
    except SystemExit as leaving:
        code = leaving.code if isinstance(leaving.code, int) or leaving.code is None else 1
        if isinstance(leaving.code, str):
            stderr.write(leaving.code + "\n")
        code = code or 0
    except BaseException as error:  # noqa: BLE001 - anything escaping main() is the finding
        escaped = _where(error)
    finally:
        done.set()
        os.chdir(cwd)
    feeder.join()
    return Outcome(code, out_bytes.getvalue(), stderr.getvalue(), escaped, list(_watch["children"]),
                   compare(before, snapshot(folder)), time.monotonic() - started)
