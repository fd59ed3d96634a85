"""Migrations: a new file, opening twice, upgrading an old file, refusing a newer one."""

import hashlib
import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.backups import list_backups
from socialdesk.storage.file_key import key_of
from socialdesk.storage.migrations import applied_names, known_names

DATA = Path(__file__).parent.parent / "data"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_new_file_gets_every_migration_and_private_permissions(tmp_path):
    path = tmp_path / "new.sqlite3"
    store = open_store(path)
    assert applied_names(store.db) == known_names()
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()
    assert path.stat().st_mode & 0o777 == 0o600


def test_opening_twice_applies_nothing_more(tmp_path):
    path = tmp_path / "twice.sqlite3"
    open_store(path).close()
    store = open_store(path)
    rows = store.conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    assert rows == len(known_names())
    store.close()


def test_missing_folders_are_created(tmp_path):
    store = open_store(tmp_path / "a" / "b" / "shop.sqlite3")
    assert store.path.exists()
    store.close()


def test_old_version_upgrades_after_a_backup_and_keeps_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(DATA / "socialdesk-v1.sqlite3", path)
    original = _dump(path)
    store = open_store(path, now=datetime(2026, 11, 26, 9, 0))
    assert applied_names(store.db) == known_names()
    assert store.settings.get("language") == "fr"
    assert store.shop.get().name == "Boulangerie Léa"
    store.close()
    backups = list_backups(path)
    assert [b.name for b in backups] == ["old-20261126-090000-before-upgrade.sqlite3"]
    # the backup holds the old file's data exactly, and the key the file was given just before it (so that it is
    # this file's beyond doubt wherever it is kept: file_key.key_to_give)
    key = f"""INSERT INTO "settings" VALUES('file_key','{json.dumps(key_of(path))}');"""
    assert [line for line in _dump(backups[0]) if line != key] == original
    assert key in _dump(backups[0])


def test_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('socialdesk', '9999_future', 'x')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _digest(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.NEWER_VERSION
    assert not refused.value.can_be_replaced
    assert _digest(path) == before
    assert list_backups(path) == []
