"""A full disk (RLIMIT_FSIZE in a child process): writes refused whole with DISK_FULL, working again once there is room."""

import json
import subprocess
import sys

from reliability_support import HERE, ROOT, integrity
from socialdesk.storage import open_store
from tests.posix_only import needs_posix

pytestmark = needs_posix


def test_full_disk_refuses_whole_writes_and_recovers(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("before", "saved before the disk filled 🧁")
    store.close()
    run = subprocess.run([sys.executable, str(HERE / "disk_full_child.py"), str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    start = ["saved before the disk filled 🧁", None, "", 0, 0]
    assert report["start"] == start
    assert report["full"] == {"setting": "disk_full", "shop": "disk_full", "batch": "disk_full", "import": "disk_full"}
    assert report["between"] == [start] * 4, "a refused write left something behind"
    assert report["after"] == {"setting": "saved", "shop": "saved", "batch": "saved", "import": "saved"}
    assert report["end"][0] == start[0] and len(report["end"][1]) > 1_000_000
    assert report["end"][2:] == ["Trop grand", 1000, 3000]
    assert integrity(path) == "ok"
    reopened = open_store(path)
    try:
        assert reopened.settings.get("big") == report["end"][1]
        assert reopened.calendar.count() == 3000
    finally:
        reopened.close()


def test_starting_the_day_on_a_full_disk(tmp_path):
    """The app opens, the day's backup fails without leaving a partial copy, writes are refused, then all works."""
    from datetime import datetime

    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 11, 26, 8, 0))
    store.settings.set("before", "hier")
    with store.write() as db:
        db["settings"].upsert_all([{"key": f"k{i}", "value": '"' + "y" * 400 + '"'} for i in range(500)], pk="key")
    store.close()
    run = subprocess.run([sys.executable, str(HERE / "disk_full_open_child.py"), str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout)
    assert report["opened"] == "hier"
    assert report["backup"] == "StoreWriteError disk_full", report
    assert report["left_in_backups"] == [], "a failed backup left a file behind"
    assert report["write"] == "disk_full"
    assert report["after"] > 0 and report["backup_after"] == ["shop-20261127-080000-daily.sqlite3"]
    assert integrity(path) == "ok"


def _full_disk(room: int):
    def limit():
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # inherited through exec: EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (room, resource.RLIM_INFINITY))
    return limit


def test_headless_import_on_a_full_disk_says_so_and_imports_nothing(tmp_path):
    path, plan = tmp_path / "shop.sqlite3", tmp_path / "plan.csv"
    open_store(path).close()
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n" + "".join(
        f"2026-12-{1 + i % 28:02d},09:00,facebook,planned,,,Fournée {i} {'é' * 300},\n" for i in range(3000)),
        encoding="utf-8")
    room = max(p.stat().st_size for p in tmp_path.glob("shop.sqlite3*")) + 64 * 1024
    run = subprocess.run([sys.executable, "-m", "socialdesk", "import", "csv", str(plan), "--db", str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120, preexec_fn=_full_disk(room))
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip() == "socialdesk import: the disk is full; nothing was written, free some space and try again"
    store = open_store(path)
    try:
        assert store.calendar.count() == 0
    finally:
        store.close()
    assert integrity(path) == "ok"
