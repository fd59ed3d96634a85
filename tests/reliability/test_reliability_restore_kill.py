"""Restoring a backup (File ▸ Restore) killed at random moments: the file is the old state or the backup, exactly."""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from reliability_support import ROOT, integrity
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup
from tests.posix_only import needs_sigkill

pytestmark = needs_sigkill

RESTORE = """
import sys
from pathlib import Path
from socialdesk.storage import open_store
from socialdesk.storage.restoring import restore_backup
store = open_store(Path(sys.argv[1]))
restore_backup(store, Path(sys.argv[2]))
store.close()
"""


def _dump(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}
    finally:
        conn.close()


def _posts(count: int, word: str) -> list[Post]:
    return [Post(day=date(2026, 12, 1 + i % 28), text=f"{word} {i} 🥐", status=PostStatus.PLANNED,
                 networks=("facebook",)) for i in range(count)]


def _pristine(folder: Path) -> tuple[Path, dict, dict]:
    """A data file (state 'now') with one backup (state 'then') that differs in every table we write."""
    path = folder / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 11, 1))
    store.shop.save(ShopCard(name="Then"))
    store.calendar.import_posts(_posts(8_000, "then"))
    backup = make_backup(store.conn, path, datetime(2026, 11, 2), "manual")
    store.shop.save(ShopCard(name="Now"))
    store.calendar.import_posts(_posts(8_000, "now"))
    store.close()
    return backup, _dump(backup), _dump(path)


def kill_restores(tmp_path, seed: int, kills: int) -> dict:
    rng = random.Random(seed)
    pristine = tmp_path / "pristine"
    pristine.mkdir()
    backup, then, now = _pristine(pristine)
    figures, durations, round_number = {"kills": 0, "restored": 0, "unchanged": 0}, [], 0
    while figures["kills"] < kills:
        round_number += 1
        folder = tmp_path / f"round{round_number}"
        shutil.copytree(pristine, folder)
        path, copy = folder / "shop.sqlite3", folder / "backups" / backup.name
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", RESTORE, str(path), str(copy)], cwd=ROOT)
        if durations:
            time.sleep(rng.uniform(0.3, 1.1) * max(durations))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
        status = proc.wait(timeout=120)
        if status == 0:
            durations.append(time.monotonic() - started)
        assert integrity(path) == "ok"
        state = _dump(path)
        assert state in (then, now), "the file is neither what it was nor the backup"
        if status == -signal.SIGKILL:
            figures["kills"] += 1
            figures["restored" if state == then else "unchanged"] += 1
        else:
            assert status == 0 and state == then
        shutil.rmtree(folder)
    print(f"\nrestore kills seed={seed}: {figures}")
    return figures


def test_killed_restore_leaves_old_state_or_backup(tmp_path):
    kill_restores(tmp_path, seed=5, kills=1)


@pytest.mark.faults
def test_killed_restore_leaves_old_state_or_backup_long(tmp_path):
    kill_restores(tmp_path, seed=50, kills=15)


CUT_BEFORE_PUT_BACK = """
import os
import sys
from pathlib import Path
from socialdesk.storage import open_store, restoring
restoring.put_back = lambda *_args: os._exit(9)  # the power fails once the backup's pages are read, before the
store = open_store(Path(sys.argv[1]))           # file's own key and backup settings are given back
restoring.restore_backup(store, Path(sys.argv[2]))
"""


def _settings(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return dict(conn.execute("SELECT key, value FROM settings"))
    finally:
        conn.close()


def test_restore_cut_before_the_files_settings_are_put_back_leaves_the_file_as_it_was(tmp_path):
    """#12: a backup carrying another key (the data file that was here before) is restored, and the restore dies
    before this file's key and backup folder are put back. The file must not be left with the backup's key: its
    newest backups, the before-restore one among them, would then look like another file's."""
    backup, _then, now = _pristine(tmp_path)
    conn = sqlite3.connect(backup)
    conn.execute("UPDATE settings SET value = ? WHERE key = 'file_key'", ('"the-file-that-was-here-before"',))
    conn.commit()
    conn.close()
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 11, 3))
    store.settings.set("backup_folder", str(tmp_path / "chosen"))
    store.close()
    before = _settings(path)

    status = subprocess.run([sys.executable, "-c", CUT_BEFORE_PUT_BACK, str(path), str(backup)], cwd=ROOT).returncode

    assert status == 9
    assert integrity(path) == "ok"
    assert _settings(path) == before  # its key and its backup folder
    assert _dump(path)["posts"] == now["posts"]
