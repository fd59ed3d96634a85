"""Two SocialDesks on one data file: the second is refused with LOCKED and never writes a byte."""

import subprocess
import sys
from pathlib import Path

import pytest

from damage import fingerprint, make_sample
from reliability_support import ROOT
from socialdesk.cli import main as cli_main
from socialdesk.storage import Problem, StoreOpenError, open_store

HOLD = """
import sys
from pathlib import Path
from socialdesk.storage import open_store
store = open_store(Path(sys.argv[1]))
store.settings.set("holder", "first instance")
print("held", flush=True)
sys.stdin.read()
store.close()
"""

TRY_OPEN = """
import sys
from pathlib import Path
from socialdesk.storage import StoreOpenError, open_store
try:
    open_store(Path(sys.argv[1]))
except StoreOpenError as error:
    print(error.problem.value)
"""


def _files(folder: Path) -> dict:
    """The bytes that matter: the data file, its WAL and the backups (not the shared-memory index)."""
    return {k: v for k, v in fingerprint(folder).items() if not k.endswith("-shm")}


def test_second_open_in_the_same_process_is_locked_out(tmp_path):
    path = tmp_path / "shop.sqlite3"
    make_sample(path)
    first = open_store(path)
    try:
        before = _files(tmp_path)
        for _ in range(3):
            with pytest.raises(StoreOpenError) as refused:
                open_store(path)
            assert refused.value.problem is Problem.LOCKED
        assert _files(tmp_path) == before
        first.settings.set("after", "the first instance still writes")
    finally:
        first.close()
    again = open_store(path)
    assert again.settings.get("after") == "the first instance still writes"
    again.close()


@pytest.fixture
def holder(tmp_path):
    """Another process with the data file open, until the test ends."""
    path = tmp_path / "data" / "shop.sqlite3"
    path.parent.mkdir()
    make_sample(path)
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert proc.stdout.readline().strip() == "held"
    yield path
    proc.stdin.close()
    proc.wait(timeout=30)


def test_another_process_holding_the_file_locks_this_one_out(holder):
    before = _files(holder.parent)
    with pytest.raises(StoreOpenError) as refused:
        open_store(holder)
    assert refused.value.problem is Problem.LOCKED
    run = subprocess.run([sys.executable, "-c", TRY_OPEN, str(holder)], capture_output=True, text=True, cwd=ROOT)
    assert run.stdout.strip() == "locked", run.stderr
    assert _files(holder.parent) == before


def test_headless_import_while_the_app_is_open_writes_nothing(holder, tmp_path, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,facebook,planned,,,Hello,\n",
                    encoding="utf-8")
    before = _files(holder.parent)
    assert cli_main(["import", "csv", str(plan), "--db", str(holder)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "open in SocialDesk" in err[0]
    assert _files(holder.parent) == before


def test_headless_export_while_the_app_is_open_reads_a_consistent_view(holder, tmp_path, capsys):
    output = tmp_path / "plan.csv"
    before = _files(holder.parent)
    assert cli_main(["export", "csv", "--db", str(holder), "-o", str(output)]) == 0
    assert output.read_bytes().startswith(b"\xef\xbb\xbfdate,")
    assert _files(holder.parent) == before


def test_headless_backup_while_the_app_is_open_copies_its_committed_work(holder, capsys):
    import sqlite3

    before = {k: v for k, v in _files(holder.parent).items() if not k.startswith("backups/")}
    assert cli_main(["backup", "--db", str(holder)]) == 0
    backup = Path(capsys.readouterr().out.strip())
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT value FROM settings WHERE key = 'holder'").fetchone() == ('"first instance"',)
    finally:
        conn.close()
    assert backup.stat().st_mode & 0o777 == 0o600
    assert {k: v for k, v in _files(holder.parent).items() if not k.startswith("backups/")} == before
