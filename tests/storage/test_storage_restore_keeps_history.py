"""Trying a restore never deletes the history (attack 41b, H1): the copy made before each restore is kept on top of
the backups the owner keeps (the newest three such copies), so the oldest daily copy, the one most likely made
before whatever went wrong, is still there after any number of tries; read back with sqlite3."""

import sqlite3
from datetime import timedelta

from socialdesk.domain.shop import ShopCard
from socialdesk.storage.backups import RESTORE_COPIES, make_backup
from socialdesk.storage.restoring import restore_backup
from tests.storage.test_storage_backup_keys import WHEN, _shop


def _name_in(backup) -> str:
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name FROM shop").fetchone()[0]
    finally:
        conn.close()


def test_restores_tried_again_and_again_keep_every_daily_copy(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3", keep=10)
    days = []
    for day in range(10):
        shop.shop.save(ShopCard(name=f"Shop as of day {day}"))
        days.append(make_backup(shop.conn, shop.path, WHEN + timedelta(days=day), "daily"))
    assert "day 0" in _name_in(days[0])
    copies = [restore_backup(shop, days[-1 - n % 2], now=WHEN + timedelta(days=10, minutes=n)) for n in range(5)]
    left = sorted((tmp_path / "backups").glob("*.sqlite3"))
    assert all(day.exists() for day in days) and "day 0" in _name_in(days[0])  # the whole history is there
    assert [copy.exists() for copy in copies] == [False] * (5 - RESTORE_COPIES) + [True] * RESTORE_COPIES
    assert len(left) == 10 + RESTORE_COPIES
    restore_backup(shop, days[0], now=WHEN + timedelta(days=11))
    assert shop.shop.get().name == "Shop as of day 0"
    shop.close()
