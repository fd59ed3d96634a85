"""Backups that must not be lost: a restore keeps the chosen folder, a shared folder rotates only this file's own,
and a file moved out of a synced folder still lists the backups it left there."""

from datetime import timedelta

import pytest

from backup_support import WHEN, rules_in, shop_with_rule

from socialdesk.domain.rules.model import Rule
from socialdesk.storage import open_store
from socialdesk.storage.backups import backup_dir_for, list_backups, make_backup
from socialdesk.storage.moved import move_out, moved_to
from socialdesk.storage.restoring import restore_backup


def _shop(folder, rule: str, keep: int = 3):
    return shop_with_rule(folder, rule, keep, "shop.sqlite3")


@pytest.fixture
def chosen(tmp_path):
    folder = tmp_path / "Clé USB" / "Sauvegardes boutique"
    folder.mkdir(parents=True)
    return folder


def test_restoring_a_backup_from_before_the_folder_was_chosen_keeps_the_folder_and_lists_both(tmp_path, chosen):
    shop = _shop(tmp_path / "Boutique", "Répondre aux avis", keep=5)
    before_choice = make_backup(shop.conn, shop.path, WHEN, "daily")
    shop.settings.set("backup_folder", str(chosen))
    in_chosen = make_backup(shop.conn, shop.path, WHEN + timedelta(days=1), "daily")
    safety = restore_backup(shop, before_choice, now=WHEN + timedelta(days=2))
    assert shop.settings.get("backup_folder") == str(chosen)
    after = make_backup(shop.conn, shop.path, WHEN + timedelta(days=3), "daily")
    assert after.parent == chosen and safety.parent == chosen
    assert list_backups(shop.path) == [after, safety, in_chosen, before_choice]
    shop.close()


def test_going_back_to_beside_the_data_file_still_lists_the_chosen_folders_backups(tmp_path, chosen):
    shop = _shop(tmp_path / "Boutique", "Répondre aux avis")
    shop.settings.set("backup_folder", str(chosen))
    in_chosen = make_backup(shop.conn, shop.path, WHEN, "daily")
    shop.settings.set("backup_folder", "")
    beside = make_backup(shop.conn, shop.path, WHEN + timedelta(days=1), "daily")
    assert beside.parent == backup_dir_for(shop.path)
    assert list_backups(shop.path) == [beside, in_chosen]
    shop.close()


def test_two_data_files_sharing_one_backup_folder_each_keep_their_own_backups(tmp_path, chosen):
    shops = {pc: _shop(tmp_path / pc / "SocialDesk", f"écrit sur l'ordinateur {pc}") for pc in "AB"}
    for store in shops.values():
        store.settings.set("backup_folder", str(chosen))
    for day in range(5):
        for minute, store in enumerate(shops.values()):
            make_backup(store.conn, store.path, WHEN + timedelta(days=day, minutes=minute), "daily")
    for pc, store in shops.items():
        listed = list_backups(store.path)
        assert len(listed) == 3 and all(b.parent == chosen for b in listed)
        assert all(rules_in(b) == [f"écrit sur l'ordinateur {pc}"] for b in listed)
        store.close()
    assert len(list(chosen.glob("*.sqlite3"))) == 6


def test_old_names_in_a_shared_folder_are_listed_restorable_and_never_rotated(tmp_path, chosen):
    shop = _shop(tmp_path / "Boutique", "Répondre aux avis", keep=2)
    old_name = chosen / "shop-20261120-090000-daily.sqlite3"  # written before names carried the file's identity
    make_backup(shop.conn, shop.path, WHEN - timedelta(days=20), "daily").rename(old_name)
    shop.settings.set("backup_folder", str(chosen))
    for day in range(4):
        make_backup(shop.conn, shop.path, WHEN + timedelta(days=day), "daily")
    assert old_name.is_file() and list_backups(shop.path)[-1] == old_name and len(list_backups(shop.path)) == 3
    shop.rules.add(Rule(text="Nouvelle règle"), WHEN.date())
    restore_backup(shop, old_name, now=WHEN + timedelta(days=5))
    assert rules_in(shop.path) == ["Répondre aux avis"]
    shop.close()


def test_after_a_move_out_the_backups_left_in_the_synced_folder_are_listed_and_kept(tmp_path):
    synced = tmp_path / "Dropbox" / "Boutique"
    old = _shop(synced, "Répondre aux avis", keep=1)
    left_there = make_backup(old.conn, old.path, WHEN, "daily")
    old.close()
    left_there.chmod(0o644)  # as the other computer sharing the synced folder may have left it
    new = tmp_path / "Local" / "SocialDesk" / "shop.sqlite3"
    move_out(synced / "shop.sqlite3", new, synced / "SocialDesk backups")
    moved = open_store(new, now=WHEN + timedelta(days=1))
    for day in range(2, 5):
        make_backup(moved.conn, moved.path, WHEN + timedelta(days=day), "daily")
    listed = list_backups(moved.path)
    assert listed[-1] == left_there and left_there.is_file() and len(listed) == 2
    assert rules_in(listed[-1]) == ["Répondre aux avis"]
    assert left_there.stat().st_mode & 0o777 == 0o644  # listed, never touched
    restore_backup(moved, left_there, now=WHEN + timedelta(days=5))  # from before the move: the move stays made
    assert moved.settings.get("backup_folder") == str(synced / "SocialDesk backups")
    assert moved_to(synced / "shop.sqlite3") == new and left_there.is_file()
    moved.close()
