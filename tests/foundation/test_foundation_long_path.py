"""A healthy data file whose full path is longer than SQLite takes (512 bytes) is called what it is: a path too
long, never "damaged" nor "read-only"; the window and the command line say to move it to a shorter folder."""

import shutil
import sqlite3

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import open_store
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.ui.open_problems import problem_text


def _deep(tmp_path, levels=9):
    folder = tmp_path
    for i in range(levels):
        folder = folder / f"Élodie Dupré dossier très long numéro {i} àéèùç"
    folder.mkdir(parents=True)
    return folder / "fleurs.sqlite3"


@pytest.fixture
def deep_file(tmp_path):
    healthy = tmp_path / "court.sqlite3"
    open_store(healthy).close()
    path = _deep(tmp_path)
    assert len(str(path).encode()) > 512
    shutil.copy(healthy, path)
    return path


def test_the_window_says_the_path_is_too_long_not_damaged(deep_file, qapp):
    with pytest.raises(StoreOpenError) as refused:
        open_store(deep_file)
    assert refused.value.problem is Problem.PATH_TOO_LONG and not refused.value.can_be_replaced
    text = problem_text(refused.value.problem)  # English, or French if an earlier test left the French installed
    assert ("too long" in text and "shorter folder" in text) or ("trop long" in text and "plus court" in text)
    assert text != problem_text(Problem.DAMAGED)


def test_creating_a_new_file_there_is_not_called_read_only(tmp_path):
    path = _deep(tmp_path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.PATH_TOO_LONG and not path.exists()


@pytest.mark.parametrize("command", ["check", "backup"])
def test_the_command_line_says_it_in_one_line_and_exits_1(deep_file, command, capsys):
    assert cli_main([command, "--db", str(deep_file)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "path is too long" in err and "damaged" not in err
    assert cli_main(["--lang", "fr", command, "--db", str(deep_file)]) == 1
    assert "le chemin est trop long" in capsys.readouterr().err


def test_a_path_sqlite_takes_still_opens(tmp_path):
    path = _deep(tmp_path, levels=6)
    open_store(path).close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_new_file_whose_building_copy_would_pass_the_limit_is_called_too_long(tmp_path):
    """504 bytes is a path SQLite takes, but the new file is built first as `.<name>.creating` (18 bytes more)."""
    room = 504 - len(str(tmp_path).encode()) - 3 - len("fleurs.sqlite3")  # two folders, each under 255 bytes
    folder = tmp_path / ("d" * (room // 2)) / ("e" * (room - room // 2))
    folder.mkdir(parents=True)
    path = folder / "fleurs.sqlite3"
    assert len(str(path).encode()) == 504
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.PATH_TOO_LONG and not path.exists()
    assert list(folder.iterdir()) == []
