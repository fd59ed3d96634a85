"""The log folder is private (0700) and every log in it, rotated ones too, is 0600 like the data file."""

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = """
import logging, os, sys
os.umask(0o022)
from socialdesk.logs import setup_logging
path = setup_logging()
logging.getLogger("test").error("a detail for the log")
print(path)
"""


def _start_app_logging(state_home: Path) -> Path:
    env = dict(os.environ, XDG_STATE_HOME=str(state_home))
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60,
                          check=True)
    return Path(done.stdout.strip())


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_a_fresh_log_is_0600_in_a_0700_folder(tmp_path):
    log = _start_app_logging(tmp_path)
    assert log.exists() and "a detail for the log" in log.read_text()
    assert _mode(log) == 0o600
    assert _mode(log.parent) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="Unix permissions")
def test_logs_left_readable_by_an_older_version_become_private_and_stay_so_when_rotated(tmp_path):
    first = _start_app_logging(tmp_path)
    folder = first.parent
    os.chmod(folder, 0o755)
    first.write_bytes(b"x" * 1_000_001)  # past the size that rotates it at the next start
    os.chmod(first, 0o644)
    older = folder / (first.name + ".1")
    older.write_text("an older log\n")
    os.chmod(older, 0o644)
    log = _start_app_logging(tmp_path)
    logs = sorted(folder.glob(first.name + "*"))
    assert [p.name for p in logs] == ["socialdesk.log", "socialdesk.log.1", "socialdesk.log.2"]
    assert {p.name: _mode(p) for p in logs} == {p.name: 0o600 for p in logs}
    assert _mode(folder) == 0o700 and log.stat().st_size < 1_000_000
