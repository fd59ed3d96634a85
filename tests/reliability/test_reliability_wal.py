"""A WAL left by a crash holds committed work: checked without change, then opened with everything in it."""

import subprocess
import sys
from pathlib import Path

import pytest

from damage import fingerprint
from reliability_support import ROOT, integrity
from socialdesk.cli import main as cli_main
from socialdesk.storage import open_store
from tests.posix_only import needs_sigkill

WRITE_THEN_DIE = """
import os, signal, sys
from pathlib import Path
from socialdesk.storage import open_store
store = open_store(Path(sys.argv[1]))
for i in range(300):
    store.settings.set(f"wal-{i}", "commis avant la panne ✓ " + str(i))
os.kill(os.getpid(), signal.SIGKILL)
"""


def _crash(path: Path) -> None:
    run = subprocess.run([sys.executable, "-c", WRITE_THEN_DIE, str(path)], cwd=ROOT)
    assert run.returncode == -9
    assert Path(f"{path}-wal").stat().st_size > 0, "the crash left no WAL to recover"


@needs_sigkill
@pytest.mark.parametrize("shm", ["kept", "lost"])
def test_a_crash_wal_is_checked_untouched_then_recovered(tmp_path, capsys, shm):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    _crash(path)
    if shm == "lost":
        Path(f"{path}-shm").unlink()
    before = {k: v for k, v in fingerprint(folder).items() if not k.endswith("-shm")}
    assert cli_main(["check", "--db", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: ok"
    assert {k: v for k, v in fingerprint(folder).items() if not k.endswith("-shm")} == before
    store = open_store(path)
    try:
        assert [store.settings.get(f"wal-{i}") for i in (0, 150, 299)] == [
            "commis avant la panne ✓ 0", "commis avant la panne ✓ 150", "commis avant la panne ✓ 299"]
        assert store.conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'wal-%'").fetchone()[0] == 300
    finally:
        store.close()
    assert integrity(path) == "ok"
