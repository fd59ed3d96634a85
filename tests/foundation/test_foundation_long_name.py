"""A data file whose name leaves no room for the files an open or a restore makes beside it (the longest,
`.<name>.restoring`: 11 bytes more) is refused by its name, before any of them is made: never a raw "File name
too long" half way through, never "something went wrong"; the window and the command line say to give it a
shorter name (English and French). 244 bytes still open (test_storage_backup_long_names)."""

import os
import sqlite3

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import open_store
from socialdesk.storage.backup_names import name_limit
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.storage.long_names import companion_names
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.open_problems import problem_text

ACCENTED = "é" * 20 + "Boulangerie-Léa-" + "x" * 400  # accents take two bytes each


def _named(folder, size: int):
    """A data file name of exactly `size` bytes (or one less, never half a letter)."""
    stem = ACCENTED.encode()[:size - len(".sqlite3")].decode("utf-8", "ignore")
    return folder / f"{stem}.sqlite3"


def _longest_kept(folder) -> int:
    probe = folder / "x.sqlite3"
    return name_limit(folder) - max(len(os.fsencode(n)) for n in companion_names(probe)) + len(b"x.sqlite3")


@pytest.mark.parametrize("extra", [1, 2, 5, 11])
def test_a_new_file_with_too_long_a_name_is_refused_and_nothing_is_made(tmp_path, extra):
    path = _named(tmp_path, _longest_kept(tmp_path) + extra)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.NAME_TOO_LONG and not refused.value.can_be_replaced
    assert list(tmp_path.iterdir()) == []  # no file, no lock, no backups folder


def test_the_longest_name_that_fits_opens_and_backs_up(tmp_path):
    path = _named(tmp_path, _longest_kept(tmp_path))
    assert len(os.fsencode(path.name)) >= _longest_kept(tmp_path) - 1
    open_store(path).close()
    assert cli_main(["backup", "--db", str(path)]) == 0
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.fixture
def long_file(tmp_path):
    """An existing healthy file (made by hand, or by an older version) with a 250-byte name."""
    path = _named(tmp_path, 250)
    short = tmp_path / "short.sqlite3"  # SQLite itself could not write it under that name (its -journal)
    open_store(short).close()
    for kept in tmp_path.iterdir():
        if kept != short and kept.is_file():
            kept.unlink()
    for folder in [p for p in tmp_path.iterdir() if p.is_dir()]:
        for inside in folder.iterdir():
            inside.unlink()
        folder.rmdir()
    short.rename(path)
    return path


def test_an_existing_file_with_too_long_a_name_is_refused_unchanged(long_file):
    before = long_file.read_bytes()
    with pytest.raises(StoreOpenError) as refused:
        open_store(long_file)
    assert refused.value.problem is Problem.NAME_TOO_LONG
    assert long_file.read_bytes() == before and sorted(p.name for p in long_file.parent.iterdir()) == [long_file.name]


@pytest.mark.parametrize("language, words", [("en", "shorter name"), ("fr", "nom plus court")])
def test_the_window_says_to_give_it_a_shorter_name(qapp, language, words):
    install_translators(language)
    try:
        text = problem_text(Problem.NAME_TOO_LONG)
    finally:
        install_translators("en")
    assert words in text and text != problem_text(Problem.UNREADABLE) and text != problem_text(Problem.PATH_TOO_LONG)


def test_a_command_that_writes_says_it_in_one_line_and_exits_1(long_file, tmp_path, capsys):
    plan = tmp_path.parent / f"{tmp_path.name}-plan.csv"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n2026-12-07,09:00,facebook,planned,,,Galette,\n",
                    encoding="utf-8")
    assert cli_main(["import", "csv", str(plan), "--db", str(long_file)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "name is too long" in err and "Traceback" not in err
    assert cli_main(["--lang", "fr", "import", "csv", str(plan), "--db", str(long_file)]) == 1
    assert "le nom du fichier de données est trop long" in capsys.readouterr().err


def test_a_backup_of_it_is_still_made(long_file):
    """Reading it needs no file beside it: `socialdesk backup` keeps a copy under a shortened name."""
    assert cli_main(["backup", "--db", str(long_file)]) == 0
    copies = list((long_file.parent / "backups").glob("*.sqlite3"))
    assert len(copies) == 1 and sqlite3.connect(copies[0]).execute("PRAGMA integrity_check").fetchone() == ("ok",)


@pytest.mark.parametrize("command", ["check", "backup"])
def test_reading_a_file_whose_journal_would_not_fit_says_to_shorten_it(tmp_path, command, capsys):
    """At 252-255 bytes even SQLite's own `-wal` cannot be made beside it: one line, exit 1, nothing made."""
    path = _named(tmp_path, 255)
    short = tmp_path / "short.sqlite3"
    open_store(short).close()
    for kept in [p for p in tmp_path.iterdir() if p != short]:
        if kept.is_dir():
            for inside in kept.iterdir():
                inside.unlink()
            kept.rmdir()
        else:
            kept.unlink()
    short.rename(path)
    assert cli_main([command, "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "name is too long" in err and "-wal" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_the_window_says_nothing_was_created_for_a_new_name(tmp_path, qapp):
    from PySide6.QtWidgets import QMessageBox

    from socialdesk.ui.open_problems import problem_box

    path = _named(tmp_path, 250)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    box, _buttons, _backup = problem_box(None, refused.value)
    try:
        assert "Nothing was created or changed" in box.informativeText() + box.text() + box.detailedText()
        assert "file itself is fine" not in box.text()
    finally:
        box.deleteLater()
    assert isinstance(box, QMessageBox)
