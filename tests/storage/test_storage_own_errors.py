"""The storage API lets out only its own errors: callers above it never import sqlite3."""

import ast
import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

import socialdesk
from socialdesk.storage import open_store
from socialdesk.storage.backups import backup_dir_for, make_backup
from socialdesk.storage.drafts import load_drafts
from socialdesk.storage.errors import StoreReadError, StoreWriteError, WriteProblem
from socialdesk.storage.migrations import schema_version
from socialdesk.storage.restoring import restore_backup

PACKAGE = Path(socialdesk.__file__).parent


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("layer", ["ui", "headless"])
def test_no_module_above_storage_imports_sqlite3(layer):
    modules = sorted((PACKAGE / layer).rglob("*.py"))
    assert modules
    assert [str(m.relative_to(PACKAGE)) for m in modules if "sqlite3" in _imports(m)] == []


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3")
    yield store
    store.close()


def _drop_under_the_app(store, table: str) -> None:
    other = sqlite3.connect(store.path, isolation_level=None)
    other.execute("PRAGMA foreign_keys=OFF")
    other.execute(f"DROP TABLE {table}")
    other.close()


READS = [
    ("rules", lambda s: s.rules.rules()),
    ("posts", lambda s: s.calendar.posts_in_week(date(2027, 1, 4))),
    ("presence_listings", lambda s: s.presence.listings()),
    ("shop", lambda s: s.shop.get()),
    ("settings", lambda s: s.settings.get("language")),
    ("settings", load_drafts),
    ("drivers", lambda s: s.rules.drivers.drivers()),
    ("rules", lambda s: s.query("SELECT * FROM rules")),
]


@pytest.mark.parametrize("table, read", READS)
def test_a_table_removed_under_the_app_is_a_read_error(store, table, read):
    _drop_under_the_app(store, table)
    with pytest.raises(StoreReadError) as raised:
        read(store)
    assert isinstance(raised.value.__cause__, sqlite3.Error)


def test_reading_a_closed_store_is_a_read_error(store):
    store.close()
    with pytest.raises(StoreReadError):
        store.strategy.load()
    with pytest.raises(StoreReadError):
        store.db  # noqa: B018 - sqlite-utils runs a PRAGMA as it wraps the connection


def test_a_schema_version_that_cannot_be_read_is_a_read_error(store):
    db = store.db
    store.close()
    with pytest.raises(StoreReadError):
        schema_version(db)


def test_a_file_scribbled_over_under_the_app_is_a_read_error(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3")
    store.close()
    store = open_store(tmp_path / "shop.sqlite3")
    try:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with open(store.path, "r+b") as raw:  # the whole file after its first page, as a failing disk might
            raw.seek(4096)
            raw.write(b"\xa5" * (store.path.stat().st_size - 4096))
        store.conn.execute("PRAGMA shrink_memory")  # the app's cached pages are gone: it reads the disk
        with pytest.raises(StoreReadError) as raised:
            store.rules.rules()
        assert raised.value.problem is WriteProblem.DAMAGED
    finally:
        store.close()


def test_a_backup_that_cannot_be_written_is_a_write_error(store):
    backup_dir_for(store.path).rmdir() if backup_dir_for(store.path).is_dir() else None
    backup_dir_for(store.path).write_text("a file where the backups folder goes")
    with pytest.raises(StoreWriteError):
        make_backup(store.conn, store.path, datetime(2027, 1, 4, 9), "manual")


def test_restoring_a_backup_the_copy_cannot_read_is_refused_as_the_backups_problem(store, tmp_path, monkeypatch):
    """Its checks passed, then it could not be read (a failing stick): the backup is refused, by its own path
    (attack 32b, F2: the window had blamed the data file); nothing was written, no before-restore copy made."""
    from socialdesk.storage import StoreOpenError

    backup = make_backup(store.conn, store.path, datetime(2027, 1, 4, 9), "manual")

    def refused(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr("socialdesk.storage.restoring.connect_readonly", refused)
    with pytest.raises(StoreOpenError) as refusal:
        restore_backup(store, backup)
    assert refusal.value.path == backup.resolve()
    assert not list(backup.parent.glob("*before-restore*"))


def test_a_read_only_view_of_a_file_that_fails_after_its_check_is_an_open_error(tmp_path, monkeypatch):
    from socialdesk.storage import Problem, StoreOpenError
    from socialdesk.storage import opening

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()

    def swapped(conn):
        raise sqlite3.DatabaseError("file is not a database")  # replaced between the check and the read

    monkeypatch.setattr(opening, "pending_names", swapped)
    with pytest.raises(StoreOpenError) as raised:
        opening.open_readonly(path)
    assert raised.value.problem is Problem.DAMAGED
