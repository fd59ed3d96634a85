"""Exports ask storage's one lock helper whether a file is held: a file another process flocks is refused,
and on Windows (no flock; the lock files guard) the helper says 'not held' instead of failing."""

import subprocess
import sys

import pytest

from socialdesk.export_files import OutputIsDatabase, check_output
from socialdesk.storage import lock
from tests.posix_only import needs_posix

HOLDER = "import fcntl, sys, time; f = open(sys.argv[1]); fcntl.flock(f, fcntl.LOCK_SH); print('held', flush=True); time.sleep(60)"


@needs_posix
def test_an_output_another_process_holds_is_refused_even_with_force(tmp_path):
    target = tmp_path / "Élodie Dupré" / "notes.csv"
    target.parent.mkdir()
    target.write_text("x")
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(target)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(OutputIsDatabase):
            check_output(target, force=True)
    finally:
        holder.kill()
        holder.wait()
    check_output(target, force=True)  # released: the export may replace it


def test_on_windows_the_helper_says_not_held(tmp_path, monkeypatch):
    target = tmp_path / "notes.csv"
    target.write_text("x")
    monkeypatch.setattr(lock, "DATA_FILE_LOCKED", False)
    assert lock.is_held(target) is False
