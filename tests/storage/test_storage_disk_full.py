"""Creating a data file on a full disk: nothing left behind, and the words say the disk is full."""

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.errors import means_disk_full

ROOT = Path(__file__).resolve().parents[2]
PLAN = "date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,facebook,planned,,,Pain au levain,\n"


@pytest.fixture
def tiny_disk(tmp_path):
    """A 100 KiB tmpfs (root only): too small for a new data file with its journal."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=100k,mode=0700", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + mounted.stderr.decode(errors="replace").strip())
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _left(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.endswith(".lock"))


def test_creating_on_a_full_disk_says_disk_full_and_leaves_no_side_file(tiny_disk):
    with pytest.raises(StoreOpenError) as refused:
        open_store(tiny_disk / "shop.sqlite3")
    assert refused.value.problem is Problem.DISK_FULL
    assert _left(tiny_disk) == []


def test_an_import_into_a_new_file_on_a_full_disk_says_so_in_one_line(tiny_disk, tmp_path):
    plan = tmp_path / "plan.csv"
    plan.write_text(PLAN, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "socialdesk", "import", "csv", str(plan), "--db", str(tiny_disk / "shop.sqlite3")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.count("\n") == 1 and "the disk is full" in run.stderr, run.stderr
    assert _left(tiny_disk) == []


def test_after_a_failed_creation_the_same_name_is_created_once_there_is_room(tiny_disk, tmp_path):
    with pytest.raises(StoreOpenError):
        open_store(tiny_disk / "shop.sqlite3")
    subprocess.run(["mount", "-o", "remount,size=4m", str(tiny_disk)], check=True)
    open_store(tiny_disk / "shop.sqlite3").close()
    assert _left(tiny_disk) == ["shop.sqlite3"]


def _io_error() -> sqlite3.OperationalError:
    """What SQLite raises for some writes the OS refused with ENOSPC: a plain disk I/O error."""
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
    return error


def test_a_disk_io_error_means_disk_full_only_when_the_free_space_says_so(tiny_disk, tmp_path):
    (tiny_disk / "filler").write_bytes(b"\0" * 90 * 1024)  # what a failed copy would find: no room
    assert means_disk_full(_io_error(), tiny_disk, need=64 * 1024)
    assert not means_disk_full(_io_error(), tmp_path, need=64 * 1024)  # a roomy disk: a real I/O error
    assert means_disk_full(OSError(errno.ENOSPC, "No space left on device"), tmp_path, need=1)



@pytest.mark.parametrize("refused, problem", [(errno.ENOSPC, Problem.DISK_FULL), (errno.EACCES, Problem.READ_ONLY)])
def test_the_lock_refused_on_a_full_disk_is_said_to_be_a_full_disk(tmp_path, monkeypatch, refused, problem):
    """The lock file is written first (the pid in it): on a full disk that write was refused and called "cannot be
    written" (attack 30, #4, on a full tmpfs), sending the owner to look at permissions instead of free space."""
    import socialdesk.storage.lock as lock

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()

    def full(_path):
        raise OSError(refused, "refused", str(_path))

    monkeypatch.setattr(lock, "_hold", full)
    with pytest.raises(StoreOpenError) as opening:
        open_store(path)
    assert opening.value.problem is problem


@pytest.mark.parametrize("step", ["configure_connection", "pending_names"])
def test_a_disk_nearly_full_at_the_first_writes_and_reads_is_a_full_disk_not_damage(tmp_path, monkeypatch, step):
    """Attack 30b, #4, #5, #7: a few KB free, the switch to WAL (or WAL's first read, making its -shm) failed with
    "database or disk is full" or "disk I/O error": it was called damaged (the window then offered to set the healthy
    file aside for a new one that could not be made), or it escaped as a traceback."""
    import socialdesk.storage.opening as opening

    path = tmp_path / "shop.sqlite3"
    open_store(path).close()

    def full(*_args):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(opening, step, full)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.DISK_FULL and not refused.value.can_be_replaced
