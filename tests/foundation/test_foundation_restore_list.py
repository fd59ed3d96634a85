"""File ▸ Restore lists every backup of the data file: beside it, in the chosen folder (even after restoring a
backup from before the folder was chosen), and those left in a synced folder the file was moved out of."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup
from socialdesk.storage.moved import move_out
from socialdesk.storage.restoring import restore_backup
from socialdesk.ui.restore_dialog import RestoreDialog

WHEN = datetime(2026, 12, 3, 9, 0)


def _listed(qtbot, path) -> list[str]:
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    return [dialog.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.list.count())]


def test_after_restoring_an_older_backup_the_list_still_shows_the_chosen_folders_backups(qtbot, tmp_path):
    chosen = tmp_path / "Clé USB" / "Sauvegardes boutique"
    chosen.mkdir(parents=True)
    (tmp_path / "d").mkdir()
    store = open_store(tmp_path / "d" / "shop.sqlite3", now=WHEN)
    beside = make_backup(store.conn, store.path, WHEN, "manual")
    store.settings.set("backup_folder", str(chosen))
    in_chosen = make_backup(store.conn, store.path, WHEN + timedelta(hours=1), "manual")
    safety = restore_backup(store, beside, now=WHEN + timedelta(hours=2))
    later = make_backup(store.conn, store.path, WHEN + timedelta(hours=3), "manual")
    path = store.path
    store.close()
    assert later.parent == chosen
    assert _listed(qtbot, path) == [str(later), str(safety), str(in_chosen), str(beside)]


def test_after_a_move_out_the_list_shows_the_backups_left_in_the_synced_folder(qtbot, tmp_path):
    synced = tmp_path / "Dropbox" / "Boutique"
    synced.mkdir(parents=True)
    old = open_store(synced / "shop.sqlite3", now=WHEN)
    left_there = make_backup(old.conn, old.path, WHEN, "daily")
    old.close()
    new = tmp_path / "Local" / "shop.sqlite3"
    move_out(synced / "shop.sqlite3", new, synced / "SocialDesk backups")
    moved = open_store(new, now=WHEN + timedelta(days=1))
    moved.close()
    listed = _listed(qtbot, new)
    assert len(listed) == 2 and listed[-1] == str(left_there) and "SocialDesk backups" in listed[0]
