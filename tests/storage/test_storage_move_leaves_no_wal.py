"""Moving the data file out of a synced folder, or restoring from a backup, leaves no -wal/-shm beside the file
read: they would sync to every computer; but never removed while another program holds the file."""

import hashlib
import sqlite3
from datetime import datetime

from socialdesk.storage import open_store
from socialdesk.storage.moved import move_out
from socialdesk.storage.restoring import restore_backup

WHEN = datetime(2026, 12, 3, 9, 0)


def _shop(path):
    store = open_store(path, now=WHEN)
    store.settings.set("backups_keep", 4)
    store.close()
    return path


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_synced_folder_holds_only_what_it_held_before_the_move(tmp_path):
    folder = tmp_path / "Dropbox" / "Boutique"
    folder.mkdir(parents=True)
    old = _shop(folder / "socialdesk.sqlite3")
    before, digest = sorted(p.name for p in folder.iterdir()), _digest(old)
    assert not any(name.endswith(("-wal", "-shm")) for name in before)
    move_out(old, tmp_path / "Local" / "socialdesk.sqlite3", folder / "SocialDesk backups")
    assert sorted(p.name for p in folder.iterdir()) == sorted(before + ["SocialDesk backups"])
    assert _digest(old) == digest  # the file left there is untouched


def test_the_files_of_a_window_still_holding_the_old_file_are_left_to_it(tmp_path):
    folder = tmp_path / "Dropbox"
    folder.mkdir()
    old = _shop(folder / "socialdesk.sqlite3")
    held = sqlite3.connect(old)  # another program reading it now
    held.execute("SELECT count(*) FROM posts").fetchone()
    move_out(old, tmp_path / "Local" / "socialdesk.sqlite3", folder / "SocialDesk backups")
    assert (folder / "socialdesk.sqlite3-shm").exists()  # still in use: not pulled from under it
    assert held.execute("SELECT count(*) FROM posts").fetchone() == (0,)
    held.close()
    assert not list(folder.glob("*-wal")) and not list(folder.glob("*-shm"))


def test_restoring_from_a_backup_in_a_synced_folder_leaves_nothing_beside_it(tmp_path):
    kept = tmp_path / "Dropbox"
    kept.mkdir()
    backup = _shop(kept / "huge-backup.sqlite3")  # a copy of a data file (WAL), kept in a synced folder
    before = sorted(p.name for p in kept.iterdir())
    store = open_store(tmp_path / "shop.sqlite3", now=WHEN)
    try:
        restore_backup(store, backup, now=WHEN)
    finally:
        store.close()
    assert sorted(p.name for p in kept.iterdir()) == before and "huge-backup.sqlite3" in before
