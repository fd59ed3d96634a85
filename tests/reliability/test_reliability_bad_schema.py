"""A schema scribbled with bytes that are not UTF-8: SQLite's error message itself cannot be decoded."""

import sqlite3

import pytest

from damage import fingerprint
from socialdesk.cli import main as cli_main
from socialdesk.storage import Problem, StoreOpenError, open_store


@pytest.mark.parametrize("sql", [b"CREATE TABLE shop (x) \xff\xfe", b"CREATE \xff\xfe"])
def test_undecodable_schema_error_is_refused_as_damaged(tmp_path, capsys, sql):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA writable_schema=ON")
    raw.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'shop'", (sql,))
    raw.commit()
    raw.close()
    before = fingerprint(tmp_path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.DAMAGED
    assert cli_main(["check", "--db", str(path)]) == 1
    assert "damaged" in capsys.readouterr().err
    assert fingerprint(tmp_path) == before


def test_a_backup_with_an_undecodable_schema_is_passed_over(tmp_path):
    from datetime import datetime

    from socialdesk.storage.backups import is_valid_backup, list_backups, make_backup

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    good = make_backup(store.conn, path, datetime(2026, 11, 1), "daily")
    bad = make_backup(store.conn, path, datetime(2026, 11, 2), "daily")
    store.close()
    raw = sqlite3.connect(bad)
    raw.execute("PRAGMA writable_schema=ON")
    raw.execute("UPDATE sqlite_master SET sql = CAST(? AS TEXT) WHERE name = 'shop'", (b"CREATE \xff\xfe",))
    raw.commit()
    raw.close()
    assert list_backups(path) == [good, bad]  # its place in the order they were made is no longer read: last
    assert is_valid_backup(bad) is False and is_valid_backup(good) is True
