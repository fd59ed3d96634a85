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
