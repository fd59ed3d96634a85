"""No export, PDF or code replaces a database, its journal or a file SocialDesk holds, even with --force."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.export_files import OutputIsDatabase, check_output
from socialdesk.storage import open_store
from socialdesk.storage.lock import FileLock

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys
from socialdesk.storage import open_store
from socialdesk.storage.lock import FileLock
store = open_store(sys.argv[1])
print("open", flush=True)
sys.stdin.read()
"""


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE accounts (name TEXT)")
    conn.execute("INSERT INTO accounts VALUES ('kept')")
    conn.commit()
    conn.close()
    return path


def _intact(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


@pytest.fixture
def held_elsewhere(tmp_path):
    """Another SocialDesk data file, open in another process (a second window)."""
    other = tmp_path / "other.sqlite3"
    open_store(other).close()
    child = subprocess.Popen([sys.executable, "-c", HOLDER, str(other)], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout.readline().strip() == "open"
    yield other
    child.kill()
    child.wait()


@pytest.fixture
def mine(tmp_path):
    path = tmp_path / "mine.sqlite3"
    open_store(path).close()
    return path


def test_the_command_line_never_exports_over_a_data_file_open_in_another_window(held_elsewhere, mine, capsys):
    assert cli_main(["export", "csv", "-o", str(held_elsewhere), "--force", "--db", str(mine)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(held_elsewhere) in err and "never overwritten" in err
    assert held_elsewhere.read_bytes()[:16] == b"SQLite format 3\x00" and _intact(held_elsewhere)


def test_the_command_line_never_prints_cards_over_another_programs_database(tmp_path, mine, capsys):
    second = _foreign(tmp_path / "second-shop.pdf")
    assert cli_main(["print-cards", "-o", str(second), "--force", "--template", "a6", "--db", str(mine)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(second) in err
    conn = sqlite3.connect(second)
    assert conn.execute("SELECT name FROM accounts").fetchall() == [("kept",)]
    conn.close()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm", "-journal", ".lock"])
def test_a_database_and_what_lies_beside_it_are_refused_even_with_force(tmp_path, suffix):
    base = _foreign(tmp_path / "books.db")
    target = Path(f"{base}{suffix}")
    if suffix:
        target.write_bytes(b"companion bytes")
    before = target.read_bytes()
    with pytest.raises(OutputIsDatabase):
        check_output(target, True, None)
    assert cli_main(["export", "ics", "-o", str(target), "--force", "--db", str(tmp_path / "mine.sqlite3")]) == 2
    assert target.read_bytes() == before


def test_a_name_a_socialdesk_lock_holds_is_refused(tmp_path):
    """A data file being created (its name lock held, no file yet) and the live lock itself."""
    new = tmp_path / "new-shop.sqlite3"
    lock = FileLock(new)
    lock.acquire()
    try:
        for target in (new, Path(f"{new}.lock")):
            with pytest.raises(OutputIsDatabase):
                check_output(target, True, None)
    finally:
        lock.release()
    check_output(new, True, None)  # once released, the name is free


def test_ordinary_files_are_still_overwritten_with_force(tmp_path, mine):
    """The guard refuses databases, not every existing file: an old export, a text file, a lone -wal name."""
    for name, data in (("plan.csv", b"date,time\n"), ("notes-wal", b"not a journal"), ("x.lock", b"1234")):
        target = tmp_path / name
        target.write_bytes(data)
        check_output(target, True, None)
        assert cli_main(["export", "csv", "-o", str(target), "--force", "--db", str(mine)]) == 0
        assert target.read_bytes().lstrip(b"\xef\xbb\xbf").startswith(b"date,")


def test_the_window_export_refuses_a_data_file_open_in_another_window(qtbot, held_elsewhere, mine, monkeypatch):
    from PySide6.QtGui import QAction

    from socialdesk.ui.common.save_guard import SaveGuard, database_text
    from socialdesk.ui.application import AppController

    said = []
    monkeypatch.setattr(SaveGuard, "ask", classmethod(
        lambda cls, parent, caption, suggested, filters, selected="", suffix="":
            (held_elsewhere, selected or filters.split(";;")[0])))
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: said.append(text)))
    controller = AppController("en")
    assert controller.open(mine)
    try:
        controller.window.page("calendarTab").ensure_built()
        action = next(a for a in controller.window.findChildren(QAction) if a.objectName() == "calendarExportCsv")
        action.trigger()
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert said == [database_text(held_elsewhere)]
        assert held_elsewhere.read_bytes()[:16] == b"SQLite format 3\x00" and _intact(held_elsewhere)
    finally:
        controller.window.close()
        controller.store.close()
