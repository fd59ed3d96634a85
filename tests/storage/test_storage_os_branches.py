"""The storage branches that differ by OS, each run here by giving the test the other OS's conditions."""

import sqlite3
import sys

import pytest

from socialdesk.storage import errors, private_files
from socialdesk.storage.errors import WriteProblem, classify_write_error


def _write_ioerr() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("disk I/O error")
    error.sqlite_errorcode = sqlite3.SQLITE_IOERR_WRITE
    return error


def test_without_the_resource_module_a_write_error_is_not_called_a_full_disk(monkeypatch):
    """Windows has no `resource` module: no file-size limit there, so the owner is not told the disk is full."""
    monkeypatch.setitem(sys.modules, "resource", None)  # import resource raises ImportError, as on Windows
    assert classify_write_error(_write_ioerr()) is WriteProblem.OTHER


def test_with_a_file_size_limit_a_write_error_is_a_full_disk(monkeypatch):
    monkeypatch.setattr(errors, "_file_size_limited", lambda: True)
    assert classify_write_error(_write_ioerr()) is WriteProblem.DISK_FULL


def test_folders_are_not_opened_to_sync_on_windows(tmp_path, monkeypatch):
    gone = tmp_path / "gone"
    with pytest.raises(FileNotFoundError):
        private_files.sync_folder(gone)  # POSIX opens the folder to fsync it
    monkeypatch.setattr(private_files.os, "name", "nt")
    private_files.sync_folder(gone)  # Windows: nothing to open, nothing raised
