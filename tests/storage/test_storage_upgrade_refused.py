"""A file whose record of its upgrades was scribbled (make test-faults found one: a byte of a migration's name
changed) has an upgrade step SQLite refuses (« duplicate column name »): said as a damaged file, in one line, not
« cannot be written »; the file as it was, and no before-upgrade copy nor backups folder left by the refused try."""

import sqlite3
from datetime import datetime

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import Problem, StoreOpenError, open_store


@pytest.fixture
def scribbled(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path, now=datetime(2026, 12, 1, 9)).close()
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0017_image_crops'")  # its columns stay
    conn.commit()
    conn.close()
    return path


def test_the_window_is_told_the_file_is_damaged_and_nothing_is_left(scribbled):
    before = scribbled.read_bytes()
    with pytest.raises(StoreOpenError) as refused:
        open_store(scribbled, now=datetime(2026, 12, 2, 9))
    assert refused.value.problem is Problem.DAMAGED and "duplicate column" in refused.value.detail
    assert scribbled.read_bytes() == before and not (scribbled.parent / "backups").exists()


def test_the_backup_command_says_it_in_one_line(scribbled, capsys):
    before = scribbled.read_bytes()
    assert cli_main(["backup", "--db", str(scribbled)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "cannot be written" not in err
    assert scribbled.read_bytes() == before and not (scribbled.parent / "backups").exists()
