"""A file carrying SocialDesk's marker but none of its tables is not ours: refused, never migrated."""

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.files import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]


def _marked(path: Path, *statements: str) -> bytes:
    """Built by sqlite3 (an outside writer), as another program or a copy gone wrong would."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return hashlib.sha256(path.read_bytes()).digest()


@pytest.mark.parametrize("statements", [
    (),  # marker only: our creation is atomic (.creating then rename), so never ours half-made
    ("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)", "INSERT INTO notes VALUES (1, 'à garder')"),
    ("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",),  # one of our names, no migrations
], ids=["marker-only", "their-tables", "our-table-name-only"])
def test_marked_file_without_our_migrations_is_refused_untouched(tmp_path, statements):
    path = tmp_path / "shop.sqlite3"
    before = _marked(path, *statements)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.FOREIGN
    assert hashlib.sha256(path.read_bytes()).digest() == before
    tables = sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert ("_sqlite_migrations",) not in tables
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == ["shop.sqlite3"]


def test_the_command_line_says_it_is_another_programs_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    before = _marked(path)
    run = subprocess.run([sys.executable, "-m", "socialdesk", "backup", "--db", str(path)],
                         capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert run.returncode == 1 and run.stderr.count("\n") == 1, run.stderr
    assert "another program's SQLite database" in run.stderr
    assert hashlib.sha256(path.read_bytes()).digest() == before


def test_our_own_new_file_still_opens(tmp_path):
    open_store(tmp_path / "shop.sqlite3").close()
    open_store(tmp_path / "shop.sqlite3").close()
