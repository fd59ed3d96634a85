"""One data file, one lock, whatever name reaches it: hard links, relative paths; dead holders block nothing."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.storage import Problem, StoreOpenError, lock, open_store

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from socialdesk.storage import open_store
store = open_store(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
"""


def _refused(path) -> Problem:
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    return refused.value.problem


def _hard_linked(tmp_path) -> tuple[Path, Path]:
    path = tmp_path / "shop" / "shop.sqlite3"
    path.parent.mkdir()
    open_store(path).close()
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "copy.sqlite3"
    os.link(path, link)
    return path, link


def _holder(db: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "open"
    return child


def test_a_hard_link_shares_the_lock_in_one_process(tmp_path):
    path, link = _hard_linked(tmp_path)
    first = open_store(link)
    try:
        assert _refused(path) is Problem.LOCKED
    finally:
        first.close()
    open_store(path).close()


def test_a_relative_path_shares_the_lock(tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    first = open_store(path)
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    try:
        assert _refused(Path("..", "sub", "..", "shop.sqlite3")) is Problem.LOCKED
    finally:
        first.close()


def test_another_process_through_a_hard_link_is_refused_and_the_command_says_so(tmp_path):
    path, link = _hard_linked(tmp_path)
    plan = tmp_path / "plan.csv"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,facebook,planned,,,Pain,\n")
    holder = _holder(link)
    try:
        assert _refused(path) is Problem.LOCKED
        run = subprocess.run([sys.executable, "-m", "socialdesk", "import", "csv", str(plan), "--db", str(path)],
                             capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert run.returncode == 1 and "Traceback" not in run.stderr
        assert run.stderr.count("\n") == 1 and "is open in SocialDesk" in run.stderr, run.stderr
    finally:
        holder.kill()
        holder.wait()


def test_a_killed_holder_leaves_no_lock_and_a_replaced_file_opens(tmp_path):
    path, link = _hard_linked(tmp_path)
    holder = _holder(link)
    stale = lock.identity_lock_path(os.stat(path))
    holder.kill()  # SIGKILL; on Windows TerminateProcess: no clean-up either way
    holder.wait()
    assert stale.exists()  # the file stays behind; the OS lock died with the process
    open_store(path).close()
    os.unlink(link)
    os.unlink(path)
    replaced = open_store(path, replace_missing=True)  # a new file at the name (maybe on the freed inode), as the owner chose: never blocked
    replaced.close()
    holder = _holder(path)
    try:
        assert _refused(path) is Problem.LOCKED
    finally:
        holder.kill()
        holder.wait()


def test_without_the_data_file_lock_the_two_lock_files_still_guard(tmp_path, monkeypatch):
    """Windows keeps no lock on the data file (it would be mandatory there): the name lock and the
    identity lock alone refuse a second writer through a hard link, and closing frees both."""
    monkeypatch.setattr(lock, "DATA_FILE_LOCKED", False)
    path, link = _hard_linked(tmp_path)
    first = open_store(path)
    assert first._lock._data_fd is None
    assert _refused(link) is Problem.LOCKED
    assert _refused(path) is Problem.LOCKED
    first.close()
    open_store(link).close()
    open_store(path).close()


def test_a_lock_file_written_after_locking_is_freed_for_another_process(tmp_path):
    """The pid written into a lock file moves the file position; the unlock still frees the lock
    (the old Windows branch unlocked wherever the position had gone)."""
    path, _ = _hard_linked(tmp_path)
    first = open_store(path)
    assert lock.lock_path_for(path).read_text() == str(os.getpid())
    first.close()
    holder = _holder(path)
    try:
        assert _refused(path) is Problem.LOCKED
    finally:
        holder.kill()
        holder.wait()


def test_a_hard_link_opened_with_another_state_folder_is_refused(tmp_path):
    """The window keeps its identity locks in one XDG_STATE_HOME, the command in another: the data
    file's own lock still keeps the second writer off, and the import reaches nothing."""
    path, link = _hard_linked(tmp_path)
    plan = tmp_path / "plan.csv"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,facebook,planned,,,Pain,\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], cwd=ROOT, stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True, env={**env, "XDG_STATE_HOME": str(tmp_path / "stateA")})
    try:
        assert holder.stdout.readline().strip() == "open"
        run = subprocess.run([sys.executable, "-m", "socialdesk", "import", "csv", str(plan), "--db", str(link)],
                             capture_output=True, text=True, cwd=ROOT, timeout=60,
                             env={**env, "XDG_STATE_HOME": str(tmp_path / "stateB")})
        assert run.returncode == 1 and "Traceback" not in run.stderr
        assert run.stderr.count("\n") == 1 and "is open in SocialDesk" in run.stderr, run.stderr
    finally:
        holder.kill()
        holder.wait()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM posts WHERE text = 'Pain'").fetchone()[0] == 0
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    open_store(link).close()  # once the holder is gone, the link opens


def test_closing_another_descriptor_of_the_file_keeps_the_lock(tmp_path):
    """flock, not fcntl: a read of the file's header (which opens and closes it) drops nothing."""
    path, link = _hard_linked(tmp_path)
    holder = _holder(path)
    try:
        for _ in range(3):
            os.close(os.open(link, os.O_RDONLY))
        env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_STATE_HOME": str(tmp_path / "other")}
        probe = subprocess.run([sys.executable, "-c", "import sys\nfrom socialdesk.storage import open_store\n"
                                "try:\n    open_store(sys.argv[1])\nexcept Exception as e:\n    print(e.problem.value)",
                                str(link)], capture_output=True, text=True, cwd=ROOT, env=env, timeout=60)
        assert probe.stdout.strip() == "locked", probe.stderr
    finally:
        holder.kill()
        holder.wait()
