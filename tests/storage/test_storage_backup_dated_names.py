"""A data file whose own name holds a date-time (the name SocialDesk gives a set-aside file) is backed up once a
day, and its backups are dated by when they were made."""

from datetime import datetime, timedelta

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.backup_names import backup_time
from socialdesk.storage.backups import backed_up_today, list_backups, own_backups
from socialdesk.storage.file_key import key_of

WHEN = datetime(2026, 12, 3, 9, 0)


@pytest.mark.parametrize("name", ["socialdesk.damaged-20261126-130500.sqlite3", "boutique-20250101-093000.sqlite3",
                                  "x-20261126-130500-daily.sqlite3"])
def test_opening_it_again_the_same_day_makes_no_second_daily_backup(tmp_path, name):
    path = tmp_path / name
    open_store(path, now=WHEN).close()
    for minutes in (10, 20, 30):
        open_store(path, now=WHEN + timedelta(minutes=minutes)).close()
    daily = [b for b in own_backups(path) if b.name.endswith("-daily.sqlite3")]
    assert len(daily) <= 1 and backed_up_today(path, WHEN + timedelta(minutes=30), key=key_of(path)) == bool(daily)  # as opening asks
    open_store(path, now=WHEN + timedelta(days=1, hours=2)).close()
    listed = list_backups(path)
    assert [backup_time(b).date() for b in listed if b.name.endswith("-daily.sqlite3")][0] == (WHEN + timedelta(
        days=1)).date()
    assert all(backup_time(b).year == 2026 and backup_time(b).month == 12 for b in listed)
