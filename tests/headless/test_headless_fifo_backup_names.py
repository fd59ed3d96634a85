"""A FIFO named like a backup, the backups note or the row counts never hangs `backup` or `check`."""

import os
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from socialdesk.storage.backups import backup_dir_for, make_backup
from socialdesk.storage.opening import open_store

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")


def _run(*args: str) -> subprocess.CompletedProcess:
    """The real command in its own process: a hang is a timeout here, not a stuck test run."""
    return subprocess.run([sys.executable, "-m", "socialdesk", *args], capture_output=True, text=True,
                          timeout=30, env={**os.environ, "PYTHONPATH": os.getcwd()})


def _shop_with_backups(tmp_path, count: int):
    shop = tmp_path / "shop.sqlite3"
    store = open_store(shop)
    try:
        for day in range(count):  # more than the kept number: rotation reads the row counts
            make_backup(store.conn, shop, datetime(2026, 11, 1, 9) + timedelta(days=day), "manual")
    finally:
        store.close()
    return shop


@pytest.mark.parametrize("name", [
    "shop-20261201-100000-manual.sqlite3",  # a backup's own name
    ".backup-rows.json",  # the row counts remembered beside the backups
    ".shop.sqlite3.backups-elsewhere",  # the note naming the chosen folder
])
@pytest.mark.parametrize("command", ["backup", "check"])
def test_a_fifo_in_the_backups_folder_is_not_read(tmp_path, name, command):
    shop = _shop_with_backups(tmp_path, 11)
    fifo = backup_dir_for(shop) / name
    fifo.unlink(missing_ok=True)
    os.mkfifo(fifo)
    try:
        done = _run(command, "--db", str(shop))
    except subprocess.TimeoutExpired:
        pytest.fail(f"socialdesk {command} hung on a FIFO named {name}")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("\n") <= 1


def test_a_fifo_note_does_not_hang_a_backup_to_a_chosen_folder(tmp_path):
    shop = _shop_with_backups(tmp_path, 1)
    chosen = tmp_path / "clé USB"
    chosen.mkdir()
    store = open_store(shop)
    try:
        with store.write():
            store.conn.execute("INSERT INTO settings(key, value) VALUES('backup_folder', ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (f'"{chosen}"',))
    finally:
        store.close()
    note = backup_dir_for(shop) / ".shop.sqlite3.backups-elsewhere"
    note.unlink(missing_ok=True)
    os.mkfifo(note)
    try:
        done = _run("backup", "--db", str(shop))
    except subprocess.TimeoutExpired:
        pytest.fail("socialdesk backup hung on a FIFO at the backups note's name")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().startswith(str(chosen))
