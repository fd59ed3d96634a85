"""File ▸ Restore lists another computer's backups in a shared folder always, after this file's, labelled
"from another computer" (French too), and never preselects one; another data file's of the same name is not
offered, and a backup that cannot tell (made before files had keys) says so."""

import shutil
import sqlite3
from datetime import datetime, timedelta

import pytest

from PySide6.QtCore import Qt

from socialdesk.storage import backup_folder, open_store
from socialdesk.storage.backups import make_backup
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.restore_dialog import RestoreDialog

WHEN = datetime(2026, 12, 3, 9, 0)


@pytest.fixture
def french():
    install_translators("fr")
    yield
    install_translators("en")


def _two_computers(tmp_path, monkeypatch):
    """pc2's two backups, newer than pc1's, in the folder both chose; pc2's data file is a synced copy of pc1's."""
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    shared.mkdir(parents=True)
    original = tmp_path / "original" / "fleurs.sqlite3"
    original.parent.mkdir()
    open_store(original, now=WHEN).close()
    made = {}
    for computer, first_day in (("pc2", 5), ("pc1", 0)):
        monkeypatch.setattr(backup_folder, "this_computer", lambda c=computer: f"{c}-token")
        (tmp_path / computer).mkdir()
        shutil.copy2(original, tmp_path / computer / "fleurs.sqlite3")
        store = open_store(tmp_path / computer / "fleurs.sqlite3", now=WHEN)
        store.settings.set("backup_folder", str(shared))
        made[computer] = [make_backup(store.conn, store.path, WHEN + timedelta(days=first_day + d), "daily")
                          for d in range(2)]
        store.close()
    return tmp_path / "pc1" / "fleurs.sqlite3", made


def _dialog(qtbot, path) -> RestoreDialog:
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    return dialog


def _rows(dialog) -> list[tuple[str, str]]:
    items = [dialog.list.item(i) for i in range(dialog.list.count())]
    return [(item.data(Qt.ItemDataRole.UserRole), item.text()) for item in items]


def test_another_computers_newer_backups_are_listed_last_labelled_and_not_preselected(qtbot, tmp_path, monkeypatch):
    path, made = _two_computers(tmp_path, monkeypatch)
    dialog = _dialog(qtbot, path)
    rows = _rows(dialog)
    paths = [p for p, _ in rows]
    theirs = [str(b) for b in made["pc2"][::-1]]
    assert paths[-2:] == theirs  # last, newest first, though newer than every one of pc1's
    assert set(map(str, made["pc1"])) <= set(paths[:-2])
    assert all(text.endswith("\n    from another computer") for p, text in rows if p in theirs)
    assert not any("another computer" in text for p, text in rows if p not in theirs)
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) not in theirs
    assert dialog.list.currentRow() == 0


def test_only_another_computers_backups_leave_nothing_chosen(qtbot, tmp_path, monkeypatch):
    path, made = _two_computers(tmp_path, monkeypatch)
    for own in (tmp_path / "pc1" / "backups").glob("*.sqlite3"):
        own.unlink()
    for own in made["pc1"]:
        own.unlink()
    dialog = _dialog(qtbot, path)
    assert dialog.list.count() == 2 and dialog.list.currentItem() is None
    assert not dialog.restore_button.isEnabled()  # the owner picks one herself
    dialog.list.setCurrentRow(1)
    assert dialog.restore_button.isEnabled()


def test_the_label_in_french(qtbot, tmp_path, monkeypatch, french):
    path, made = _two_computers(tmp_path, monkeypatch)
    texts = [text for _, text in _rows(_dialog(qtbot, path))]
    assert texts[-1].endswith("\n    d'un autre ordinateur")


def _another_shop_of_the_same_name(tmp_path, monkeypatch, shared):
    """Another shop's file, also named fleurs.sqlite3, on this computer, backing up into the same folder."""
    (tmp_path / "other-shop").mkdir()
    store = open_store(tmp_path / "other-shop" / "fleurs.sqlite3", now=WHEN)
    store.settings.set("backup_folder", str(shared))
    made = [make_backup(store.conn, store.path, WHEN + timedelta(days=9 + d), "daily") for d in range(2)]
    store.close()
    return made


def test_another_data_file_of_the_same_name_is_not_offered(qtbot, tmp_path, monkeypatch):
    path, made = _two_computers(tmp_path, monkeypatch)
    theirs = _another_shop_of_the_same_name(tmp_path, monkeypatch, tmp_path / "Dropbox" / "Sauvegardes")
    paths = [p for p, _ in _rows(_dialog(qtbot, path))]
    assert not set(map(str, theirs)) & set(paths)  # one click would have put another shop's data in this one
    assert set(map(str, made["pc1"] + made["pc2"])) <= set(paths)


def test_a_backup_from_before_files_had_keys_is_offered_with_its_doubt(qtbot, tmp_path, monkeypatch, french):
    path, made = _two_computers(tmp_path, monkeypatch)
    older = made["pc2"][0]
    with sqlite3.connect(older) as conn:  # as a backup made by an earlier version: no key in its settings
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
    conn.close()
    rows = dict(_rows(_dialog(qtbot, path)))
    assert rows[str(older)].endswith("\n    d'un autre ordinateur, ou d'un autre fichier de données de ce nom")
    assert rows[str(made["pc2"][1])].endswith("\n    d'un autre ordinateur")


def test_an_old_named_backup_in_the_shared_folder_is_offered_only_if_it_can_be_this_files(qtbot, tmp_path,
                                                                                           monkeypatch):
    """Names from before identities (`fleurs-<stamp>-daily.sqlite3`) in a folder two shops chose: another shop's
    (its key) is not offered; one with no key says it may be another file's and is never chosen for the owner."""
    path, made = _two_computers(tmp_path, monkeypatch)
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    theirs = _another_shop_of_the_same_name(tmp_path, monkeypatch, shared)
    of_b = shared / "fleurs-20261220-090000-daily.sqlite3"
    shutil.copy2(theirs[0], of_b)  # another shop's content and key, under an old-style name
    no_key = shared / "fleurs-20261221-090000-daily.sqlite3"
    shutil.copy2(made["pc1"][0], no_key)
    with sqlite3.connect(no_key) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
    conn.close()
    dialog = _dialog(qtbot, path)
    rows = dict(_rows(dialog))
    assert str(of_b) not in rows
    assert rows[str(no_key)].endswith("\n    made by an older SocialDesk: perhaps another data file's of this name")
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == str(made["pc1"][-1])  # the newest sure one


def _damage(path):
    with open(path, "r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 8192)


def test_one_click_restore_of_a_damaged_file_never_takes_another_shops_backup(tmp_path, monkeypatch):
    """"Restore the newest backup" (damaged or missing file, or after an unexpected error) takes only a backup whose
    name proves it this file's: never another shop's under an older version's name in the shared folder."""
    from socialdesk.storage.health import newest_sound_backup
    from socialdesk.ui.open_problems import newest_good_backup

    path, made = _two_computers(tmp_path, monkeypatch)
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    theirs = _another_shop_of_the_same_name(tmp_path, monkeypatch, shared)
    newest = shared / "fleurs-20261230-090000-daily.sqlite3"  # newer than all of this file's
    shutil.copy2(theirs[0], newest)
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "pc1-token")
    _damage(path)
    assert newest_good_backup(path) == made["pc1"][-1]
    assert newest_sound_backup(path) == made["pc1"][-1]


def test_a_backup_gone_or_locked_while_the_list_is_made_is_not_offered(qtbot, tmp_path, monkeypatch):
    """Another shop's rotation may delete one, another program may hold one: Restore opens at once, without them."""
    import time

    from socialdesk.storage import restore_list as restore_list_module

    path, made = _two_computers(tmp_path, monkeypatch)
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    theirs = _another_shop_of_the_same_name(tmp_path, monkeypatch, shared)
    locked = shared / "fleurs-20261231-090000-daily.sqlite3"
    shutil.copy2(theirs[0], locked)
    holder = sqlite3.connect(locked, timeout=0)
    holder.execute("BEGIN EXCLUSIVE")
    gone = shared / "fleurs-20261229-090000-daily.sqlite3"
    listed = restore_list_module.restore_list

    def listing_then_losing(db_path):
        found = listed(db_path)
        found.backups.insert(0, gone)  # listed, then deleted before the dialog reads its size
        found.maybe_another_file.add(gone)
        return found
    monkeypatch.setattr("socialdesk.ui.restore_dialog.restore_list", listing_then_losing)
    try:
        started = time.monotonic()
        rows = dict(_rows(_dialog(qtbot, path)))
        assert time.monotonic() - started < 0.4
    finally:
        holder.rollback()
        holder.close()
    assert str(locked) not in rows and str(gone) not in rows
    assert set(map(str, made["pc1"])) <= set(rows)


def test_a_copied_folder_does_not_make_another_shops_backups_this_ones(qtbot, tmp_path, monkeypatch):
    """A shop set up by copying another's folder carries its identity file: the keys still tell the backups apart."""
    path, made = _two_computers(tmp_path, monkeypatch)
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "pc1-token")
    copied = tmp_path / "copied"
    shutil.copytree(tmp_path / "pc1", copied)
    (copied / "fleurs.sqlite3").unlink()
    for stale in copied.glob("fleurs.sqlite3*"):
        stale.unlink()
    open_store(copied / "fleurs.sqlite3", now=WHEN, replace_missing=True).close()  # a new shop: a new key
    rows = dict(_rows(_dialog(qtbot, copied / "fleurs.sqlite3")))
    assert not set(map(str, made["pc1"])) & set(rows)


def test_restoring_a_backup_from_before_keys_keeps_the_files_key(tmp_path, monkeypatch):
    """The shop stays the same shop: its other backups (and its other computer's) are still offered afterwards."""
    from socialdesk.storage.file_key import key_of
    from socialdesk.storage.restoring import restore_backup

    path, made = _two_computers(tmp_path, monkeypatch)
    monkeypatch.setattr(backup_folder, "this_computer", lambda: "pc1-token")
    older = tmp_path / "older.sqlite3"
    shutil.copy2(made["pc1"][0], older)
    with sqlite3.connect(older) as conn:  # as made by a version before keys (its migration not applied either)
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0018_file_key'")
    conn.close()
    key = key_of(path)
    store = open_store(path, now=WHEN)
    try:
        restore_backup(store, older, now=WHEN + timedelta(days=20))
    finally:
        store.close()
    assert key_of(path) == key and key is not None


def test_reading_the_backups_keys_leaves_nothing_beside_them_in_the_shared_folder(qtbot, tmp_path, monkeypatch):
    """A synced folder would carry a -wal or -shm made by reading a backup to the other computers."""
    path, _made = _two_computers(tmp_path, monkeypatch)
    shared = tmp_path / "Dropbox" / "Sauvegardes"
    _another_shop_of_the_same_name(tmp_path, monkeypatch, shared)
    before = sorted(p.name for p in shared.iterdir())
    assert len(_rows(_dialog(qtbot, path))) > 0
    assert sorted(p.name for p in shared.iterdir()) == before


def test_the_longest_french_note_is_read_whole(qtbot, tmp_path, monkeypatch, french):
    path, made = _two_computers(tmp_path, monkeypatch)
    no_key = tmp_path / "Dropbox" / "Sauvegardes" / "fleurs-20261221-090000-daily.sqlite3"
    shutil.copy2(made["pc1"][0], no_key)
    with sqlite3.connect(no_key) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
    conn.close()
    dialog = _dialog(qtbot, path)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "fichier de données de ce nom" in dict(_rows(dialog))[str(no_key)]
    assert not dialog.list.horizontalScrollBar().isVisible()


def test_the_backups_of_the_file_that_was_here_before_are_labelled_and_not_preselected(qtbot, tmp_path, french):
    """Attack 30, #2: an older copy (from before keys) put back by hand gets a new key on its upgrade; the backups
    of the file it replaced are listed, saying so in French, and Restore does not choose one for the owner."""
    path = tmp_path / "fleurs.sqlite3"
    open_store(path, now=WHEN).close()
    old_copy = tmp_path / "usb.sqlite3"
    shutil.copy2(path, old_copy)
    with sqlite3.connect(old_copy) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0018_file_key'")
    conn.close()
    store = open_store(path, now=WHEN)
    since = [make_backup(store.conn, path, WHEN + timedelta(days=d), "manual") for d in (1, 2)]
    store.close()
    shutil.copy2(old_copy, path)
    open_store(path, now=WHEN + timedelta(days=4)).close()
    dialog = _dialog(qtbot, path)
    rows = dict(_rows(dialog))
    assert all("du fichier de données qui était ici avant celui-ci" in rows[str(b)] for b in since)
    chosen = dialog.list.currentItem().data(Qt.ItemDataRole.UserRole)
    assert chosen not in {str(b) for b in since} and "before-upgrade" in chosen


def test_the_backups_of_a_file_renamed_by_hand_say_the_name_they_were_made_from(qtbot, tmp_path, french):
    """Stop 29, F6: after fleurs.sqlite3 was renamed by hand, its backups are listed with their old name, in
    French, and not chosen for the owner."""
    old = tmp_path / "fleurs.sqlite3"
    store = open_store(old, now=WHEN)
    made = [make_backup(store.conn, old, WHEN + timedelta(days=d), "manual") for d in (1, 2)]
    store.close()
    path = old.rename(tmp_path / "boutique.sqlite3")
    open_store(path, now=WHEN + timedelta(days=4)).close()
    dialog = _dialog(qtbot, path)
    rows = dict(_rows(dialog))
    assert all("faite sous le nom « fleurs » (ce fichier sous un nom précédent" in rows[str(b)].replace(
        "\u202f", " ").replace("\u00a0", " ") for b in made)
    chosen = dialog.list.currentItem()
    assert chosen is None or chosen.data(Qt.ItemDataRole.UserRole) not in {str(b) for b in made}
