"""An existing data file opened to write is made private: the file, its journal, its backups (owner only)."""

import os
import sqlite3
import stat
from datetime import datetime, timedelta

from socialdesk.storage import open_store
from socialdesk.storage.backups import list_backups, make_backup
from tests.posix_only import needs_unix_modes

pytestmark = needs_unix_modes

T0 = datetime(2026, 4, 6, 9, 0)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_0644_data_file_its_journal_and_backups_become_owner_only(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=T0)
    backup = make_backup(store.conn, path, T0, "manual")
    store.close()
    os.chmod(path, 0o644)
    os.chmod(backup, 0o644)
    os.chmod(backup.parent, 0o755)
    outside = sqlite3.connect(path)  # another reader left its journal open, with the file's old mode
    outside.execute("PRAGMA journal_mode=WAL")
    outside.execute("SELECT count(*) FROM settings").fetchall()
    sides = [tmp_path / "shop.sqlite3-wal", tmp_path / "shop.sqlite3-shm"]
    for side in sides:
        os.chmod(side, 0o644)
    store = open_store(path, now=T0 + timedelta(hours=1))
    try:
        assert _mode(path) == 0o600
        assert [_mode(side) for side in sides] == [0o600, 0o600]
        assert _mode(backup) == 0o600 and _mode(backup.parent) == 0o700
    finally:
        store.close()
        outside.close()


def test_modes_are_only_narrowed_never_widened(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path, now=T0).close()
    os.chmod(path, 0o640)
    open_store(path, now=T0).close()
    assert _mode(path) == 0o600


def test_a_chmod_that_is_not_permitted_does_not_stop_the_open(tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    open_store(path, now=T0).close()
    os.chmod(path, 0o644)

    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")  # someone else's file, a read-only mount

    monkeypatch.setattr(os, "chmod", refused)
    store = open_store(path, now=T0 + timedelta(days=1))
    try:
        store.settings.set("language", "fr")
        assert len(list_backups(path)) == 1
    finally:
        store.close()
    assert _mode(path) == 0o644
