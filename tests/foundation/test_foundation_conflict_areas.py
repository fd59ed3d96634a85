"""The conflict dialog names every kind of record the copy holds differently, and a renamed rule with both texts."""

import shutil
import sqlite3
from datetime import date

from socialdesk.domain.rules.model import Rule
from socialdesk.storage import open_store
from socialdesk.ui.placement_notice import ConflictDialog

TODAY = date(2026, 12, 3)


def _rows(qtbot, dialog):
    qtbot.waitUntil(lambda: not dialog.busy)  # compared in a worker thread
    tree = dialog.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def test_shop_details_and_a_renamed_rule_are_shown(qtbot, tmp_path):
    live, copy = tmp_path / "fleurs.sqlite3", tmp_path / "fleurs (1).sqlite3"
    store = open_store(live)
    store.rules.add(Rule(text="Répondre aux avis"), TODAY)
    store.close()
    shutil.copyfile(live, copy)
    conn = sqlite3.connect(copy)
    conn.execute("INSERT INTO shop (name, city) VALUES ('Les Fleurs d''Élodie', 'Lyon')")
    conn.execute("UPDATE rules SET text = 'Répondre à chaque avis' WHERE text = 'Répondre aux avis'")
    conn.commit()
    conn.close()
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    rows = _rows(qtbot, dialog)
    assert ("Shop details", "Les Fleurs d'Élodie", "Only in the copy") in rows
    assert ("Rule", "Répondre aux avis → Répondre à chaque avis", "Different in the copy") in rows
    assert len(rows) == 2


def test_a_setting_is_named_as_in_the_preferences(qtbot, tmp_path):
    live, copy = tmp_path / "fleurs.sqlite3", tmp_path / "fleurs (1).sqlite3"
    open_store(live).close()
    shutil.copyfile(live, copy)
    conn = sqlite3.connect(copy)
    conn.execute("INSERT INTO settings (key, value) VALUES ('backups_keep', '3')")
    conn.commit()
    conn.close()
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    assert _rows(qtbot, dialog) == [("Setting", "Backups kept", "Only in the copy")]
