"""The backup folder the owner chooses: backups go there, are found there (even with the data file damaged),
rotate there, and a folder that is gone sends the backup beside the data file instead of losing it."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.domain.settings import checked
from socialdesk.storage import open_store
from socialdesk.storage.backup_folder import file_id
from socialdesk.storage.backup_names import backup_name
from socialdesk.storage.backups import backup_dir_for, list_backups, make_backup, skipped_folder

WHEN = datetime(2026, 12, 3, 9, 0)


def _rules_in(backup) -> list[str]:
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)  # read by sqlite3 itself, not our storage
    try:
        return [row[0] for row in conn.execute("SELECT text FROM rules")]
    finally:
        conn.close()


@pytest.fixture
def shop(tmp_path):
    path = tmp_path / "Boutique" / "shop.sqlite3"
    path.parent.mkdir()
    store = open_store(path, now=WHEN)
    store.rules.add(Rule(text="Répondre aux avis"), WHEN.date())
    yield store
    store.close()


def test_a_backup_goes_into_the_chosen_folder_and_is_found_there_even_when_the_file_is_damaged(shop, tmp_path):
    chosen = tmp_path / "Élodie Dupré" / "OneDrive" / "SocialDesk backups"
    chosen.mkdir(parents=True)
    shop.settings.set("backup_folder", str(chosen))
    backup = make_backup(shop.conn, shop.path, WHEN, "manual")
    assert backup.parent == chosen and skipped_folder(shop.conn, backup) is None
    assert "Répondre aux avis" in _rules_in(backup)
    assert not list(backup_dir_for(shop.path).glob("*-*.sqlite3"))  # nothing beside the data file
    path = shop.path
    shop.close()
    path.write_bytes(b"not a database any more")
    assert list_backups(path) == [backup]  # the restore dialog still finds it


def test_a_chosen_folder_that_is_gone_sends_the_backup_beside_the_data_file(shop, tmp_path):
    unplugged = tmp_path / "USB stick" / "backups"
    shop.settings.set("backup_folder", str(unplugged))
    backup = make_backup(shop.conn, shop.path, WHEN, "daily")
    assert backup.parent == backup_dir_for(shop.path)
    assert skipped_folder(shop.conn, backup) == unplugged
    assert "Répondre aux avis" in _rules_in(backup)
    assert not unplugged.exists()  # never made on this disk in its place


def test_a_chosen_folder_that_refuses_the_copy_sends_the_backup_beside_the_data_file(shop, tmp_path):
    locked = tmp_path / "refuses"
    locked.mkdir()
    shop.settings.set("backup_folder", str(locked))
    mine = file_id(backup_dir_for(shop.path), shop.path, create=True)  # the name the copy takes there
    # SQLite cannot make the copy's journal there (a folder in its way): refused, even as root
    (locked / backup_name(shop.path, WHEN, "manual", mine)).with_suffix(".partial-journal").mkdir()
    backup = make_backup(shop.conn, shop.path, WHEN, "manual")
    assert "Répondre aux avis" in _rules_in(backup)
    assert backup.parent == backup_dir_for(shop.path) and skipped_folder(shop.conn, backup) == locked


def test_rotation_counts_the_backups_in_both_folders(shop, tmp_path):
    shop.settings.set("backups_keep", 3)
    beside = [make_backup(shop.conn, shop.path, WHEN + timedelta(days=i), "daily") for i in range(2)]
    chosen = tmp_path / "Dropbox" / "backups"
    chosen.mkdir(parents=True)
    shop.settings.set("backup_folder", str(chosen))
    elsewhere = [make_backup(shop.conn, shop.path, WHEN + timedelta(days=i), "daily") for i in range(2, 5)]
    assert list_backups(shop.path) == elsewhere[::-1]
    assert not any(p.exists() for p in beside)


@pytest.mark.parametrize("value", ["relative/folder", 3, None, "/tmp/\0x", "/" + "a" * 5000])
def test_a_backup_folder_that_is_not_an_absolute_name_reads_as_beside_the_data_file(value):
    assert checked("backup_folder", value) == ""
