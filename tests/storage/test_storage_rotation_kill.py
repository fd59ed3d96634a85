"""A kill between writing a new backup and pruning the oldest: the next open keeps ten again."""

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from socialdesk.storage import open_store
from socialdesk.storage.backups import KEEP, list_backups, make_backup
from tests.posix_only import needs_sigkill

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 3, 2, 9, 0)

# The fault injection point: rotation is where the process dies, right after the new copy got its name.
KILLED_BEFORE_ROTATION = """
import os, signal, sys
from datetime import datetime
from socialdesk.storage import backups, open_store
store = open_store(sys.argv[1], now=datetime(2026, 3, 2, 10, 0))
backups.rotate = lambda *args, **kwargs: os.kill(os.getpid(), signal.SIGKILL)
backups.make_backup(store.conn, store.path, datetime(2026, 3, 2, 10, 0), "manual")
"""


@needs_sigkill
def test_a_kill_between_copy_and_rotation_is_pruned_back_to_ten_at_the_next_open(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=T0)
    made = [make_backup(store.conn, path, T0 - timedelta(days=KEEP - i), "manual") for i in range(KEEP)]
    store.close()
    run = subprocess.run([sys.executable, "-c", KILLED_BEFORE_ROTATION, str(path)], cwd=ROOT, capture_output=True)
    assert run.returncode == -9, run.stderr
    assert len(list_backups(path)) == KEEP + 1  # the window the kill loop once fell into
    newest = list_backups(path)[0]
    open_store(path, now=T0 + timedelta(hours=2)).close()  # same day: no daily backup to rotate for it
    kept = list_backups(path)
    assert len(kept) == KEEP
    assert newest in kept and made[0] not in kept, "the oldest goes, never the copy made before the kill"
