"""A crash while a backup is being put in place of a damaged file changes nothing; the restore can be done again."""

import subprocess
import sys
from datetime import datetime

from damage import SHOP_NAME, damaged_sample, fingerprint
from reliability_support import ROOT
from socialdesk.storage.backups import list_backups
from socialdesk.storage.restoring import restore_in_place
from tests.posix_only import needs_sigkill

DIE_WHILE_COPYING = """
import os, signal, sys
from pathlib import Path
from socialdesk.storage import backups, restoring
def die(source, target):
    Path(target).write_bytes(b"SQLite format 3\\x00" + b"half a copy" * 100)
    os.kill(os.getpid(), signal.SIGKILL)
backups.copy_database = die
restoring.restore_in_place(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@needs_sigkill
def test_killed_while_restoring_leaves_the_damaged_file_and_the_backup_as_they_were(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    damaged_sample(path, "truncated", seed=4, backup_at=datetime(2026, 11, 20, 8, 0))
    backup = list_backups(path)[0]
    before = fingerprint(folder)
    run = subprocess.run([sys.executable, "-c", DIE_WHILE_COPYING, str(path), str(backup)], cwd=ROOT)
    assert run.returncode == -9
    after = {k: v for k, v in fingerprint(folder).items() if not k.startswith(".shop.sqlite3.restoring")}
    assert after == before, "the crash changed the damaged file or the backup"
    store, aside = restore_in_place(path, backup)
    try:
        assert store.shop.get().name == SHOP_NAME
        assert aside is not None and fingerprint(folder)[aside.name] == before["shop.sqlite3"]
    finally:
        store.close()
    assert not any(p.name.startswith(".shop.sqlite3.restoring") for p in folder.iterdir())
