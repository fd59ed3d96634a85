"""The newest backup made before an upgrade is not rotated out by ordinary backups (attack 30, #5: with two kept, it
went the same day; with ten, ten days later): it is the only copy an older SocialDesk can open, and the way back if
an upgrade went wrong. A newer upgrade's backup takes its place."""

import sqlite3
from datetime import datetime, timedelta

from socialdesk.storage import backups, open_store

WHEN = datetime(2026, 12, 1, 9, 0)


def _names(store) -> list[str]:
    return [p.name for p in backups.list_backups(store.path)]


def test_the_newest_upgrade_backup_outlives_the_backups_kept_after_it(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3", now=WHEN - timedelta(days=30))
    store.settings.set("backups_keep", 2)
    upgrade = backups.make_backup(store.conn, store.path, WHEN, "before-upgrade")
    for day in range(1, 6):
        backups.make_backup(store.conn, store.path, WHEN + timedelta(days=day), "daily")
    assert upgrade.is_file()
    assert _names(store) == ["shop-20261206-090000-daily.sqlite3", "shop-20261205-090000-daily.sqlite3",
                             "shop-20261201-090000-before-upgrade.sqlite3"]
    with sqlite3.connect(f"{upgrade.as_uri()}?mode=ro", uri=True) as conn:  # still whole, read by sqlite3 itself
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
    conn.close()

    newer = backups.make_backup(store.conn, store.path, WHEN + timedelta(days=7), "before-upgrade")
    backups.make_backup(store.conn, store.path, WHEN + timedelta(days=8), "daily")
    backups.make_backup(store.conn, store.path, WHEN + timedelta(days=9), "daily")
    assert newer.is_file() and not upgrade.is_file()  # only the newest upgrade's is kept apart
    assert _names(store) == ["shop-20261210-090000-daily.sqlite3", "shop-20261209-090000-daily.sqlite3",
                             "shop-20261208-090000-before-upgrade.sqlite3"]
    store.close()
