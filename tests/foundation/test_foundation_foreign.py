"""Another program's SQLite database is refused, read-only and byte-for-byte untouched."""

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.files import APPLICATION_ID

OLD_FILE = Path(__file__).parents[1] / "data" / "socialdesk-v1.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sqlite(path: Path, *statements: str) -> Path:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


FOREIGN = {
    "recipes": ("CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('tarte')"),
    "their_migrations": (  # another sqlite-utils app: a migrations table, but not our set
        "CREATE TABLE _sqlite_migrations (migration_set TEXT, name TEXT, applied_at TEXT)",
        "INSERT INTO _sqlite_migrations VALUES ('notes-app', '0001_init', '2026-01-01')",
        "CREATE TABLE notes (body TEXT)",
    ),
    "their_application_id": ("PRAGMA application_id=1234567",),  # no tables yet, but marked as theirs
    "their_user_version": ("PRAGMA user_version=7",),
    "wal_mode_app": ("PRAGMA journal_mode=WAL", "CREATE TABLE t (x)"),
}


def _untouched(tmp_path: Path, path: Path, before: str) -> None:
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name], "no -wal, -shm, lock or backup beside it"


@pytest.mark.parametrize("shape", sorted(FOREIGN))
def test_another_programs_database_is_refused_and_untouched(tmp_path, shape):
    path = _sqlite(tmp_path / "other-app.sqlite3", *FOREIGN[shape])
    before = _digest(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.FOREIGN
    assert not refused.value.can_be_replaced  # the window never offers to set it aside
    _untouched(tmp_path, path, before)


@pytest.mark.parametrize("argv", [["check"], ["export", "csv", "-o", "OUT"], ["backup"]])
def test_commands_refuse_another_programs_database_in_one_line(tmp_path, tmp_path_factory, capsys, argv):
    path = _sqlite(tmp_path / "other-app.sqlite3", *FOREIGN["recipes"])
    before = _digest(path)
    out = tmp_path_factory.mktemp("out") / "posts.csv"
    assert cli_main([*(str(out) if a == "OUT" else a for a in argv), "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "another program's SQLite database" in err
    _untouched(tmp_path, path, before)
    assert not out.exists()


def test_an_old_socialdesk_file_is_still_recognised_and_marked(tmp_path):
    path = tmp_path / "shop.sqlite3"
    shutil.copy(OLD_FILE, path)
    assert sqlite3.connect(OLD_FILE).execute("PRAGMA application_id").fetchone()[0] == 0
    store = open_store(path)
    assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    store.close()


def test_a_new_file_carries_socialdesks_marker(tmp_path):
    open_store(tmp_path / "shop.sqlite3").close()
    conn = sqlite3.connect(tmp_path / "shop.sqlite3")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_sqlite_file_with_nothing_in_it_becomes_a_data_file(tmp_path):
    path = _sqlite(tmp_path / "blank.sqlite3", "CREATE TABLE t (x)", "DROP TABLE t")
    store = open_store(path)
    assert store.settings is not None and store.db["shop"].exists()
    store.close()


def test_the_window_explains_and_offers_no_fresh_start(qtbot, tmp_path):
    from socialdesk.ui.open_problems import Choice, problem_box

    path = _sqlite(tmp_path / "other-app.sqlite3", *FOREIGN["recipes"])
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    box, buttons, _ = problem_box(None, refused.value)
    qtbot.addWidget(box)
    assert "another program's database" in box.text()
    assert Choice.FRESH not in buttons.values() and Choice.RESTORE not in buttons.values()
    assert Choice.OTHER_FILE in buttons.values()
