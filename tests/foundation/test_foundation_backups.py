"""Backups: daily on open, before upgrades, on demand; the newest ten kept; restores exact."""

import os
import sqlite3
import time
from datetime import datetime, timedelta
from pathlib import Path

from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store
from socialdesk.storage.backups import KEEP, list_backups, make_backup
from socialdesk.storage.restoring import restore_backup
from tests.posix_only import needs_symlinks


def test_at_most_one_daily_backup_per_day(tmp_path):
    path = tmp_path / "shop.sqlite3"
    day = datetime(2026, 3, 1, 8, 0)
    open_store(path, now=day).close()  # a new file: nothing to back up yet
    assert list_backups(path) == []
    open_store(path, now=day + timedelta(hours=1)).close()
    open_store(path, now=day + timedelta(hours=2)).close()
    assert len(list_backups(path)) == 1
    open_store(path, now=day + timedelta(days=1)).close()
    assert len(list_backups(path)) == 2


def test_rotation_keeps_the_newest_ten(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    start = datetime(2026, 1, 1, 12, 0)
    made = [make_backup(store.conn, path, start + timedelta(days=i), "manual") for i in range(KEEP + 5)]
    kept = list_backups(path)
    assert len(kept) == KEEP
    assert kept == sorted(made[-KEEP:], key=lambda p: p.name, reverse=True)
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in kept)
    store.close()


def test_restore_gives_back_exactly_what_was_there_and_saves_the_present(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.shop.save(ShopCard(name="Fleurs de Marie", city="Nantes"))
    store.settings.set("first_weekday", 7)
    backup = make_backup(store.conn, path, datetime(2026, 5, 1, 10, 0), "manual")
    store.shop.save(ShopCard(name="Renamed by mistake"))
    store.settings.set("first_weekday", 1)
    safety = restore_backup(store, backup, now=datetime(2026, 5, 2, 10, 0))
    assert store.shop.get().name == "Fleurs de Marie"
    assert store.settings.get("first_weekday") == 7
    store.close()
    reopened = open_store(path)
    assert reopened.shop.get().city == "Nantes"
    reopened.close()
    assert "before-restore" in safety.name and safety.exists()



def test_a_backup_cut_short_by_a_crash_is_cleared_at_the_next_backup(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    folder = path.parent / "backups"
    folder.mkdir(exist_ok=True)
    stale = folder / "shop-20260101-120000-daily.partial"
    stale.write_bytes(b"half a copy")
    os.utime(stale, (time.time() - 7200,) * 2)  # a crash's leftover: no copy in progress is that old
    other_shop = folder / "shop-lyon-20260101-120000-daily.partial"
    other_shop.write_bytes(b"another file's copy in progress")
    make_backup(store.conn, path, datetime(2026, 1, 2, 12, 0), "manual")
    assert not stale.exists() and other_shop.exists()
    store.close()


def test_backups_of_a_path_with_odd_characters_are_valid(tmp_path):
    from socialdesk.storage.backups import is_valid_backup

    folder = tmp_path / "Mes données #1 ?"
    store = open_store(folder / "shop.sqlite3")
    backup = make_backup(store.conn, store.path, datetime(2026, 1, 2, 12, 0), "manual")
    assert is_valid_backup(backup)
    store.close()


@needs_symlinks
def test_backups_through_a_symlink_land_beside_the_real_file(tmp_path):
    real = tmp_path / "data" / "shop.sqlite3"
    real.parent.mkdir()
    open_store(real).close()
    link = tmp_path / "Desktop" / "my-shop.sqlite3"
    link.parent.mkdir()
    link.symlink_to(real)
    store = open_store(link, now=datetime(2026, 3, 2, 8, 0))  # the day's backup
    made = make_backup(store.conn, store.path, datetime(2026, 3, 2, 9, 0), "manual")
    store.close()
    assert made.parent == real.parent / "backups" and made.name.startswith("shop-")
    assert len(list_backups(real)) == 2 and list_backups(link) == list_backups(real)
    assert sorted(p.name for p in link.parent.iterdir()) == ["my-shop.sqlite3"]


def test_another_programs_database_in_the_backups_folder_is_never_offered(tmp_path):
    import sqlite3

    from socialdesk.ui.open_problems import newest_good_backup

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    good = make_backup(store.conn, path, datetime(2026, 1, 2, 12, 0), "manual")
    store.close()
    stranger = path.parent / "backups" / "shop-20260105-120000-manual.sqlite3"  # newer by its name
    conn = sqlite3.connect(stranger)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    assert newest_good_backup(path) == good


def test_reopening_keeps_as_many_backups_as_the_owner_chose_above_ten(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("backups_keep", 15)
    for hour in range(15):
        make_backup(store.conn, path, datetime(2026, 11, 26, hour), "manual")
    store.close()
    assert len(list_backups(path)) == 15
    open_store(path).close()  # opening prunes what a killed writer left: to the owner's count, not KEEP
    assert len(list_backups(path)) == 15


def _shop_keeping(tmp_path, keep: int, days: list[int]):
    """A shop keeping `keep` backups, with a named backup made on each of `days` (of December 2026)."""
    store = open_store(tmp_path / "shop.sqlite3", now=datetime(2026, 11, 30, 9))
    store.settings.set("backups_keep", keep)
    made = []
    for day in days:
        store.shop.save(ShopCard(name=f"Boulangerie du {day}"))
        made.append(make_backup(store.conn, store.path, datetime(2026, 12, day, 9), "manual"))
    return store, made


def test_restoring_the_oldest_backup_never_deletes_it(tmp_path):
    """Attack 32, F2 (HIGH): the before-restore copy's rotation deleted the oldest backup, the one being restored;
    the restore then failed, and the owner had lost that backup."""
    store, (oldest, newer) = _shop_keeping(tmp_path, 2, [1, 2])
    safety = restore_backup(store, oldest, now=datetime(2026, 12, 3, 9))
    assert store.shop.get().name == "Boulangerie du 1"
    assert oldest.is_file() and safety.is_file()
    store.close()


def test_the_before_restore_copy_survives_a_clock_set_back(tmp_path):
    """Attack 32, F8: with the clock behind the newest backup, the before-restore copy was named as the oldest and
    deleted by its own rotation, while the window said what the owner had was saved there."""
    store, (first, second) = _shop_keeping(tmp_path, 1, [10, 11])
    store.shop.save(ShopCard(name="What I had"))
    safety = restore_backup(store, second, now=datetime(2026, 12, 5, 9))  # a clock reset on an offline computer
    assert safety.is_file()
    with sqlite3.connect(f"{safety.as_uri()}?mode=ro", uri=True) as conn:
        assert "What I had" in conn.execute("SELECT name FROM shop").fetchone()
    conn.close()
    store.close()


def test_a_write_protected_backup_is_restored(tmp_path, monkeypatch):
    """Attack 32, F4: a backup on a write-protected stick (or a 444 copy) was refused as "not writable", and the
    window blamed the data file. A backup is only read."""
    import socialdesk.storage.opening as opening

    store, (backup,) = _shop_keeping(tmp_path, 5, [1])
    store.shop.save(ShopCard(name="Today"))
    writable = opening.writable
    monkeypatch.setattr(opening, "writable", lambda path: Path(path) != backup and writable(path))
    restore_backup(store, backup, now=datetime(2026, 12, 3, 9))
    assert store.shop.get().name == "Boulangerie du 1"
    store.close()


def test_a_backup_with_pages_of_another_size_is_restored(tmp_path):
    """Attack 32, F1: a backup VACUUMed by another tool to 8 KiB pages could never be restored over the open file
    (a file in WAL mode takes a copy only page for page), and the window said the data file was read-only."""
    store, (backup,) = _shop_keeping(tmp_path, 5, [1])
    with sqlite3.connect(backup, isolation_level=None) as conn:
        conn.execute("PRAGMA page_size=8192")
        conn.execute("VACUUM")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 8192
    conn.close()
    store.shop.save(ShopCard(name="Today"))
    restore_backup(store, backup, now=datetime(2026, 12, 3, 9))
    assert store.shop.get().name == "Boulangerie du 1"
    store.close()
    with sqlite3.connect(f"{store.path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_the_backup_to_restore_is_read_before_the_before_restore_copy_rotates(tmp_path, monkeypatch):
    """Attack 32b, F6: chosen by another path to its folder (a bind mount, a share mounted twice), the backup was
    not recognised as the one to spare, and the before-restore copy's rotation deleted it before it was read: the
    restore failed and the backup was gone. It is now read first, whatever happens to its file after."""
    from socialdesk.storage import backups

    store, (backup,) = _shop_keeping(tmp_path, 5, [1])
    store.shop.save(ShopCard(name="Today"))
    make = backups.make_backup

    def rotating_it_away(*args, **kwargs):
        made = make(*args, **kwargs)
        backup.unlink()
        return made
    monkeypatch.setattr(backups, "make_backup", rotating_it_away)
    safety = restore_backup(store, backup, now=datetime(2026, 12, 3, 9))
    assert store.shop.get().name == "Boulangerie du 1"
    assert safety.is_file()
    store.close()


def test_rotation_spares_a_backup_named_by_another_path(tmp_path):
    """Attack 32b, F6: a spared backup is recognised as the same file by any path to it, not by its name alone."""
    from socialdesk.storage.backups import rotate
    from socialdesk.storage.file_key import stored_key

    store, (first, second) = _shop_keeping(tmp_path, 5, [1, 2])
    key = stored_key(store.conn)
    store.close()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    os.link(first, elsewhere / first.name)  # another path to the same file
    assert rotate(store.path, 1, key=key, spare=(elsewhere / first.name,)) == []
    assert first.is_file() and second.is_file()
    assert rotate(store.path, 1, key=key) == [first]  # spared only when asked


def test_a_resize_killed_midway_leaves_no_copy_for_ever(tmp_path, monkeypatch):
    """Attack 32b, F5: a restore killed while it resized a backup of another page size left a whole copy of the
    backup in the temporary folder, never removed. The next resize clears those an hour old (not a fresh one: a
    restore in another window may be resizing right now)."""
    import tempfile

    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    stale, fresh = temp / "socialdesk-restore-killed", temp / "socialdesk-restore-running"
    for folder in (stale, fresh):
        folder.mkdir()
        (folder / "resized.sqlite3").write_bytes(b"a copy of the owner's data")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    store, (backup,) = _shop_keeping(tmp_path, 5, [1])
    with sqlite3.connect(backup, isolation_level=None) as conn:
        conn.execute("PRAGMA page_size=8192")
        conn.execute("VACUUM")
    conn.close()
    restore_backup(store, backup, now=datetime(2026, 12, 3, 9))
    store.close()
    assert not stale.exists() and fresh.is_dir()
    assert sorted(p.name for p in temp.iterdir()) == ["socialdesk-restore-running"]


def test_a_clock_at_the_end_of_year_9999_still_opens_the_file(tmp_path):
    """Attack 32c, F5: within a week of 31 December 9999, "a week after now" overflowed and the open failed with a
    traceback."""
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=datetime(2026, 11, 30, 9))
    store.settings.set("backups_keep", 1)
    store.close()
    for day in (1, 2):
        open_store(path, now=datetime(2026, 12, day, 9)).close()
    open_store(path, now=datetime(9999, 12, 30, 9)).close()
