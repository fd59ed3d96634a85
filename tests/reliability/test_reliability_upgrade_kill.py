"""An upgrade from an older file killed at random moments: the next start finishes it with nothing lost."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from reliability_support import ROOT, integrity
from socialdesk.storage import open_store
from socialdesk.storage.backups import is_valid_backup, list_backups
from socialdesk.storage.schema_names import KNOWN
from tests.posix_only import needs_sigkill

pytestmark = needs_sigkill

OLD = ROOT / "tests" / "data" / "socialdesk-v1.sqlite3"
OPEN = """
import os, sys
from pathlib import Path
from socialdesk.storage import open_store
from socialdesk.storage.migrations import migrations  # imported before the clock starts
os.write(1, b"go\\n")
open_store(Path(sys.argv[1])).close()
"""


def _old_shop_columns() -> str:
    """The shop's columns in the old file: an upgrade may add columns, never change these."""
    conn = sqlite3.connect(f"file:{OLD}?mode=ro", uri=True)
    try:
        return ", ".join(row[1] for row in conn.execute("PRAGMA table_info(shop)"))
    finally:
        conn.close()


def _contents(conn, shop_columns: str) -> tuple:
    """The owner's settings and shop card (the file's own key, which the upgrade adds, left out)."""
    return (sorted(conn.execute("SELECT key, value FROM settings WHERE key != 'file_key'")),
            sorted(conn.execute(f"SELECT {shop_columns} FROM shop")))


def _old_contents() -> tuple:
    conn = sqlite3.connect(f"file:{OLD}?mode=ro", uri=True)
    try:
        return _contents(conn, _old_shop_columns())
    finally:
        conn.close()


def kill_upgrades(tmp_path, seed: int, kills: int) -> dict:
    rng = random.Random(seed)
    expected = _old_contents()
    durations, figures, number = [], {"kills": 0, "upgraded": 0, "not yet": 0}, 0
    while figures["kills"] < kills:
        number += 1
        folder = tmp_path / f"round{number}"
        folder.mkdir()
        path = folder / "shop.sqlite3"
        shutil.copyfile(OLD, path)
        path.chmod(0o600)
        proc = subprocess.Popen([sys.executable, "-c", OPEN, str(path)], cwd=ROOT, stdout=subprocess.PIPE)
        assert proc.stdout.readline() == b"go\n"
        started = time.monotonic()  # from here on the child only opens (backs up, migrates) the file
        if durations:
            time.sleep(rng.uniform(0.0, 1.05) * max(durations))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
        status = proc.wait(timeout=60)
        if status == 0:
            durations.append(time.monotonic() - started)
        assert integrity(path) == "ok"
        applied = [n for (n,) in sqlite3.connect(path).execute("SELECT name FROM _sqlite_migrations")]
        store = open_store(path)  # the next start
        try:
            contents = _contents(store.conn, _old_shop_columns())
            assert contents == expected, "the upgrade lost or changed the owner's data"
            assert [n for (n,) in store.conn.execute("SELECT name FROM _sqlite_migrations")] == list(KNOWN)
        finally:
            store.close()
        assert all(is_valid_backup(b) for b in list_backups(path))
        if status == -signal.SIGKILL:
            figures["kills"] += 1
            figures["upgraded" if applied == list(KNOWN) else "not yet"] += 1
    print(f"\nupgrade kills seed={seed}: {figures}")
    return figures


def test_killed_upgrade_finishes_next_time(tmp_path):
    kill_upgrades(tmp_path, seed=7, kills=1)


@pytest.mark.faults
def test_killed_upgrade_finishes_next_time_long(tmp_path):
    kill_upgrades(tmp_path, seed=70, kills=20)
