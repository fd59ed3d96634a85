"""A -wal left beside a data file that was moved away must not be replayed into the new file made in its place."""

import hashlib
import subprocess
import sys
from pathlib import Path

from reliability_support import ROOT, integrity
from socialdesk.storage import open_store
from tests.posix_only import needs_sigkill

WRITE_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from socialdesk.storage import open_store
store = open_store(Path(sys.argv[1]))
for i in range(300):
    store.settings.set(f"old-{i}", "x" * 100)
os.kill(os.getpid(), signal.SIGKILL)
"""


@needs_sigkill
def test_orphan_wal_is_kept_aside_not_replayed(tmp_path):
    path = tmp_path / "shop.sqlite3"
    assert subprocess.run([sys.executable, "-c", WRITE_THEN_DIE, str(path)], cwd=ROOT).returncode == -9
    wal = Path(f"{path}-wal")
    orphan_bytes = hashlib.sha256(wal.read_bytes()).hexdigest()
    path.rename(tmp_path / "moved-to-a-usb-stick.sqlite3")  # the owner moves the file, not its -wal
    store = open_store(path)
    try:
        assert store.conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'old-%'").fetchone()[0] == 0, \
            "old work leaked in"
        store.settings.set("new", "a fresh start")
    finally:
        store.close()
    assert integrity(path) == "ok"
    kept = [p for p in tmp_path.iterdir() if p.name.endswith("-wal") and ".orphan-" in p.name]
    assert len(kept) == 1 and hashlib.sha256(kept[0].read_bytes()).hexdigest() == orphan_bytes
