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


@pytest.mark.skipif(os.name != "posix", reason="a dead process is asked for by its pid on POSIX only")
def test_the_copies_of_looks_killed_on_the_way_are_swept_at_the_next(beside):
    path, temp = beside
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    killed = temp / f"{LOOK_PREFIX}{dead.stdout.strip()}-abc"
    killed.mkdir()
    (killed / "look.sqlite3").write_bytes(b"the owner's posts")
    alive = temp / f"{LOOK_PREFIX}{os.getppid()}-def"  # a process still running: its look is its own
    alive.mkdir()
    old = temp / f"{LOOK_PREFIX}x-ghi"  # no pid to ask: by its age
    old.mkdir()
    os.utime(old, (time.time() - 2 * 86400, time.time() - 2 * 86400))
    other = temp / "someone-else"
    other.mkdir()
    connect_for_inspection(path).close()
    assert sorted(entry.name for entry in temp.iterdir()) == sorted([alive.name, other.name])
    sweep_old_looks(now=time.time() + 2 * 86400)  # a day later, even a live process's look is no longer read
    assert sorted(entry.name for entry in temp.iterdir()) == [other.name]


@pytest.mark.parametrize("journal", ["folder", "fifo"])
def test_a_journal_that_cannot_be_read_is_said_so_not_a_damaged_file(tmp_path, journal, capsys):
    from socialdesk.storage import open_store

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    wal = Path(f"{path}-wal")
    if journal == "folder":
        wal.mkdir()
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(wal)
    before = sorted(entry.name for entry in tmp_path.iterdir())
    assert cli_main(["check", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "-wal journal beside it cannot be read" in err and "restore" not in err
    assert cli_main(["export", "csv", "-o", "-", "--db", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot be read" in err and "damaged" not in err
    assert sorted(entry.name for entry in tmp_path.iterdir()) == before
