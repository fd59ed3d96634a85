"""A writer given a --db where there is no data file: a folder that is not there is refused (a mistyped path), and
a new file made in a folder that is there is said (attack 34b, F6: posts went quietly into a new file and folder
the window never shows)."""

import sqlite3

import pytest

from socialdesk.cli import main
from socialdesk.storage.opening import open_store
from tests.posix_only import needs_symlinks

PLAN = "date,time,networks,status,pillar,about,text,notes\n2026-12-07,09:00,instagram,planned,,,Bûche aux marrons,\n"


@pytest.fixture
def plan(tmp_path):
    path = tmp_path / "plan.csv"
    path.write_text(PLAN, encoding="utf-8")
    return path


@pytest.mark.parametrize("lang, words", [
    (None, "socialdesk import: no data file at {db}, and no folder {folder} to make one in; nothing was changed"),
    ("fr", "socialdesk import: aucun fichier de données à {db}, ni de dossier {folder} où en créer un\u202f; "
           "rien n'a été modifié"),
])
def test_a_db_in_a_folder_that_is_not_there_is_refused_and_nothing_is_made(tmp_path, plan, capsys, lang, words):
    db = tmp_path / "missing" / "shop.sqlite3"
    assert main([*(["--lang", lang] if lang else []), "import", "csv", str(plan), "--db", str(db)]) == 1
    out, err = capsys.readouterr()
    assert (out, err) == ("", words.format(db=db, folder=db.parent) + "\n")
    assert not db.parent.exists()


def test_a_new_file_in_a_folder_that_is_there_is_made_and_said(tmp_path, plan, capsys):
    db = tmp_path / "shp.sqlite3"  # a typo of shop.sqlite3
    assert main(["import", "csv", str(plan), "--db", str(db)]) == 0
    out, err = capsys.readouterr()
    assert err == f"socialdesk import: warning: there was no data file at {db}: a new one was made\n"
    assert out == "1 post imported from plan.csv\n"
    assert sqlite3.connect(db).execute("SELECT text FROM posts").fetchall() == [("Bûche aux marrons",)]


def test_an_import_into_the_shops_file_says_nothing_of_a_new_one(tmp_path, plan, capsys):
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    assert main(["import", "csv", str(plan), "--db", str(db)]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("arguments, option", [
    (["import", "csv", ""], "FILE"), (["export", "csv", "-o", ""], "-o/--output"),
    (["qr", "https://lea.fr", "-o", " "], "-o/--output"), (["check", "--db", ""], "--db"),
])
def test_an_empty_file_name_is_said_so_not_read_as_the_current_folder(tmp_path, capsys, monkeypatch, arguments,
                                                                        option):
    """Attack 34b, F5: `import csv ""` said ". is not a regular file"."""
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as exited:
        main(arguments)
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"argument {option}: the file name is empty" in err
    assert list(tmp_path.iterdir()) == []


@needs_symlinks
@pytest.mark.parametrize("command", [["check"], ["export", "csv", "-o", "out.csv"], ["import", "csv", "plan.csv"]])
def test_a_link_loop_as_the_data_file_is_said_alike_by_every_command(tmp_path, plan, capsys, monkeypatch, command):
    """Attack 34b, F7: import said it otherwise, with another exit status."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "l1").symlink_to(tmp_path / "l2")
    (tmp_path / "l2").symlink_to(tmp_path / "l1")
    assert main([*command, "--db", "l1"]) == 2
    err = capsys.readouterr().err
    assert err == f"socialdesk {command[0]}: l1: too many links in the path (a link loop?)\n"


def test_a_db_inside_a_file_is_said_to_be_inside_a_file_not_in_a_missing_folder(tmp_path, plan, capsys):
    """Attack 34c, F9: `--db shop.sqlite3/x.sqlite3` said "no folder shop.sqlite3" though the owner can see it."""
    shop = tmp_path / "shop.sqlite3"
    open_store(shop).close()
    before = shop.read_bytes()
    assert main(["import", "csv", str(plan), "--db", str(shop / "x.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no folder" not in err and str(shop / "x.sqlite3") in err
    assert shop.read_bytes() == before
