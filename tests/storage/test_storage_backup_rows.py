"""Opening a file whose old, fuller backup is spared reads no backup again: their row counts are remembered."""

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from socialdesk.domain.posts import Post
from socialdesk.storage import backups, open_store
from socialdesk.storage.backup_rows import ROWS_FILE
from socialdesk.storage.file_key import key_of

NOW = datetime(2026, 12, 3, 9, 0)


def _shop_with_spared_backup(tmp_path: Path) -> Path:
    """Eleven backups: the oldest holds 20 posts, the ten newer ones (after an accident) only 2."""
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=NOW - timedelta(days=20))
    for number in range(20):
        store.calendar.add(Post(text=f"idée {number}"))
    backups.make_backup(store.conn, path, NOW - timedelta(days=11), "daily")
    store.conn.execute("DELETE FROM posts WHERE id > 2")
    for day in range(10, 0, -1):
        backups.make_backup(store.conn, path, NOW - timedelta(days=day), "daily")
    store.close()
    return path


def _reads_of_backups(monkeypatch) -> list[str]:
    opened = []
    real_connect = sqlite3.connect

    def connect(target, *args, **kwargs):
        if "/backups/" in str(target):
            opened.append(str(target))
        return real_connect(target, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    return opened


def test_the_fuller_old_backup_is_kept_and_counted_only_once(tmp_path, monkeypatch):
    path = _shop_with_spared_backup(tmp_path)
    found = backups.list_backups(path)
    assert len(found) == 11  # the old fuller copy is spared
    opened = _reads_of_backups(monkeypatch)
    for _ in range(3):
        open_store(path, now=NOW, defer_daily_backup=True, take_lock=False).conn.close()
    assert opened == []  # before: eleven backups read on every open
    assert backups.list_backups(path) == found
    assert (path.parent / "backups" / ROWS_FILE).stat().st_mode & 0o777 == 0o600  # owner-only, like the copies


def test_a_backup_replaced_under_the_same_name_is_counted_again(tmp_path):
    path = _shop_with_spared_backup(tmp_path)
    spared = backups.list_backups(path)[-1]
    newest = backups.list_backups(path)[0]
    newest.write_bytes(spared.read_bytes() + b"")  # same name, now as full as the spared one
    removed = backups.rotate(path, key=key_of(path))  # as a backup of the open file rotates
    assert removed == [spared]  # a newer copy holds as much: the old one goes, as without the memory
    assert len(backups.list_backups(path)) == 10


@pytest.mark.parametrize("damage", ["not json", "[]", '{"x": 1}'])
def test_a_damaged_memory_is_recounted_not_trusted(tmp_path, damage):
    path = _shop_with_spared_backup(tmp_path)
    (path.parent / "backups" / ROWS_FILE).write_text(damage, encoding="utf-8")
    assert backups.rotate(path, key=key_of(path)) == []
    assert len(backups.list_backups(path)) == 11
