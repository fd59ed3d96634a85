"""Shared by the reliability tests: the writer child driver and the ledger of acknowledged writes."""

import json
import os
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WRITER = HERE / "writer_child.py"


class WriterGone(Exception):
    """The writer process died or stopped talking."""


class Zygote:
    """One interpreter that forks a writer child per round; the test kills the child."""

    def __init__(self, log_path: Path):
        self._log = open(log_path, "wb")
        env = dict(os.environ, PYTHONPATH=f"{ROOT}{os.pathsep}{HERE}")
        self.proc = subprocess.Popen([sys.executable, str(WRITER)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self._log, env=env)
        self._selector = selectors.DefaultSelector()
        self._selector.register(self.proc.stdout, selectors.EVENT_READ)
        self._lines: deque[bytes] = deque()
        self._partial = b""
        self._recent: deque[bytes] = deque(maxlen=8)
        self._expect("ready", timeout=60)

    def _next_event(self, deadline: float) -> dict | None:
        """The next event line, or None when `deadline` (monotonic) passes first."""
        while not self._lines:
            remaining = max(0.0, deadline - time.monotonic())  # 0: still look, without waiting
            if not self._selector.select(remaining):
                return None
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                raise WriterGone(f"writer exited with {self.proc.wait()}")
            *complete, self._partial = (self._partial + chunk).split(b"\n")
            self._lines.extend(complete)
            self._recent.extend(complete)
        return json.loads(self._lines.popleft())

    def _expect(self, kind: str, timeout: float) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            event = self._next_event(deadline)
            if event is None:
                raise WriterGone(f"no {kind!r} event within {timeout} s")
            if event["ev"] == kind:
                return event

    def run_round(self, db: Path, seed: int, plan: tuple) -> tuple[list[dict], bool]:
        """Fork a writer on `db` and SIGKILL it as `plan` says; returns its events and whether it was killed.

        plan: ("delay", seconds) or ("acks", count, jitter_seconds).
        """
        self.proc.stdin.write((json.dumps({"db": str(db), "seed": seed, "max_ops": 10**6}) + "\n").encode())
        self.proc.stdin.flush()
        events, pid, killed, acks = [], None, False, 0
        deadline = time.monotonic() + 30
        kill_at = time.monotonic() + plan[1] if plan[0] == "delay" else None
        while True:
            if pid is not None and not killed and kill_at is not None and time.monotonic() >= kill_at:
                os.kill(pid, signal.SIGKILL)
                killed = True
            wake = kill_at if kill_at is not None and not killed else deadline
            event = self._next_event(min(wake, deadline))
            if event is None:
                if time.monotonic() >= deadline:
                    raise WriterGone(f"round stuck: pid={pid} killed={killed} plan={plan} "
                                     f"events={len(events)} last={events[-3:]} child: {_process_state(pid)} "
                                     f"writer: {self.proc.poll()} {_process_state(self.proc.pid)} its children: {_children(self.proc.pid)} "
                                     f"recent lines: {list(self._recent)}")
                continue
            if event["ev"] == "child":
                pid = event["pid"]
            elif event["ev"] == "exit":
                return events, _killed_status(event, killed)
            else:
                events.append(event)
                if event["ev"] == "ack" and plan[0] == "acks" and kill_at is None:
                    acks += 1
                    if acks >= plan[1]:
                        kill_at = time.monotonic() + plan[2]

    def close(self) -> None:
        try:
            self.proc.stdin.close()
            self.proc.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()
            self.proc.wait()
        self._selector.close()
        self._log.close()


def _process_state(pid: int | None) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().split("\n")[2] + " wchan=" + Path(f"/proc/{pid}/wchan").read_text()
    except (OSError, IndexError):
        return "no /proc entry"


def _children(pid: int) -> list[str]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [f"{child}: {_process_state(int(child))}" for child in found]


def _killed_status(event: dict, killed: bool) -> bool:
    status = event["status"]
    return killed and os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def integrity(path: Path) -> str:
    """`PRAGMA integrity_check` of the file as it lies on disk (its WAL included)."""
    conn = sqlite3.connect(path)
    try:
        return "; ".join(row[0] for row in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


@dataclass
class Ledger:
    """What the writers were told is saved; checked against the file after every kill."""

    settings: dict = field(default_factory=dict)  # key -> digest
    batches: dict = field(default_factory=dict)  # prefix -> row count
    shop: str | None = None  # digest of the last saved card
    tabs: dict = field(default_factory=dict)  # workload name -> its own record
    acknowledged: int = 0  # acknowledged writes so far
    by_op: dict = field(default_factory=dict)  # acknowledged writes per kind
    checks: int = 0  # acknowledged writes verified, summed over rounds


def split_events(events: list[dict]) -> tuple[list[dict], dict | None]:
    """The acknowledged writes of a round, and the one begun but never acknowledged (if any)."""
    acked, pending = [], None
    for event in events:
        if event["ev"] == "begin":
            pending = event
        elif event["ev"] == "ack":
            acked.append(event)
            pending = None
        elif event["ev"] in ("openfail", "error"):
            raise AssertionError(f"writer child failed: {event}")
    return acked, pending


def verify_after_kill(path: Path, ledger: Ledger, events: list[dict]) -> None:
    """The file is sound, holds every acknowledged write, and nothing half-written."""
    from socialdesk.storage import open_store

    acked, pending = split_events(events)
    if not path.exists():
        return _check_nothing_acknowledged(path, ledger)
    assert integrity(path) == "ok", f"integrity_check failed on {path}"
    assert path.stat().st_mode & 0o777 == 0o600, "the data file is not private"
    store = open_store(path)
    try:
        _record(ledger, acked)
        _check_settings(store, ledger, pending)
        _check_shop(store, ledger, pending)
        _check_tabs(store, ledger, acked, pending)
        _check_backups(path, ledger, acked, pending)
    finally:
        store.close()


def _check_nothing_acknowledged(path: Path, ledger: Ledger) -> None:
    assert ledger.acknowledged == 0, f"{path} vanished or emptied after {ledger.acknowledged} acknowledged writes"


def _record(ledger: Ledger, acked: list[dict]) -> None:
    for event in acked:
        ledger.acknowledged += 1
        ledger.by_op[event["op"]] = ledger.by_op.get(event["op"], 0) + 1
        if event["op"] == "setting":
            ledger.settings[event["key"]] = event["h"]
        elif event["op"] == "batch":
            ledger.batches[event["prefix"]] = event["n"]
        elif event["op"] == "shop":
            ledger.shop = event["h"]


def _check_settings(store, ledger: Ledger, pending: dict | None) -> None:
    from writer_child import digest

    from socialdesk.storage.file_key import FILE_KEY

    rows = dict(store.conn.execute("SELECT key, value FROM settings"))
    for key, expected in ledger.settings.items():
        assert key in rows, f"acknowledged setting {key} lost"
        assert digest(json.loads(rows[key])) == expected, f"acknowledged setting {key} changed"
        ledger.checks += 1
    if pending and pending["op"] == "setting" and pending["key"] in rows:
        assert digest(json.loads(rows[pending["key"]])) == pending["h"], "a half-written setting"
        ledger.settings[pending["key"]] = pending["h"]  # committed just before the kill
    counts: dict[str, int] = {}
    for key in rows:
        if key.startswith("b-"):
            prefix = key[: key.rindex("-") + 1]
            counts[prefix] = counts.get(prefix, 0) + 1
    for prefix, count in ledger.batches.items():
        assert counts.get(prefix) == count, f"acknowledged batch {prefix}: {counts.get(prefix)} of {count} rows"
        ledger.checks += 1
    for prefix, count in counts.items():
        if prefix in ledger.batches:
            continue
        assert pending and pending["op"] == "batch" and pending["prefix"] == prefix, f"unexpected rows {prefix}"
        assert count == pending["n"], f"interrupted batch half-written: {count} of {pending['n']} rows"
        ledger.batches[prefix] = count
    made = {FILE_KEY}  # written as the file is made (migration 0018), before the writer starts
    unexpected = [k for k in rows if not k.startswith("b-") and k not in ledger.settings and k not in made]
    assert not unexpected, f"settings nobody wrote: {unexpected[:5]}"


def _check_shop(store, ledger: Ledger, pending: dict | None) -> None:
    from writer_child import card_digest

    row = store.conn.execute("SELECT COUNT(*) FROM shop").fetchone()[0]
    if row == 0:
        assert ledger.shop is None, "the acknowledged shop card was lost"
        return
    stored = card_digest(store.shop.get())
    allowed = {ledger.shop} | ({pending["h"]} if pending and pending["op"] == "shop" else set())
    assert stored in allowed, "the shop card is neither the acknowledged one nor the one being saved"
    if ledger.shop is not None:
        ledger.checks += 1
    ledger.shop = stored


def _check_tabs(store, ledger: Ledger, acked: list[dict], pending: dict | None) -> None:
    from tab_workloads import available_checks

    for name, check in available_checks().items():
        record = ledger.tabs.setdefault(name, {})
        mine = [e for e in acked if e["op"] == name]
        ledger.checks += check(store, record, mine, pending if pending and pending["op"] == name else None)


def _check_backups(path: Path, ledger: Ledger, acked: list[dict], pending: dict | None) -> None:
    """Never a broken backup under a good name; ten kept, even after a kill between copy and rotation:
    the open just made (verify_after_kill) prunes what the killed writer could not."""
    from socialdesk.storage.backup_rows import fullest_beyond
    from socialdesk.storage.backups import KEEP, is_valid_backup, list_backups

    found = list_backups(path)
    # ten, plus at most the one older backup that holds more than all ten (never rotated out)
    spared = [] if len(found) <= KEEP else [fullest_beyond(found[:KEEP], found[KEEP:])]
    assert found[KEEP:] == spared, f"{len(found)} backups kept"
    for backup in found:
        assert is_valid_backup(backup), f"a broken backup looks like a good one: {backup.name}"
        assert backup.stat().st_mode & 0o777 == 0o600, f"backup {backup.name} is not private"


def strace_usable() -> bool:
    """strace is installed and may trace here (containers can forbid ptrace)."""
    import shutil

    if shutil.which("strace") is None:
        return False
    try:
        return subprocess.run(["strace", "-qq", "-o", os.devnull, "true"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False
