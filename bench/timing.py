"""Small statistics and child-process timing shared by the benchmarks (no Qt here)."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PYTHON = sys.executable


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    """The 95th percentile (nearest rank): the value 95 % of the samples do not exceed."""
    ordered = sorted(values)
    rank = max(1, -(-95 * len(ordered) // 100))
    return ordered[rank - 1]


class PeakWatcher:
    """The child's own peak memory (VmHWM), read from /proc every few ms while it runs.

    ru_maxrss is no use here: Linux keeps it across execve, so a child forked from a
    benchmark that has grown to 48 MiB reports at least 48 MiB whatever it does."""

    def __init__(self, pid: int, every: float = 0.004):
        self.peak_mib: float | None = None
        self._status = Path(f"/proc/{pid}/status")
        self._done = threading.Event()
        self._every = every
        self._thread = threading.Thread(target=self._watch, daemon=True)
        if self._status.exists():
            self._thread.start()

    def _read(self) -> None:
        try:
            text = self._status.read_text()
        except OSError:
            return
        for line in text.splitlines():
            if line.startswith("VmHWM:"):
                self.peak_mib = max(self.peak_mib or 0.0, int(line.split()[1]) / 1024)

    def _watch(self) -> None:
        while not self._done.wait(self._every):
            self._read()

    def stop(self) -> None:
        """Once the child closed its output: one last reading (it may still be exiting), then done."""
        self._read()
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()


@dataclass
class ChildRun:
    elapsed_ms: float | None  # from just before the fork to the child's report (or exit); None: no report
    peak_rss_mib: float  # the child's own peak (VmHWM), or its ru_maxrss where /proc is missing
    cpu_ms: float  # user + system CPU time of the whole child (steadier than wall time on a busy machine)
    stdout: str
    stderr: str
    returncode: int
    reported_rss_mib: float | None = None  # the peak RSS the child reported with its marker


def run_child(command: list[str], env: dict, marker: str | None = None, timeout: float = 60.0) -> ChildRun:
    """Start `command`, wait for it to exit, and time it.

    With `marker`, the child prints `<marker> <time.monotonic_ns()> [<peak RSS KiB>]`
    (CLOCK_MONOTONIC is the same clock in every process), and the time is measured up to that
    line; otherwise up to the exit. The whole life's peak memory comes from wait4(), for this
    child only.
    """
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: a chatty child cannot block
        started = time.monotonic_ns()
        child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors, env=env, cwd=ROOT)
        killer = threading.Timer(timeout, child.kill)  # a hung child must not hang `make bench`
        killer.start()
        watcher = PeakWatcher(child.pid)
        try:
            stdout = child.stdout.read()
        finally:
            killer.cancel()
            child.stdout.close()
        watcher.stop()
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read()
    ended = time.monotonic_ns()
    text = stdout.decode(errors="replace")
    reported = None
    if marker is not None:
        fields = next((line.split() for line in text.splitlines() if line.startswith(marker + " ")), None)
        ended = int(fields[1]) if fields else None
        reported = int(fields[2]) / 1024 if fields and len(fields) > 2 else None
    return ChildRun(None if ended is None else (ended - started) / 1e6, watcher.peak_mib or usage.ru_maxrss / 1024,
                    (usage.ru_utime + usage.ru_stime) * 1000, text, stderr.decode(errors="replace"), child.returncode,
                    reported)


def probe_json(kind: str, *args: str, env: dict, timeout: float = 240.0) -> dict:
    """Run bench/ui_probe.py KIND ARGS… and return the JSON line it prints last."""
    run = run_child([PYTHON, str(ROOT / "bench" / "ui_probe.py"), kind, *args], env, timeout=timeout)
    lines = [line for line in run.stdout.splitlines() if line.startswith("{")]
    if run.returncode != 0 or not lines:
        tail = (run.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {run.returncode}: {tail}"}
    return json.loads(lines[-1])


def bench_env(home: Path, **extra: str) -> dict:
    """Offscreen Qt and private user folders, so the benchmarks never touch the owner's data."""
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_RUNTIME_DIR": str(home / "runtime"),
    })
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.pop("SOCIALDESK_DB", None)
    # An installed app runs from compiled bytecode; this session forbids writing it beside the
    # sources, so the children keep theirs in a private folder (filled by the warm-up runs).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    env.update(extra)
    return env
