"""Opening a file reads each backups folder once (privacy, rotation, crash leftovers and the day's backup share
that look), and still does what each of them did: an old backup rotated out, a stale partial copy removed,
the day's backup found and not made twice."""

import os
import sqlite3
import time
from datetime import datetime, timedelta

from socialdesk.storage import open_store
from socialdesk.storage.backups import backup_dir_for, list_backups

DAY = datetime(2026, 12, 3, 9, 0)


def _scans_of(folder, monkeypatch):
    seen = []
    real = os.scandir

    def counting(path=".", *args):
        if os.path.realpath(path) == os.path.realpath(folder):
            seen.append(path)
        return real(path, *args)

    monkeypatch.setattr(os, "scandir", counting)
    return seen


def _keep(path, count):
    conn = sqlite3.connect(path)
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('backups_keep', ?)", (str(count),))
    conn.commit()
    conn.close()


def test_one_scan_of_the_backups_folder_per_open_and_every_step_still_done(tmp_path, monkeypatch):
    path = tmp_path / "shop.sqlite3"
    open_store(path, now=DAY - timedelta(days=5)).close()
    for back in range(4, 0, -1):
        open_store(path, now=DAY - timedelta(days=back)).close()
    folder = backup_dir_for(path)
    assert len(list_backups(path)) == 4
    _keep(path, 3)  # one too many: the next open rotates the oldest out
    oldest = list_backups(path)[-1]
    partial = folder / "shop-20261101-090000-daily.partial"
    partial.write_bytes(b"cut short")
    os.utime(partial, (time.time() - 7200, time.time() - 7200))  # a crash's leftover, two hours old
    (folder / "shop-20261130-090000-daily.sqlite3").chmod(0o644)

    scans = _scans_of(folder, monkeypatch)
    open_store(path, now=DAY - timedelta(days=1)).close()  # that day's backup exists: none made

    assert len(scans) == 1
    assert not oldest.exists() and not partial.exists()
    kept = list_backups(path)
    assert [b.name for b in kept] == ["shop-20261202-090000-daily.sqlite3", "shop-20261201-090000-daily.sqlite3",
                                      "shop-20261130-090000-daily.sqlite3"]
    assert all((b.stat().st_mode & 0o777) == 0o600 for b in kept)
