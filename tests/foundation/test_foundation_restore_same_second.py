"""File ▸ Restore: backups made in the same second each carry a label of their own (their rank in that second)."""

from datetime import datetime

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.restore_dialog import RestoreDialog

WHEN = datetime(2026, 12, 3, 15, 9, 12)


def _labels(qtbot, tmp_path) -> list[str]:
    store = open_store(tmp_path / "fleurs.sqlite3", now=WHEN)
    try:
        for reason in ("daily", "manual", "manual"):
            make_backup(store.conn, store.path, WHEN, reason)
        make_backup(store.conn, store.path, datetime(2026, 12, 2, 9, 0), "daily")
    finally:
        store.close()
    dialog = RestoreDialog(tmp_path / "fleurs.sqlite3")
    qtbot.addWidget(dialog)
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_backups_of_one_second_are_told_apart_newest_first(qtbot, tmp_path):
    labels = _labels(qtbot, tmp_path)
    assert len(set(labels)) == len(labels) == 4, labels
    assert [("backup 3 of that second" in labels[0]), ("backup 2 of that second" in labels[1]),
            ("backup 1 of that second" in labels[2])] == [True, True, True], labels
    assert "of that second" not in labels[3]  # alone in its second: the time says it all


def test_in_french_too(qtbot, tmp_path):
    install_translators("fr")
    try:
        labels = _labels(qtbot, tmp_path)
    finally:
        install_translators("en")
    assert "sauvegarde 2 de cette seconde" in labels[1].splitlines()[1], labels
