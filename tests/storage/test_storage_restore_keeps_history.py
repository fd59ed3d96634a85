"""Trying restores never deletes what the owner may still want (attacks 41b H1, 41c H1 and M1): the copy made
before a restore is kept on top of the backups the owner keeps (the newest three such copies); a restore tried
right after another, nothing written between, copies nothing again (the backup just restored holds that data), so
the copy of the owner's real work made by the first try is never pushed out by copies of restored backups; a restore
prunes only copies of its own kind; and the copy spared for its rows is the fullest. Read back with sqlite3."""

import sqlite3
from datetime import date, time, timedelta

from socialdesk.domain.posts import Post, PostStatus
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


def _ten_days(shop) -> list:
    days = []
    for day in range(10):
        shop.shop.save(ShopCard(name=f"Shop as of day {day}"))
        days.append(make_backup(shop.conn, shop.path, WHEN + timedelta(days=day), "daily"))
    return days


def _copies(tmp_path) -> list:
    return sorted((tmp_path / "backups").glob("*before-restore*.sqlite3"))


def test_restores_tried_one_after_another_keep_the_copy_of_the_real_work(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3", keep=10)
    days = _ten_days(shop)
    shop.shop.save(ShopCard(name="REAL WORK"))  # the afternoon's work, then the hunt through old copies
    first = restore_backup(shop, days[-1], now=WHEN + timedelta(days=10))
    later = [restore_backup(shop, days[-2 - n], now=WHEN + timedelta(days=10, minutes=3 * (n + 1))) for n in range(5)]
    assert _name_in(first) == "REAL WORK" and _copies(tmp_path) == [first]
    assert later == days[-1:-6:-1]  # what each try replaced: the backup restored before it, still there
    assert all(day.exists() for day in days) and "day 0" in _name_in(days[0])
    restore_backup(shop, first, now=WHEN + timedelta(days=11))
    assert shop.shop.get().name == "REAL WORK"
    shop.close()


def test_restores_with_work_between_keep_three_copies_and_the_whole_history(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3", keep=10)
    days = _ten_days(shop)
    copies = []
    for n in range(5):
        shop.shop.save(ShopCard(name=f"Work {n}"))
        copies.append(restore_backup(shop, days[-1 - n % 2], now=WHEN + timedelta(days=10, minutes=n)))
    assert [copy.exists() for copy in copies] == [False] * (5 - RESTORE_COPIES) + [True] * RESTORE_COPIES
    assert all(day.exists() for day in days) and len(list((tmp_path / "backups").glob("*.sqlite3"))) == 13
    shop.close()


def test_a_keep_count_lowered_takes_effect_at_the_next_backup_not_in_a_restore(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3", keep=10)
    days = _ten_days(shop)
    shop.settings.set("backups_keep", 2)
    shop.shop.save(ShopCard(name="Today"))
    restore_backup(shop, days[5], now=WHEN + timedelta(days=10))
    assert all(day.exists() for day in days)
    make_backup(shop.conn, shop.path, WHEN + timedelta(days=11), "daily")
    assert sum(day.exists() for day in days) < 10  # the count the owner chose, at the next copy
    shop.close()


def test_the_copy_spared_for_its_rows_is_the_fullest(tmp_path):
    """41c, M1: posts lost one a day; the newest copy beyond the kept ones with more rows than they hold was spared,
    and the fullest copies, from before the loss, went."""
    shop = _shop(tmp_path / "shop.sqlite3", keep=2)
    ids = [shop.calendar.add(Post(day=date(2026, 12, 1) + timedelta(days=n), time=time(9), networks=("instagram",),
                                  text=f"Post {n}", status=PostStatus.PLANNED)).ids[0] for n in range(8)]
    made = [make_backup(shop.conn, shop.path, WHEN + timedelta(days=day), "daily") for day in range(3)]  # 8 posts
    for day, post_id in enumerate(ids[:4], start=3):
        shop.calendar.delete([post_id])
        made.append(make_backup(shop.conn, shop.path, WHEN + timedelta(days=day), "daily"))
    assert made[2].exists() and not made[3].exists()  # a full copy spared, not the newest with more rows (7)
    shop.close()
