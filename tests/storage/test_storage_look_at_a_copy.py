"""A read-only look at a file with a -wal and no -shm reads a private copy of both: nothing made beside the file, no
copy of the owner's data left behind (Ctrl+C, a kill), and a journal that cannot be read said as such (attack 40b)."""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import files
from socialdesk.storage.files import LOOK_PREFIX, connect_for_inspection, sweep_old_looks

CORPUS = Path(__file__).parents[1] / "data" / "hostile" / "data_files"
NAME = "wal-foreign-beside.sqlite3"


@pytest.fixture
def beside(tmp_path, monkeypatch):
    """The corpus file and its -wal in a folder, and a temporary folder of its own for the looks."""
    folder = tmp_path / "shop"
    folder.mkdir()
    for side in ("", "-wal"):
        shutil.copyfile(CORPUS / f"{NAME}{side}", folder / f"{NAME}{side}")
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr("tempfile.tempdir", None)  # asked again from TMPDIR
    return folder / NAME, temp


def test_ctrl_c_during_the_copy_leaves_no_copy_of_the_owners_data(beside, monkeypatch):
    path, temp = beside
    copied, copy = [], shutil.copyfile

    def slow_copy(source, target):
        copied.append(target)
        if str(target).endswith("-wal"):
            raise KeyboardInterrupt
        return copy(source, target)

    monkeypatch.setattr(files.shutil, "copyfile", slow_copy)
    with pytest.raises(KeyboardInterrupt):
        connect_for_inspection(path)
    assert len(copied) == 2 and list(temp.iterdir()) == []


def test_ctrl_c_in_a_command_is_one_line_and_status_130(beside, monkeypatch, capsys):
    path, _temp = beside

    def interrupted(*_args):
        raise KeyboardInterrupt

    monkeypatch.setattr(files.shutil, "copyfile", interrupted)
    assert cli_main(["check", "--db", str(path)]) == 130
    err = capsys.readouterr().err
    assert err == "socialdesk check: interrupted (Ctrl+C)\n"


def _look_folder(temp: Path, name: str, files=("look.sqlite3",)) -> Path:
    folder = temp / name
    folder.mkdir()
    for file in files:
        (folder / file).write_bytes(b"the owner's posts")
    return folder


@pytest.mark.skipif(os.name != "posix", reason="a dead process is asked for by its pid on POSIX only")
def test_the_copies_of_looks_killed_on_the_way_are_swept_at_the_next_and_nothing_else(beside):
    path, temp = beside
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = dead.stdout.strip()
    _look_folder(temp, f"{LOOK_PREFIX}{pid}-abcd1234", ("look.sqlite3", "look.sqlite3-wal"))  # killed: swept
    kept = [
        _look_folder(temp, f"{LOOK_PREFIX}{os.getppid()}-efgh5678"),  # a look still running, however old
        _look_folder(temp, f"{LOOK_PREFIX}{pid}-ijkl9012", ("look.sqlite3", "notes.txt")),  # holds something else
        _look_folder(temp, f"{LOOK_PREFIX}2024-photos", ("logo.png",)),  # not a look's name
        _look_folder(temp, f"{LOOK_PREFIX}and-feel", ("theme.qss",)),
        _look_folder(temp, f"{LOOK_PREFIX}99999999999999999999-x"),  # no pid can be that: never a crash
        _look_folder(temp, f"{LOOK_PREFIX}\u00b2-mnop3456"),  # a digit to str.isdigit, not to int
        _look_folder(temp, "someone-else"),
    ]
    old = time.time() - 3 * 86400
    os.utime(kept[0], (old, old))
    link = temp / f"{LOOK_PREFIX}{pid}-qrst7890"
    link.symlink_to(kept[-1], target_is_directory=True)  # named as a look, a link elsewhere
    connect_for_inspection(path).close()
    left = sorted(entry.name for entry in temp.iterdir())
    assert left == sorted([*(folder.name for folder in kept), link.name])
    assert all(any(folder.iterdir()) for folder in kept)


@pytest.mark.parametrize("journal", ["-wal folder", "-wal fifo", "-shm fifo"])
def test_a_journal_that_cannot_be_read_is_said_so_not_a_damaged_file(tmp_path, journal, capsys):
    from socialdesk.storage import open_store

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    side, kind = journal.split()
    odd = Path(f"{path}{side}")
    if side == "-shm":
        shutil.copyfile(CORPUS / f"{NAME}-wal", f"{path}-wal")  # a journal, and its index a FIFO (40c, M3)
    if kind == "folder":
        odd.mkdir()
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(odd)
    before = sorted(entry.name for entry in tmp_path.iterdir())
    assert cli_main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "-shm index beside it cannot be read" in err and "restore" not in err
    assert cli_main(["export", "csv", "-o", "-", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read" in err and "damaged" not in err
    assert sorted(entry.name for entry in tmp_path.iterdir()) == before


def test_ctrl_c_while_a_commands_modules_load_is_one_line_too(monkeypatch, capsys, tmp_path):
    import socialdesk.cli as cli

    def interrupted(_name):
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "import_module", interrupted)
    assert cli_main(["export", "csv", "-o", "-", "--db", str(tmp_path / "shop.sqlite3")]) == 130
    assert capsys.readouterr().err == "socialdesk export: interrupted (Ctrl+C)\n"


def test_where_a_process_cannot_be_asked_a_look_is_swept_once_a_day_old(beside, monkeypatch):
    _path, temp = beside
    fresh = _look_folder(temp, f"{LOOK_PREFIX}4242-abcd1234")
    old = _look_folder(temp, f"{LOOK_PREFIX}4243-efgh5678")
    before = time.time() - 2 * 86400
    os.utime(old, (before, before))
    monkeypatch.setattr(files.os, "name", "nt")  # Windows: signal 0 there is Ctrl+C, so no process is asked
    monkeypatch.setattr(files, "_gone", lambda _pid: pytest.fail("a process asked on Windows"))
    sweep_old_looks()
    assert sorted(entry.name for entry in temp.iterdir()) == [fresh.name]


@pytest.mark.parametrize("language, words", [("en", "shop.sqlite3-wal and shop.sqlite3-shm"),
                                             ("fr", "shop.sqlite3-wal et shop.sqlite3-shm")])
def test_the_window_names_the_journal_that_cannot_be_read(qtbot, tmp_path, language, words):
    """Attack 40c, L5: the window said the data file could not be read; the file was fine, its -wal was a folder."""
    from socialdesk.storage import StoreOpenError, open_store
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.open_problems import problem_box

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    Path(f"{path}-wal").mkdir()
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    install_translators(language)
    try:
        box, _buttons, _backup = problem_box(None, refused.value)
        qtbot.addWidget(box)
        assert words in box.text() and str(path) in box.informativeText()
    finally:
        install_translators("en")
