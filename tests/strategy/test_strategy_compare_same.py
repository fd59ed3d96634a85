"""Comparing two versions with the same answers says so in words, not with an empty table."""

from datetime import date

from socialdesk.domain.strategy import fields as f
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.strategy.compare_dialog import CompareDialog


def _dialog(qtbot, store):
    store.strategy.set_text(f.STAND_VALUE, "The only wood-fired oven in the district")
    store.strategy.start_review(date(2026, 9, 1))
    dialog = CompareDialog(store, lambda version: str(version.id))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_two_identical_versions_say_no_difference(qtbot, store):
    dialog = _dialog(qtbot, store)
    assert dialog.summary.text() == "No difference between these two versions."
    assert dialog.summary.isVisible() and not dialog.table.isVisible()
    dialog.only_changes.setChecked(False)  # every answer asked for: the table shows them
    assert dialog.table.isVisible() and dialog.table.rowCount() > 0


def test_in_french_too(qtbot, store):
    install_translators("fr")
    try:
        dialog = _dialog(qtbot, store)
        assert dialog.summary.text() == "Aucune différence entre ces deux versions."
    finally:
        install_translators("en")


def test_boxes_picked_the_wrong_way_round_still_read_forwards(qtbot, store):
    store.strategy.set_text(f.STAND_VALUE, "The only wood-fired oven in the district")
    store.strategy.start_review(date(2026, 9, 1))
    store.strategy.set_text(f.STAND_VALUE, "Sourdough baked at dawn")
    dialog = CompareDialog(store, lambda version: f"v{version.id}")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.only_changes.setChecked(True)
    forwards = [dialog.table.item(0, c).text() for c in (2, 3)]
    dialog.older.setCurrentIndex(1)  # the owner picks the newer one as "older"
    dialog.newer.setCurrentIndex(0)
    assert [dialog.table.item(0, c).text() for c in (2, 3)] == forwards  # "+ " still marks the later text
    assert "+ Sourdough baked at dawn" in forwards[1]
    assert [dialog.table.horizontalHeaderItem(c).text() for c in (2, 3)] == ["v1", "v2"]
    assert dialog.summary.text().endswith("The earlier version is shown first.")
