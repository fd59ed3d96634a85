"""Two data files in one folder ('Open another data file…'): each keeps its own backups."""

from datetime import datetime, timedelta

from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store
from socialdesk.storage.backups import backed_up_today, list_backups, make_backup
from socialdesk.storage.file_key import stored_key
from socialdesk.ui.open_problems import newest_good_backup

T0 = datetime(2026, 11, 1, 8, 0)


def test_backups_of_a_file_named_like_another_are_not_mixed_up(tmp_path):
    shop, lyon = tmp_path / "boutique.sqlite3", tmp_path / "boutique-lyon.sqlite3"
    first = open_store(shop, now=T0)
    first.shop.save(ShopCard(name="Boutique"))
    mine = make_backup(first.conn, shop, T0, "manual")
    second = open_store(lyon, now=T0)
    second.shop.save(ShopCard(name="Boutique Lyon"))
    theirs = [make_backup(second.conn, lyon, T0 + timedelta(days=1, minutes=i), "manual") for i in range(3)]
    try:
        assert list_backups(shop) == [mine]
        assert not backed_up_today(shop, T0 + timedelta(days=1), key=stored_key(first.conn))
        assert newest_good_backup(shop) == mine  # never the other shop's data
        for i in range(12):
            make_backup(first.conn, shop, T0 + timedelta(days=2, minutes=i), "manual")
        assert all(backup.exists() for backup in theirs), "rotating one file's backups deleted the other's"
        assert len(list_backups(shop)) == 10 and len(list_backups(lyon)) == 3
    finally:
        first.close()
        second.close()
