"""Portable mode: a `portable` file beside the program keeps data, backups, logs and locks beside it."""

import logging
import sqlite3
import sys

import pytest

from socialdesk import paths
from socialdesk.cli import main
from socialdesk.logs import setup_logging
from socialdesk.storage.opening import open_store


@pytest.fixture
def usb_key(tmp_path, monkeypatch):
    """A frozen SocialDesk on a USB key whose folder name has spaces and accents."""
    program = tmp_path / "Clé USB" / "SocialDesk"
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "SocialDesk.exe"))
    return program


def test_without_the_marker_the_data_stays_in_the_user_folder(usb_key, tmp_path):
    assert paths.portable_dir() is None
    assert usb_key not in paths.default_db_path().parents
    assert usb_key not in paths.log_dir().parents


def test_with_the_marker_data_backups_logs_and_locks_live_beside_the_program(usb_key):
    (usb_key / "portable").write_text("")
    data = usb_key / "SocialDesk Data"
    assert paths.default_db_path() == data / "socialdesk.sqlite3"
    store = open_store(paths.default_db_path())  # what the window does at its first start
    try:
        assert any((data / "state" / "locks").iterdir())  # the identity lock is on the key too
    finally:
        store.close()
    assert main(["backup"]) == 0  # the command line finds the same file and backs it up beside it
    conn = sqlite3.connect(f"file:{data / 'socialdesk.sqlite3'}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert any((data / "backups").iterdir())
    log = setup_logging()
    for handler in list(logging.getLogger().handlers):  # the next tests log where they were
        if getattr(handler, "baseFilename", None) == str(log):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert log.parent == data / "logs"


def test_from_a_checkout_the_marker_goes_in_the_checkout_root():
    assert (paths.program_dir() / "socialdesk" / "paths.py").is_file()
