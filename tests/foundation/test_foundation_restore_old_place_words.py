"""File ▸ Restore says which backups come from the old file left in the synced folder, and its empty text no
longer claims backups are only beside the data file."""

from datetime import datetime, timedelta

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup
from socialdesk.storage.moved import move_out
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.restore_dialog import RestoreDialog

WHEN = datetime(2026, 12, 3, 9, 0)


@pytest.fixture
def french():
    install_translators("fr")
    yield
    install_translators("en")


def _moved(tmp_path):
    synced = tmp_path / "Élodie" / "OneDrive" / "Documents"
    synced.mkdir(parents=True)
    old = open_store(synced / "fleurs.sqlite3", now=WHEN)
    make_backup(old.conn, old.path, WHEN, "daily")
    old.close()
    new = tmp_path / "Local" / "fleurs.sqlite3"
    move_out(synced / "fleurs.sqlite3", new, synced / "SocialDesk backups")
    open_store(new, now=WHEN + timedelta(days=1)).close()  # the moved file's own daily backup
    return new


def _texts(qtbot, path) -> list[str]:
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_the_old_places_backup_is_labelled(qtbot, tmp_path):
    own, left = _texts(qtbot, _moved(tmp_path))
    assert "old file" not in own
    assert left.endswith("from the old file in OneDrive")


def test_the_label_is_in_french(qtbot, tmp_path, french):
    own, left = _texts(qtbot, _moved(tmp_path))
    assert left.endswith("de l'ancien fichier dans OneDrive") and "ancien" not in own


def test_the_empty_list_does_not_say_beside(qtbot, tmp_path, french):
    path = tmp_path / "vide.sqlite3"
    open_store(path, now=WHEN).close()
    for backup in (tmp_path / "backups").glob("*.sqlite3"):
        backup.unlink()
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel
    words = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Il n'y a pas encore de sauvegarde de ce fichier de données" in words and "à côté" not in words
    assert "Autre fichier" in words
