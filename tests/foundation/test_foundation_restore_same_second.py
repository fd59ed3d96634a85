"""File ▸ Restore: backups made in the same second each carry a label of their own (their rank in that second)."""

from datetime import datetime

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.restore_dialog import RestoreDialog

WHEN = datetime(2026, 12, 3, 15, 9, 12)


def _labels(qtbot, tmp_path) -> list[str]:
    store = open_store(tmp_path / "fleurs.sqlite3", now=WHEN)
    try:
        make_backup(store.conn, store.path, datetime(2026, 12, 2, 9, 0), "daily")
        for reason in ("daily", "manual", "manual"):
            make_backup(store.conn, store.path, WHEN, reason)
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
    assert "UTC" not in "".join(labels) and "15:09:12" in labels[0], labels  # the computer's time, no zone spelled


def test_in_french_too(qtbot, tmp_path):
    install_translators("fr")
    try:
        labels = _labels(qtbot, tmp_path)
    finally:
        install_translators("en")
    assert "sauvegarde 2 de cette seconde" in labels[1].splitlines()[1], labels
    assert labels[0].startswith("jeudi 3 décembre 2026 15:09:12  —"), labels  # no « temps universel coordonné »
    assert labels[-1].startswith("mercredi 2 décembre 2026 09:00:00  —"), labels


def test_two_computers_backups_of_one_second_are_told_apart_by_their_computer_not_by_a_rank(qtbot, tmp_path,
                                                                                           monkeypatch):
    """Each computer counts its own backups in a second: both would have read "backup 1 of that second"."""
    import shutil

    from socialdesk.storage import backup_folder

    shared = tmp_path / "Dropbox" / "Sauvegardes"
    shared.mkdir(parents=True)
    original = tmp_path / "fleurs.sqlite3"
    open_store(original, now=WHEN).close()
    for computer in ("pc2", "pc1"):
        monkeypatch.setattr(backup_folder, "this_computer", lambda c=computer: f"{c}-token")
        (tmp_path / computer).mkdir()
        shutil.copy2(original, tmp_path / computer / "fleurs.sqlite3")  # a synced copy: the same key
        store = open_store(tmp_path / computer / "fleurs.sqlite3", now=WHEN)
        store.settings.set("backup_folder", str(shared))
        make_backup(store.conn, store.path, WHEN, "manual")
        store.close()
    dialog = RestoreDialog(tmp_path / "pc1" / "fleurs.sqlite3")
    qtbot.addWidget(dialog)
    labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert len(labels) == len(set(labels)) == 3, labels  # pc1's daily at the open, its manual, pc2's manual
    theirs = [label for label in labels if "another computer" in label]
    assert len(theirs) == 1 and "of that second" not in theirs[0], labels


def test_a_damaged_file_named_like_a_backup_is_not_offered(qtbot, tmp_path):
    store = open_store(tmp_path / "fleurs.sqlite3", now=WHEN)
    try:
        good = make_backup(store.conn, store.path, WHEN, "manual")
    finally:
        store.close()
    damaged = good.with_name("fleurs-20261203-151000-manual.sqlite3")
    damaged.write_bytes(b"not a database, a download cut short" * 100)
    dialog = RestoreDialog(tmp_path / "fleurs.sqlite3")
    qtbot.addWidget(dialog)
    offered = [dialog.list.item(i).data(256) for i in range(dialog.list.count())]
    assert str(good) in offered and str(damaged) not in offered


@pytest.mark.parametrize("wrong, shown", [
    (datetime(2027, 11, 4, 9), "jeudi 4 novembre 2027 09:00:00"),  # a clock set ahead (attack 33b, F3)
    (datetime(2025, 1, 1, 9), "mercredi 1er janvier 2025 09:00:00"),  # set back: the note was on the next row (33c, F2)
])
def test_a_backup_named_by_a_wrong_clock_says_why_its_date_is_out_of_order(qtbot, tmp_path, monkeypatch, wrong, shown):
    """Listed in the order made, a copy dated 2027 (or 2025) sat between two 2026 rows with no word why."""
    from socialdesk.ui import restore_dialog

    monkeypatch.setattr(restore_dialog, "system_clock", lambda: WHEN)  # the clock right again, in December 2026
    store = open_store(tmp_path / "fleurs.sqlite3", now=WHEN)
    try:
        for when in (datetime(2026, 11, 2, 9), wrong, datetime(2026, 11, 5, 9)):
            make_backup(store.conn, store.path, when, "daily")
    finally:
        store.close()
    install_translators("fr")
    try:
        dialog = RestoreDialog(tmp_path / "fleurs.sqlite3")
        qtbot.addWidget(dialog)
        labels = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    finally:
        install_translators("en")
    assert [label.split("\n")[0].split("  —")[0] for label in labels] == [
        "jeudi 5 novembre 2026 09:00:00", shown, "lundi 2 novembre 2026 09:00:00"]
    notes = ["horloge" in label for label in labels]
    assert notes == [False, True, False], labels
    assert all(label.split("\n")[0].endswith(" Kio") for label in labels), labels
