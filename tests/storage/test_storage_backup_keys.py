"""A backup's name is not proof of whose it is: every backup counted, rotated, offered or restored in one click
carries the data file's key (beside the file too). Found by the stop-29 attack, one test each."""

import json
import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.backups import backed_up_today, make_backup, sure_backups
from socialdesk.storage.file_key import key_of
from socialdesk.storage.opening import start_fresh
from socialdesk.storage.restoring import restore_backup
from socialdesk.storage.restore_list import restore_list
from tests.old_files import before_keys

WHEN = datetime(2026, 12, 1, 9, 0)


def _shop(path, keep: int = 2):
    path.parent.mkdir(parents=True, exist_ok=True)
    store = open_store(path, now=WHEN - timedelta(days=30))
    store.settings.set("backups_keep", keep)
    return store


def _identities(backups) -> set[str]:
    return {b.name.split("+")[1][:10] for b in backups}


def _backing_up_to_shared(tmp_path, path, keep: int = 2):
    """A shop at `path` whose backups go to a shared folder (Dropbox): (the folder, the open shop)."""
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    shared.mkdir(parents=True, exist_ok=True)
    store = _shop(path, keep)
    store.settings.set("backup_folder", str(shared))
    return shared, store


def _damage(path) -> None:
    with open(path, "r+b") as damaged:
        damaged.write(b"garbage garbage garbage garbage ")  # its header overwritten


def _backups(store, days) -> list:
    return [make_backup(store.conn, store.path, WHEN + timedelta(days=d), "manual") for d in days]


def test_a_backup_copied_out_and_used_as_a_data_file_keeps_its_own_backups(tmp_path):
    """`shop-20261201-090000-manual.sqlite3` beside `shop.sqlite3`: its backups' names start like shop's."""
    shop = _shop(tmp_path / "shop.sqlite3")
    first = _backups(shop, [0])[0]
    copy = tmp_path / first.name
    shutil.copy2(first, copy)
    with sqlite3.connect(copy) as conn:  # another data file from now on: its own key (as a new file would have)
        conn.execute("UPDATE settings SET value = ? WHERE key = 'file_key'", (json.dumps("f" * 32),))
    conn.close()
    other = _shop(copy)
    theirs = _backups(other, [1, 2])
    _backups(shop, [3, 4, 5])
    assert all(b.is_file() for b in theirs)
    assert not set(theirs) & set(restore_list(shop.path).backups)
    assert not backed_up_today(shop.path, WHEN + timedelta(days=2), key=key_of(shop.path, live=True))
    other.close()
    shop.close()


def test_shop_db_and_shop_sqlite3_in_one_folder_keep_their_backups_apart(tmp_path):
    one, two = _shop(tmp_path / "shop.sqlite3"), _shop(tmp_path / "shop.db")
    mine = _backups(one, [0, 1])
    _backups(two, [2, 3, 4])
    assert all(b.is_file() for b in mine)
    listed = restore_list(one.path)
    assert set(listed.backups) == set(mine) and all(listed.sure(b) for b in mine)
    two.close()
    one.close()


def _copied_folder(tmp_path):
    """The baker backs up beside the file, then to a shared folder; the florist sets up by copying the baker's
    folder (its backups and identity come along) and starting a new file in it, backing up to the same folder."""
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    shared.mkdir(parents=True)
    baker = _shop(tmp_path / "baker" / "shop.sqlite3")
    copied_beside = _backups(baker, [0])
    baker.settings.set("backup_folder", str(shared))
    _backups(baker, [1])
    baker.close()
    shutil.copytree(tmp_path / "baker", tmp_path / "florist")
    for old in (tmp_path / "florist").glob("shop.sqlite3*"):
        old.unlink()
    florist_path = tmp_path / "florist" / "shop.sqlite3"
    open_store(florist_path, now=WHEN, replace_missing=True).close()
    florist = _shop(florist_path)
    florist.settings.set("backup_folder", str(shared))
    return tmp_path / "baker" / "shop.sqlite3", florist, shared, copied_beside[0]


def test_a_copied_folders_backups_are_not_offered_as_the_new_shops(tmp_path):
    baker_path, florist, shared, copied = _copied_folder(tmp_path)
    _backups(florist, [2])
    offered = restore_list(florist.path).backups
    florists_copy_of_it = florist.path.parent / "backups" / copied.name
    assert florists_copy_of_it not in offered
    assert all(key_of(b) == key_of(florist.path, live=True) for b in offered)
    florist.close()


def test_restoring_another_files_backup_keeps_this_files_key(tmp_path):
    """Else the next backups would take the other shop's backups in the shared folder for their own."""
    baker_path, florist, shared, copied = _copied_folder(tmp_path)
    key = key_of(florist.path, live=True)
    restore_backup(florist, florist.path.parent / "backups" / copied.name, now=WHEN + timedelta(days=2))
    assert key_of(florist.path, live=True) == key
    bakers = [b for b in shared.iterdir() if b.suffix == ".sqlite3" and key_of(b) == key_of(baker_path)]
    _backups(florist, [3, 4, 5])
    assert all(b.is_file() for b in bakers)
    florist.close()


@pytest.mark.parametrize("noted", [True, False])  # False: this computer's note of the keys lost (state reset)
def test_the_one_click_restore_of_a_damaged_file_never_takes_the_copied_folders_shop(tmp_path, noted):
    baker_path, florist, shared, copied = _copied_folder(tmp_path)
    own = _backups(florist, [2])[0]
    florist.close()
    baker = open_store(baker_path, now=WHEN + timedelta(days=3))
    _backups(baker, [3])  # the baker's newest, same name and identity as the florist's
    baker.close()
    _damage(florist.path)
    if not noted:
        from socialdesk.storage.known_keys import _record_path

        _record_path().unlink()
    assert sure_backups(florist.path)[0] == own


def test_a_keyless_backup_in_a_chosen_folder_is_never_sure_even_with_this_identity(tmp_path):
    baker_path, florist, shared, copied = _copied_folder(tmp_path)
    _backups(florist, [2])
    bakers = next(b for b in shared.iterdir() if b.suffix == ".sqlite3" and key_of(b) == key_of(baker_path))
    with sqlite3.connect(bakers) as conn:  # as made before keys
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
    conn.close()
    listed = restore_list(florist.path)
    assert bakers in listed.backups and not listed.sure(bakers)
    florist.close()


def test_a_damaged_file_named_like_todays_backup_is_neither_the_daily_nor_kept(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3")
    good = _backups(shop, [0, 1])
    junk = good[0].with_name("shop-20261204-000100-daily.sqlite3")
    junk.write_bytes(b"\0" * 4096)
    key = key_of(shop.path, live=True)
    assert not backed_up_today(shop.path, datetime(2026, 12, 4, 12), key=key)
    newer = _backups(shop, [3])
    assert good[1].is_file() and newer[0].is_file() and junk.is_file()  # two good ones kept; the junk not counted
    shop.close()


def test_a_file_started_afresh_keeps_its_backups_as_its_own(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3")
    made = _backups(shop, [0])
    key = key_of(shop.path, live=True)
    shop.close()
    _damage(shop.path)
    fresh, aside = start_fresh(shop.path, now=WHEN + timedelta(days=2))
    assert aside is not None and key_of(fresh.path, live=True) == key
    assert set(made) <= set(restore_list(fresh.path).backups)
    fresh.close()


def test_a_shared_folder_reached_by_two_names_keeps_as_many_backups_as_asked(tmp_path):
    """macOS's ~/Dropbox is a link to ~/Library/CloudStorage/Dropbox: the owner may choose the folder both ways."""
    real = tmp_path / "CloudStorage" / "Dropbox" / "ShopBackups"
    real.mkdir(parents=True)
    (tmp_path / "Dropbox").symlink_to(tmp_path / "CloudStorage" / "Dropbox")
    shop = _shop(tmp_path / "shop" / "shop.sqlite3", keep=3)
    shop.settings.set("backup_folder", str(tmp_path / "Dropbox" / "ShopBackups"))
    _backups(shop, [0, 1, 2])
    shop.settings.set("backup_folder", str(real))
    _backups(shop, [3])
    kept = sorted(p.name for p in real.glob("*.sqlite3"))
    assert len(kept) == 3, kept
    listed = restore_list(shop.path).backups
    assert len(listed) == len(set(p.resolve() for p in listed))
    shop.close()


def test_a_chosen_folder_whose_name_ends_in_a_space_is_remembered_after_another_is_chosen(tmp_path):
    odd, new = tmp_path / "Shop backups ", tmp_path / "new"
    odd.mkdir()
    new.mkdir()
    shop = _shop(tmp_path / "shop" / "shop.sqlite3")
    shop.settings.set("backup_folder", str(odd))
    first = _backups(shop, [0])[0]
    shop.settings.set("backup_folder", str(new))
    _backups(shop, [1])
    assert first.parent == odd and first in restore_list(shop.path).backups
    shop.close()


def test_a_folder_name_with_a_line_break_is_not_a_backup_folder():
    from socialdesk.domain.settings import checked

    assert checked("backup_folder", "/home/fleurs/Shop\nbackups") == ""


def test_a_laptop_and_a_desktop_sharing_the_data_folder_each_keep_their_identity(tmp_path, monkeypatch):
    """The identity file beside the data file is synced too: each computer adds its own, neither replaces the other's
    (else each open made a new identity, a daily backup at every open, nothing ever rotated)."""
    from socialdesk.storage import backup_folder

    shared = tmp_path / "Dropbox" / "shop-backups"
    shared.mkdir(parents=True)
    shop = _shop(tmp_path / "Dropbox" / "shop" / "shop.sqlite3")
    shop.settings.set("backup_folder", str(shared))
    path = shop.path
    shop.close()
    names = {}
    for day in range(4):
        for computer in ("laptop", "desktop"):
            monkeypatch.setattr(backup_folder, "this_computer", lambda c=computer: f"{c}-token")
            store = open_store(path, now=WHEN + timedelta(days=day, hours=computer == "desktop"))
            made = make_backup(store.conn, store.path, WHEN + timedelta(days=day, hours=2), "manual")
            store.close()
            names.setdefault(computer, set()).add(made.name.split("+")[1][:10])
    assert len(names["laptop"]) == 1 and len(names["desktop"]) == 1 and names["laptop"] != names["desktop"]
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "laptop-token")
    listed = restore_list(path)
    laptops = [b for b in listed.backups if names["laptop"].issubset({b.name.split("+")[-1][:10]})]
    assert laptops and all(listed.sure(b) for b in laptops)
    assert len([b for b in shared.glob("*.sqlite3") if b in laptops]) <= 2 + 1  # rotated to the two kept (+ fuller)


def test_an_empty_file_named_like_a_newer_backup_is_not_offered(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3")
    good = _backups(shop, [0])[0]
    empty = good.with_name("shop-20291231-235959-manual.sqlite3")  # newer than all: it would be preselected
    empty.write_bytes(b"")
    listed = restore_list(shop.path).backups
    assert good in listed and empty not in listed
    shop.close()


def test_restoring_an_old_backup_keeps_the_count_of_backups_the_owner_keeps_now(tmp_path):
    """A backup made when two were kept: restoring it must not make the next backup delete eight of ten."""
    shop = _shop(tmp_path / "shop.sqlite3", keep=2)
    old = _backups(shop, [0])[0]
    shop.settings.set("backups_keep", 10)
    made = _backups(shop, range(1, 9))
    restore_backup(shop, old, now=WHEN + timedelta(days=9))
    assert shop.settings.get("backups_keep") == 10
    newest = _backups(shop, [10])
    kept = sorted((tmp_path / "backups").glob("*.sqlite3"))
    history = [path for path in kept if "before-restore" not in path.name]  # the restore's copy: on top (41b, H1)
    assert len(history) == 10 and len(kept) == 11 and set(made) | set(newest) <= set(kept)
    shop.close()


def test_a_backup_copied_out_with_its_key_keeps_its_own_backups_too(tmp_path):
    """The copy carries the same key (it is a copy): the names alone tell, a reason never holds a second stamp."""
    shop = _shop(tmp_path / "shop.sqlite3")
    first = _backups(shop, [0])[0]
    copy = tmp_path / first.name
    shutil.copy2(first, copy)
    other = _shop(copy)
    theirs = _backups(other, [1, 2])
    mine = _backups(shop, [3, 4, 5])
    assert all(b.is_file() for b in theirs) and not set(theirs) & set(restore_list(shop.path).backups)
    assert not backed_up_today(shop.path, WHEN + timedelta(days=2), key=key_of(shop.path, live=True))
    assert set(mine[-2:]) <= set(restore_list(shop.path).backups)
    other.close()
    shop.close()


def test_an_identity_file_touched_by_an_editor_keeps_its_identities(tmp_path, monkeypatch):
    """A byte-order mark, a stray first line, CRLF: each computer's identity is still read, none replaced."""
    from socialdesk.storage import backup_folder

    shop = _shop(tmp_path / "shop.sqlite3")
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    ids = folder / ".shop.sqlite3.backup-id"
    ids.write_bytes("\ufeffnotes: do not touch\r\n\r\n0123456789\r\n" .encode() + b"a" * 16 + b"\r\n"
                    + b"abcdef0123\r\n" + b"b" * 16 + b"\r\n")
    for token, value in (("a" * 16, "0123456789"), ("b" * 16, "abcdef0123")):
        monkeypatch.setattr(backup_folder, "this_computer", lambda t=token: t)
        assert backup_folder.file_id(folder, shop.path, create=True) == value
    assert b"0123456789" in ids.read_bytes() and b"abcdef0123" in ids.read_bytes()
    shop.close()


def test_a_second_shop_made_by_copying_the_whole_folder_never_rotates_the_firsts_backups(tmp_path):
    """Data file and all, on the same computer: the key is the same (a copy), the place is not."""
    shared, centre = _backing_up_to_shared(tmp_path, tmp_path / "centre" / "shop.sqlite3")
    theirs = _backups(centre, [0, 1])
    centre.close()
    shutil.copytree(tmp_path / "centre", tmp_path / "gare")
    gare = open_store(tmp_path / "gare" / "shop.sqlite3", now=WHEN + timedelta(days=2))
    mine = _backups(gare, [3, 4, 5])
    assert all(b.is_file() for b in theirs)
    assert _identities(mine).isdisjoint(_identities(theirs))
    listed = restore_list(centre.path)
    assert not any(listed.sure(b) for b in mine if b in listed.backups)
    gare.close()


def test_a_shop_from_before_keys_copied_to_start_another_never_takes_its_backups(tmp_path):
    """The baker's backups beside the file carry no key; the florist's new file was made with one: they are not
    the florist's (not rotated, not counted, offered only with a doubt)."""
    baker = _shop(tmp_path / "baker" / "shop.sqlite3", keep=5)
    bakers = _backups(baker, [0, 1, 2])
    baker.close()
    for backup in bakers:
        before_keys(backup)
    shutil.copytree(tmp_path / "baker", tmp_path / "florist")
    florist_path = tmp_path / "florist" / "shop.sqlite3"
    for old in florist_path.parent.glob("shop.sqlite3*"):
        old.unlink()
    open_store(florist_path, now=WHEN, replace_missing=True).close()
    florist = _shop(florist_path, keep=2)
    copies = [florist_path.parent / "backups" / b.name for b in bakers]
    listed = restore_list(florist.path)
    assert all(c in listed.backups and not listed.sure(c) for c in copies)
    _backups(florist, [5, 6, 7])
    assert all(c.is_file() for c in copies)
    florist.close()


def test_a_shop_from_before_keys_keeps_its_keyless_backups_as_its_own(tmp_path):
    shop = _shop(tmp_path / "shop.sqlite3", keep=2)
    made = _backups(shop, [0, 1])
    shop.close()
    for each in [*made, tmp_path / "shop.sqlite3"]:
        before_keys(each)
    store = open_store(tmp_path / "shop.sqlite3", now=WHEN + timedelta(days=5))  # upgraded: a key from now on
    listed = restore_list(store.path)
    assert all(listed.sure(b) for b in made)
    _backups(store, [6, 7])
    assert not any(b.is_file() for b in made)  # its own: rotated as ever
    store.close()


def test_a_data_folder_moved_by_hand_keeps_its_identity_in_the_shared_folder(tmp_path):
    """The identity is bound to the file's place; the place it was bound to has no data file any more (moved by
    hand, or a stick mounted under another name): it is this file's, moved, and its backups stay its own."""
    shared, shop = _backing_up_to_shared(tmp_path, tmp_path / "Desktop" / "shop" / "shop.sqlite3")
    before = _backups(shop, [0, 1])
    shop.close()
    (tmp_path / "Documents").mkdir()
    moved = (tmp_path / "Desktop" / "shop").rename(tmp_path / "Documents" / "shop") / "shop.sqlite3"
    store = open_store(moved, now=WHEN + timedelta(days=2))
    after = _backups(store, [3, 4])
    assert _identities(before) == _identities(after)
    assert not any(b.is_file() for b in before)  # its own: rotated to the two it keeps
    listed = restore_list(moved)
    assert all(listed.sure(b) for b in after)
    store.close()


@pytest.mark.parametrize("chosen", [False, True])
def test_a_file_started_afresh_without_a_note_of_its_key_keeps_its_backups_and_their_folder(tmp_path, chosen):
    """This computer's state reset (or unwritable): its newest backup (beside it, or in the folder it chose,
    carrying its identity) tells its key; the fresh file keeps the folder too."""
    from socialdesk.storage.known_keys import _record_path

    path = tmp_path / "shop" / "shop.sqlite3"
    shared, shop = _backing_up_to_shared(tmp_path, path) if chosen else (None, _shop(path))
    made = _backups(shop, [0, 1])
    shop.close()
    _record_path().unlink()
    _damage(path)
    fresh, _aside = start_fresh(path, now=WHEN + timedelta(days=2))
    assert fresh.settings.get("backup_folder") == (str(shared) if chosen else "")
    assert set(made) <= set(restore_list(fresh.path).backups)
    fresh.close()


def test_two_runs_making_the_first_identity_at_once_both_take_the_same(tmp_path, monkeypatch):
    """The other run made the identity file between this run's look and its write: this run takes that one."""
    from socialdesk.storage import backup_folder

    shop = _shop(tmp_path / "shop.sqlite3")
    folder = tmp_path / "backups"
    folder.mkdir(exist_ok=True)
    theirs = backup_folder.file_id(folder, shop.path, create=True)  # the other run's, already written
    real_read, looks = backup_folder._read_ids, []

    def late_look(path):
        looks.append(path)
        return [] if len(looks) == 1 else real_read(path)  # this run looked before the other one wrote

    monkeypatch.setattr(backup_folder, "_read_ids", late_look)
    assert backup_folder.file_id(folder, shop.path, create=True) == theirs
    assert [v for v, _t, _p in real_read(folder / ".shop.sqlite3.backup-id")] == [theirs]
    shop.close()


def test_the_day_a_shop_from_before_keys_is_upgraded_its_backup_in_a_chosen_folder_is_sure(tmp_path):
    """E11: the upgrade's backup went to the shared folder without a key, so a file damaged that same day had no
    one-click restore and Restore called every backup "perhaps another data file's". The file now gets its key
    just before that backup is made: the backup carries it (read by sqlite3 itself), the upgrade keeps it."""
    shared, shop = _backing_up_to_shared(tmp_path, tmp_path / "shop" / "shop.sqlite3", keep=5)
    older = _backups(shop, [0, 1])
    shop.close()
    for each in [*older, shop.path]:
        before_keys(each)
    store = open_store(shop.path, now=WHEN + timedelta(days=5))
    store.close()
    upgrade = next(shared.glob("*-before-upgrade.sqlite3"))
    with sqlite3.connect(f"{upgrade.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        carried = json.loads(conn.execute("SELECT value FROM settings WHERE key = 'file_key'").fetchone()[0])
        assert conn.execute("SELECT 1 FROM _sqlite_migrations WHERE name = '0018_file_key'").fetchone() is None
    conn.close()
    with sqlite3.connect(shop.path) as conn:
        assert json.loads(conn.execute("SELECT value FROM settings WHERE key = 'file_key'").fetchone()[0]) == carried
    conn.close()
    _damage(shop.path)
    assert sure_backups(shop.path) == [upgrade]  # the one-click restore has it
    listed = restore_list(shop.path)
    assert listed.sure(upgrade)
    assert all(b in listed.backups and not listed.sure(b) for b in older)  # keyless in a shared folder: a doubt


def test_an_upgrade_cut_short_after_the_key_was_given_keeps_that_key(tmp_path):
    """Killed between the key and the upgrade's backup: the next open keeps the key given, in the backup and after."""
    shop = _shop(tmp_path / "shop.sqlite3")
    shop.close()
    before_keys(shop.path)
    with sqlite3.connect(shop.path) as conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('file_key', ?)", (json.dumps("c" * 32),))
    conn.close()
    open_store(shop.path, now=WHEN + timedelta(days=5)).close()
    upgrade = next((tmp_path / "backups").glob("*-before-upgrade.sqlite3"))
    assert key_of(upgrade) == key_of(shop.path) == "c" * 32


def _put_back_later(tmp_path, keep: int, days, keep_since: int | None = None):
    """A shop's copy from before keys kept aside (it keeps `keep`), backups made on `days` since (keeping
    `keep_since`), then the copy put back by hand over the data file: (the data file's path, those backups)."""
    shop = _shop(tmp_path / "shop.sqlite3", keep=keep)
    shop.close()
    old_copy = tmp_path / "usb" / "shop.sqlite3"
    old_copy.parent.mkdir()
    shutil.copy2(shop.path, old_copy)
    before_keys(old_copy)
    store = open_store(shop.path, now=WHEN)
    if keep_since is not None:
        store.settings.set("backups_keep", keep_since)
    since = _backups(store, days)
    store.close()
    shutil.copy2(old_copy, shop.path)  # put back by hand
    return shop.path, since


def test_an_older_copy_put_back_by_hand_still_offers_the_backups_made_since(tmp_path):
    """Attack 30, #2: the owner put back, by hand, a copy from before keys; its upgrade gave it a new key, and every
    backup made since that copy (the old key) vanished from Restore. They are offered again, saying whose they
    are, never chosen for the owner and never rotated: another shop's file put at this path must not delete them."""
    path, since = _put_back_later(tmp_path, 2, [0, 1])
    store = open_store(path, now=WHEN + timedelta(days=3))
    assert key_of(store.path) != key_of(since[0])
    listed = restore_list(store.path)
    assert all(b in listed.backups and b in listed.file_before and not listed.sure(b) for b in since)
    upgrade = next((tmp_path / "backups").glob("*-before-upgrade.sqlite3"))
    assert listed.sure(upgrade)
    _backups(store, [4, 5, 6])
    assert all(b.is_file() for b in since)
    store.close()


def test_a_data_file_renamed_by_hand_still_offers_its_backups_under_the_old_name(tmp_path):
    """Stop 29, F6: renaming shop.sqlite3 to boulangerie.sqlite3 left every backup (shop-…) out of Restore. Those
    carrying this file's key are offered, with the name they were made from, never chosen for the owner; a copy's
    backups (its data file still beside this one) and another file's (another key) are not."""
    shop = _shop(tmp_path / "shop.sqlite3", keep=5)
    made = _backups(shop, [0, 1])
    shop.close()
    (tmp_path / "shop.sqlite3").rename(tmp_path / "boulangerie.sqlite3")
    other = _shop(tmp_path / "fleurs.sqlite3")
    theirs = _backups(other, [2])
    other.close()
    store = open_store(tmp_path / "boulangerie.sqlite3", now=WHEN + timedelta(days=3))
    listed = restore_list(store.path)
    assert [b for b in listed.backups if b in made] == made[::-1]  # newest first
    assert all(listed.other_name[b] == "shop" and not listed.sure(b) for b in made)
    assert theirs[0] not in listed.backups
    restore_backup(store, made[0], now=WHEN + timedelta(days=3, hours=1))
    assert key_of(store.path) == key_of(made[0])
    store.close()
    shutil.copy2(tmp_path / "boulangerie.sqlite3", tmp_path / "shop.sqlite3")  # a copy beside it now
    assert not any(b in restore_list(tmp_path / "boulangerie.sqlite3").backups for b in made)


def test_two_branches_copied_before_places_were_noted_never_rotate_each_others_backups(tmp_path):
    """Stop 29, F1: a second branch made by copying the whole data folder when identities did not note their
    place carries the first one's identity file and key; each took the identity over in its own place, and each
    rotated the other's backups in the folder both chose. The folder now notes which place claimed it first: the
    other branch gets an identity of its own."""
    from socialdesk.storage import backup_folder

    shared, centre = _backing_up_to_shared(tmp_path, tmp_path / "centre" / "shop.sqlite3", keep=10)
    first = _backups(centre, [0])
    centre.close()
    ids = tmp_path / "centre" / "backups" / ".shop.sqlite3.backup-id"
    value = backup_folder._read_ids(ids)[0][0]
    backup_folder._write_ids(ids, [(value, backup_folder.this_computer(), "")], keep_time=False)  # before places
    for claim in shared.glob(".*.claimed"):
        claim.unlink()  # as a version that did not claim left the folder
    shutil.copytree(tmp_path / "centre", tmp_path / "gare")
    centre = open_store(centre.path, now=WHEN + timedelta(days=1))
    theirs = [*first, *_backups(centre, [1])]
    centre.close()
    gare = open_store(tmp_path / "gare" / "shop.sqlite3", now=WHEN + timedelta(days=2))
    gare.settings.set("backups_keep", 2)
    mine = _backups(gare, [3, 4, 5])
    gare.close()
    assert all(b.is_file() for b in theirs)
    assert _identities(mine).isdisjoint(_identities(theirs))
    centre = open_store(centre.path, now=WHEN + timedelta(days=6))
    again = _backups(centre, [7])
    centre.close()
    assert _identities(again) == _identities(theirs) and all(b.is_file() for b in mine[-2:])


def test_a_data_folder_moved_by_hand_keeps_its_claim_on_its_identity(tmp_path):
    """The place that claimed the identity is gone (the folder moved): the new place takes its claim over."""
    shared, shop = _backing_up_to_shared(tmp_path, tmp_path / "old" / "shop.sqlite3")
    before = _backups(shop, [0])
    shop.close()
    (tmp_path / "old").rename(tmp_path / "new")
    store = open_store(tmp_path / "new" / "shop.sqlite3", now=WHEN + timedelta(days=2))
    after = _backups(store, [3])
    store.close()
    assert _identities(after) == _identities(before)


def test_restore_looks_at_the_backup_folders_once(tmp_path, monkeypatch):
    """Restore listed this file's backups, another identity's and (now) a renamed file's: one look at the folders
    for all three, not three (a folder on a slow network share or a full Dropbox folder)."""
    from socialdesk.storage import backup_scan

    shared, shop = _backing_up_to_shared(tmp_path, tmp_path / "shop" / "shop.sqlite3")
    _backups(shop, [0, 1])
    shop.close()
    made = []
    real = backup_scan.BackupScan.__init__

    def counted(self, path):
        made.append(path)
        real(self, path)
    monkeypatch.setattr(backup_scan.BackupScan, "__init__", counted)
    assert len(restore_list(shop.path).backups) == 2
    assert len(made) == 1


def test_an_older_copy_put_back_by_hand_never_rotates_the_backups_made_since(tmp_path):
    """Attack 31, #1: the first open of a copy from before keys rotated with no key yet, counting every backup
    beside it as its own with the old copy's smaller count: the newer file's backups went."""
    path, since = _put_back_later(tmp_path, 2, [0, 1, 2, 3, 4], keep_since=8)
    open_store(path, now=WHEN + timedelta(days=6)).close()
    assert all(b.is_file() for b in since)


def test_an_older_copy_put_back_beside_a_file_of_the_same_stem_never_rotates_its_backups(tmp_path):
    """Attack 31, #2: shop.db and shop.sqlite3 share backups/ (shop-…); an older shop.sqlite3 put back by hand
    deleted every backup of shop.db on its first open."""
    neighbour = _shop(tmp_path / "shop.db", keep=3)
    path, _since = _put_back_later(tmp_path, 3, [3, 4, 5])
    theirs = _backups(neighbour, [0, 1, 2])
    neighbour.close()
    open_store(path, now=WHEN + timedelta(days=7)).close()
    assert all(b.is_file() for b in theirs)
    assert sure_backups(tmp_path / "shop.db") == theirs[::-1]


def test_a_fifo_in_place_of_a_state_record_never_blocks_a_backup(tmp_path):
    """Attack 31, #3: a FIFO at the state folder's file-keys.json blocked every backup for ever, after the copy was
    made, the data file's lock held. A record that is not a regular file reads as empty, and is replaced."""
    import os
    import subprocess
    import sys

    from socialdesk.paths import state_dir
    from socialdesk.storage.known_keys import KEYS_FILE

    shop = _shop(tmp_path / "shop.sqlite3")
    shop.close()
    state_dir().mkdir(parents=True, exist_ok=True)
    os.mkfifo(state_dir() / KEYS_FILE)
    done = subprocess.run([sys.executable, "-m", "socialdesk", "backup", "--db", str(shop.path)], timeout=60,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert (state_dir() / KEYS_FILE).is_file()


def test_a_fifo_named_like_another_files_backup_never_blocks_restore(tmp_path):
    """Attack 31b, #1: Restore read the key of every backup of another name, a FIFO too: the dialog froze."""
    import os

    shared, shop = _backing_up_to_shared(tmp_path, tmp_path / "shop" / "shop.sqlite3")
    _backups(shop, [0])
    shop.close()
    os.mkfifo(shared / "zzz+0123456789-20261101-080000-manual.sqlite3")
    os.mkfifo(tmp_path / "shop" / "backups" / "zzz-20261101-080000-manual.sqlite3")
    assert len(restore_list(shop.path).backups) == 1


def test_an_older_copy_put_back_on_a_full_disk_still_offers_the_backups_made_since(tmp_path, monkeypatch):
    """Attack 31, #11: the upgrade of the put-back copy could not make its backup (a full disk); the key noted at
    the last backup was still the current one, not an earlier one, and Restore offered nothing. The copy has no key
    until its upgrade is done: the backups carrying the key noted are the file's that was here before."""
    from socialdesk.storage import StoreOpenError, backups
    from socialdesk.storage.errors import StoreWriteError, WriteProblem

    path, since = _put_back_later(tmp_path, 5, [0, 1])

    def full(*_args, **_kwargs):
        raise StoreWriteError(WriteProblem.DISK_FULL, "no room")
    monkeypatch.setattr(backups, "make_backup", full)
    with pytest.raises(StoreOpenError):
        open_store(path, now=WHEN + timedelta(days=3))
    listed = restore_list(path)
    assert all(b in listed.backups and b in listed.file_before for b in since)


@pytest.mark.parametrize("garbled", [b"0123456789\n", b"", b"\xff\xfe garbage", b"0123456789\n\n@zz\n"])
def test_a_garbled_claim_never_costs_a_shop_its_identity(tmp_path, garbled):
    """Attack 31b: a stray identity-like word in a `.claimed` file was read as another place's claim, and the shop
    took a new identity. Only a claim of this identity, with its token, counts; a garbled one is replaced."""
    shared, shop = _backing_up_to_shared(tmp_path, tmp_path / "shop" / "shop.sqlite3", keep=5)
    before = _backups(shop, [0])
    claim = next(shared.glob(".*.claimed"))
    claim.write_bytes(garbled)
    after = _backups(shop, [1, 2])
    shop.close()
    assert _identities(after) == _identities(before)
    assert claim.read_bytes() != garbled


def test_an_upgrade_refused_by_a_full_disk_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    """Attack 31, #11: the key was given, then the upgrade's backup failed on a full disk, and the owner read
    "nothing was written" of a file that now carried a key. The key is kept only with a whole backup."""
    import hashlib

    from socialdesk.storage import StoreOpenError, backups
    from socialdesk.storage.errors import StoreWriteError, WriteProblem

    path, _since = _put_back_later(tmp_path, 5, [0, 1])
    made = []

    def full(conn, db_path, *args, **kwargs):  # the copy is made, then the disk is full as it is settled
        made.append(backups.copy_data_file(db_path, tmp_path / "partial.sqlite3"))
        raise StoreWriteError(WriteProblem.DISK_FULL, "no room")
    monkeypatch.setattr(backups, "make_backup", full)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(StoreOpenError):
        open_store(path, now=WHEN + timedelta(days=3))
    assert made
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert not list(path.parent.glob("shop.sqlite3-*"))  # no -wal left holding the key either


def test_a_key_the_file_could_not_keep_leaves_no_backup_claiming_it(tmp_path, monkeypatch):
    """The upgrade's backup took the disk's last room, then the file could not take its key: that backup would
    carry a key no file has (another file's, to Restore). It goes, and the file is as it was."""
    from socialdesk.storage import StoreOpenError, opening
    from socialdesk.storage.file_key import keep_key

    path, since = _put_back_later(tmp_path, 5, [0, 1])
    given = []

    def full_at_the_file(conn, key):
        given.append(key)
        if len(given) > 1:  # the first is the copy in memory the backup is made from
            raise sqlite3.OperationalError("database or disk is full")
        keep_key(conn, key)
    monkeypatch.setattr(opening, "keep_key", full_at_the_file)
    with pytest.raises(StoreOpenError):
        open_store(path, now=WHEN + timedelta(days=3))
    assert len(given) == 2
    assert not list(path.parent.glob("backups/*before-upgrade*"))
    assert key_of(path) is None
    assert all(b.is_file() for b in since)
