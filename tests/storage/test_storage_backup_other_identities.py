"""Backups kept apart from others': other identities listed never rotated, the chosen folder kept and found, copies in progress spared."""

import json
import os
import shutil
import sqlite3
import time
from datetime import timedelta

from backup_support import WHEN, rules_in, shop_with_rule

from socialdesk.storage import backup_folder, open_store
from socialdesk.storage.backups import backup_dir_for, list_backups, make_backup
from socialdesk.storage.restoring import restore_in_place


def _shop(folder, rule: str, keep: int = 2):
    return shop_with_rule(folder, rule, keep, "fleurs.sqlite3")


def test_the_default_folder_never_rotates_another_computers_backups(tmp_path):
    pc1 = _shop(tmp_path / "OneDrive" / "Documents", "écrit sur le PC 1")
    shared = backup_dir_for(pc1.path)  # pc1's own `backups/`, which pc2 chose in Preferences
    shared.mkdir()
    pc2 = _shop(tmp_path / "pc2", "écrit sur le PC 2", keep=5)
    pc2.settings.set("backup_folder", str(shared))
    theirs = [make_backup(pc2.conn, pc2.path, WHEN + timedelta(minutes=m), "manual") for m in range(3)]
    for day in range(1, 4):
        make_backup(pc1.conn, pc1.path, WHEN + timedelta(days=day), "daily")
    assert all(b.is_file() and rules_in(b) == ["écrit sur le PC 2"] for b in theirs)
    assert set(theirs) <= set(list_backups(pc1.path))  # listed, never rotated
    pc1.close()
    pc2.close()


def test_deleting_the_empty_looking_local_backups_folder_keeps_the_chosen_folders_backups_listed(tmp_path):
    chosen = tmp_path / "OneDrive" / "SocialDesk backups"
    chosen.mkdir(parents=True)
    shop = _shop(tmp_path / "Boutique", "Répondre aux avis", keep=5)
    shop.settings.set("backup_folder", str(chosen))
    made = [make_backup(shop.conn, shop.path, WHEN + timedelta(days=d), "daily") for d in range(3)]
    shutil.rmtree(backup_dir_for(shop.path))  # only hidden files in it: a file manager shows it empty
    assert list_backups(shop.path) == made[::-1]
    newer = [make_backup(shop.conn, shop.path, WHEN + timedelta(days=d), "daily") for d in range(3, 6)]
    assert list_backups(shop.path) == (made + newer)[::-1] and all(b.is_file() for b in made)
    shop.close()


def test_restoring_a_damaged_file_at_start_keeps_sending_backups_to_the_chosen_folder(tmp_path):
    chosen = tmp_path / "OneDrive" / "SocialDesk backups"
    chosen.mkdir(parents=True)
    shop = _shop(tmp_path / "Boutique", "Répondre aux avis", keep=5)
    before_choice = make_backup(shop.conn, shop.path, WHEN, "daily")  # the only copy listed later
    shop.settings.set("backup_folder", str(chosen))
    make_backup(shop.conn, shop.path, WHEN + timedelta(days=1), "daily")
    path = shop.path
    shop.close()
    path.write_bytes(b"\0" * 4096)  # damaged: refused at start, restored from the list
    restored, aside = restore_in_place(path, before_choice, now=WHEN + timedelta(days=2))
    after = make_backup(restored.conn, restored.path, WHEN + timedelta(days=3), "daily")
    assert after.parent == chosen and rules_in(after) == ["Répondre aux avis"]
    restored.close()


def _copy_in_progress(folder, name: str, shop) -> list:
    """A `.partial` copy as SQLite leaves it mid-write, with its `-journal`."""
    partial = folder / name
    conn = sqlite3.connect(partial)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("CREATE TABLE rules (text TEXT)")
    conn.commit()
    conn.close()
    journal = folder / f"{name}-journal"
    journal.write_bytes(b"\0" * 512)
    return [partial, journal]


def test_a_backup_without_the_lock_leaves_a_copy_in_progress_alone_and_clears_a_crashs_leftovers(tmp_path):
    shop = _shop(tmp_path / "Boutique", "Répondre aux avis")
    folder = backup_dir_for(shop.path)
    folder.mkdir()
    writing_now = _copy_in_progress(folder, "fleurs-20261203-085900-daily.partial", shop)  # the window's, right now
    crashed = _copy_in_progress(folder, "fleurs-20261130-090000-manual.partial", shop)  # kill -9 three days ago
    orphan = folder / "fleurs-20261129-090000-manual.partial-journal"  # its copy removed by an older version
    orphan.write_bytes(b"\0" * 512)
    for leftover in [*crashed, orphan]:
        os.utime(leftover, (time.time() - 7200, time.time() - 7200))
    make_backup(shop.conn, shop.path, WHEN, "manual")
    assert all(p.is_file() for p in writing_now)
    assert sqlite3.connect(f"file:{writing_now[0]}?mode=ro", uri=True).execute(
        "PRAGMA quick_check").fetchone()[0] == "ok"
    assert not any(p.exists() for p in [*crashed, orphan])
    shop.close()


def test_a_laptop_set_up_from_a_copied_data_folder_never_rotates_the_first_ones_backups(tmp_path, monkeypatch):
    shared = tmp_path / "Dropbox" / "SocialDesk backups"
    shared.mkdir(parents=True)
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "pc1-machine-id", raising=False)
    pc1 = _shop(tmp_path / "pc1" / "SocialDesk", "écrit sur le PC 1")
    pc1.settings.set("backup_folder", str(shared))
    theirs = [make_backup(pc1.conn, pc1.path, WHEN + timedelta(days=d), "daily") for d in range(2)]
    pc1.close()
    shutil.copytree(tmp_path / "pc1", tmp_path / "pc2")  # backups/.fleurs.sqlite3.backup-id comes along
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "pc2-machine-id", raising=False)
    pc2 = open_store(tmp_path / "pc2" / "SocialDesk" / "fleurs.sqlite3", now=WHEN)
    for day in range(2, 6):
        make_backup(pc2.conn, pc2.path, WHEN + timedelta(days=day), "daily")
    assert all(b.is_file() and rules_in(b) == ["écrit sur le PC 1"] for b in theirs)
    assert len(list(shared.glob("*.sqlite3"))) == 4
    pc2.close()


def test_two_computers_sharing_a_synced_folder_never_rewrite_the_same_row_count_file(tmp_path):
    shared = tmp_path / "Dropbox" / "SocialDesk backups"
    shared.mkdir(parents=True)
    shops = {pc: _shop(tmp_path / pc / "SocialDesk", f"écrit sur le PC {pc}") for pc in ("1", "2")}
    for store in shops.values():
        store.settings.set("backup_folder", str(shared))
    for day in range(4):
        for minute, store in enumerate(shops.values()):
            make_backup(store.conn, store.path, WHEN + timedelta(days=day, minutes=minute), "daily")
    caches = sorted(p.name for p in shared.iterdir() if p.name.startswith(".backup-rows"))
    assert len(caches) == 2 and not (shared / ".backup-rows.json").exists()  # a sync service would make conflict copies
    for cache in caches:
        names = json.loads((shared / cache).read_text(encoding="utf-8"))
        assert len({name.split("-")[0] for name in names}) == 1  # one computer's backups in each
    for store in shops.values():
        store.close()


def _new_shop_in_a_copied_folder(tmp_path, monkeypatch, keep: int = 2):
    """pc1's shop backs up to a shared folder; a second shop on the same computer is set up by copying pc1's
    folder (its `backups/.fleurs.sqlite3.backup-id` comes along) and starting a new data file there."""
    shared = tmp_path / "Dropbox" / "SocialDesk backups"
    shared.mkdir(parents=True)
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "pc1-machine-id", raising=False)
    first = _shop(tmp_path / "first" / "SocialDesk", "la première boutique", keep=keep)
    first.settings.set("backup_folder", str(shared))
    theirs = [make_backup(first.conn, first.path, WHEN + timedelta(days=d), "daily") for d in range(keep)]
    first.close()
    shutil.copytree(tmp_path / "first", tmp_path / "second")
    for old in (tmp_path / "second" / "SocialDesk").glob("fleurs.sqlite3*"):
        old.unlink()
    open_store(tmp_path / "second" / "SocialDesk" / "fleurs.sqlite3", now=WHEN, replace_missing=True).close()
    second = _shop(tmp_path / "second" / "SocialDesk", "la deuxième boutique", keep=keep)  # a new file: a new key
    second.settings.set("backup_folder", str(shared))
    return first.path, theirs, second


def test_a_shop_set_up_in_a_copied_folder_never_rotates_the_first_shops_backups(tmp_path, monkeypatch):
    _first, theirs, second = _new_shop_in_a_copied_folder(tmp_path, monkeypatch)
    mine = [make_backup(second.conn, second.path, WHEN + timedelta(days=10 + d), "daily") for d in range(4)]
    assert all(b.is_file() and rules_in(b) == ["la première boutique"] for b in theirs)
    assert [b for b in mine if b.is_file()] == mine[-2:]  # its own still rotated to the two it keeps
    second.close()


def test_a_shop_set_up_in_a_copied_folder_still_makes_its_own_daily_backup(tmp_path, monkeypatch):
    """The first shop's backup of the day is not the second's: the second makes its own when opened."""
    _first, theirs, second = _new_shop_in_a_copied_folder(tmp_path, monkeypatch)
    path = second.path
    second.close()
    day = theirs[-1].name.split("-")[1]
    reopened = open_store(path, now=WHEN + timedelta(days=1, hours=2))
    reopened.close()
    made = [b for b in (tmp_path / "Dropbox" / "SocialDesk backups").glob(f"*{day}*daily*.sqlite3")
            if rules_in(b) == ["la deuxième boutique"]]
    assert len(made) == 1
