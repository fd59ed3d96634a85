"""`socialdesk import csv` killed at random moments: the plan gets the whole file or none of it."""

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from reliability_support import ROOT, integrity
from socialdesk.storage import open_store
from tests.posix_only import needs_sigkill

pytestmark = needs_sigkill

LINES = 20_000


def _csv(path, tag: str, lines: int) -> None:
    head = "date,time,networks,status,pillar,about,text,notes\r\n"
    body = "".join(f"2026-12-{1 + i % 28:02d},10:{i % 60:02d},instagram,planned,,,Fournée {i} 🥖 {tag},{tag}\r\n"
                   for i in range(lines))
    path.write_bytes((head + body).encode("utf-8"))


def _import(plan, db) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "socialdesk", "import", "csv", str(plan), "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _count(db) -> int:
    store = open_store(db)
    try:
        return store.calendar.count()
    finally:
        store.close()


def kill_imports(tmp_path, seed: int, kills: int, lines: int = LINES) -> dict:
    rng = random.Random(seed)
    db, plan = tmp_path / "shop.sqlite3", tmp_path / "plan.csv"
    _csv(plan, "first", lines)
    open_store(db).close()
    started = time.monotonic()
    assert _import(plan, db).wait(timeout=120) == 0
    duration, expected = time.monotonic() - started, lines
    assert _count(db) == expected
    figures = {"kills": 0, "whole": 0, "none": 0, "finished": 0}
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(db, pristine)
    while figures["kills"] < kills:
        shutil.copyfile(pristine, db)  # the same starting point each round: the timing stays comparable
        for side in ("-wal", "-shm"):
            Path(f"{db}{side}").unlink(missing_ok=True)
        expected = lines
        _csv(plan, f"round{sum(figures.values())}", lines)  # new posts: an import skips posts already planned
        proc = _import(plan, db)
        time.sleep(rng.uniform(0.5, 1.1) * duration)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        status = proc.wait(timeout=120)
        assert integrity(db) == "ok"
        count = _count(db)
        assert count in (expected, expected + lines), f"half an import: {count - expected} of {lines} posts"
        if status == -signal.SIGKILL:
            figures["kills"] += 1
            figures["whole" if count > expected else "none"] += 1
        else:
            assert status == 0 and count == expected + lines, proc.stderr.read()
            figures["finished"] += 1
    print(f"\nimport kills seed={seed}: {figures}")
    return figures


def test_killed_import_is_all_or_nothing(tmp_path):
    kill_imports(tmp_path, seed=3, kills=1, lines=5_000)


@pytest.mark.faults
def test_killed_import_is_all_or_nothing_long(tmp_path):
    figures = kill_imports(tmp_path, seed=30, kills=20)
    assert figures["none"] > 0
