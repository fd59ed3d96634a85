"""A quarterly review: versions named by their date, two compared side by side, goals past their date."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import Goal
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab

TODAY = date(2026, 12, 2)


@pytest.fixture
def reviewed_store(store):
    store.strategy.set_text(f.STAND_VALUE, "The only wood-fired oven in the district")
    store.strategy.set_text(f.STAND_MESSAGES, "Sourdough every morning\nOrganic flour")
    store.strategy.save_goals([Goal("20 Google reviews", date(2026, 6, 30))])
    store.strategy.start_review(date(2026, 9, 1))
    store.strategy.set_text(f.STAND_MESSAGES, "Sourdough every morning\nGalettes in January")
    store.strategy.set_text(f.STAND_EVOLUTION, "More special breads")
    store.strategy.save_goals([Goal("20 Google reviews", date(2026, 6, 30)),
                               Goal("10 wedding cakes ordered online", date(2027, 4, 1))])
    return store


def make_tab(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    return tab


def test_the_version_combo_names_each_version_by_its_date(qtbot, reviewed_store):
    tab = make_tab(qtbot, reviewed_store)
    combo = tab.versions.combo
    day = QLocale().toString(QDate(2026, 9, 1), "d MMM yyyy")  # "1 Sep 2026" (en_GB: "1 Sept 2026")
    assert day.startswith("1 Sep") and day.endswith(" 2026")
    assert [combo.itemText(i) for i in range(combo.count())] == [f"Review of {day}", f"Current (since {day})"]


def test_the_version_names_are_french_in_french(qtbot, reviewed_store):
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    try:
        tab = make_tab(qtbot, reviewed_store)
        assert tab.versions.combo.itemText(0) == "Bilan du 1er sept. 2026"
    finally:
        install_translators("en")


def _open_comparison(qtbot, tab, inspect):
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        try:
            seen.append(inspect(dialog))
        finally:
            dialog.reject()

    QTimer.singleShot(0, look)
    tab.versions.compare_button.click()
    assert seen, "the comparison did not open"
    return seen[0]


def _rows(dialog):
    table = dialog.table
    return [[table.item(r, c).text() for c in range(4)] + [table.item(r, 1).data(Qt.ItemDataRole.UserRole)]
            for r in range(table.rowCount())]


def test_two_versions_side_by_side_with_the_changes_marked(qtbot, reviewed_store):
    tab = make_tab(qtbot, reviewed_store)
    assert tab.versions.compare_button.isEnabled()
    rows = _open_comparison(qtbot, tab, _rows)
    by_label = {row[1].split(" (")[0]: row for row in rows}
    messages = by_label["Key messages"]
    assert messages[4] == "changed"
    assert "− Organic flour" in messages[2] and "+ Galettes in January" in messages[3]
    assert "Sourdough every morning" in messages[3] and "+ Sourdough" not in messages[3]
    assert by_label["How our trade is evolving"][4] == "added"
    assert "The value we add" not in by_label  # unchanged answers are left out by default
    assert "Changed" in messages[1]


def test_the_comparison_can_show_every_answer(qtbot, reviewed_store):
    tab = make_tab(qtbot, reviewed_store)

    def everything(dialog):
        dialog.only_changes.setChecked(False)
        dialog.older.setCurrentIndex(1)  # the same version twice: nothing changed
        return dialog.summary.text(), _rows(dialog)

    summary, rows = _open_comparison(qtbot, tab, everything)
    assert summary == "No difference between these two versions."
    assert any(row[1] == "The value we add" and row[4] == "same" for row in rows)


def test_a_goal_whose_date_is_past_is_pointed_out(qtbot, reviewed_store):
    tab = make_tab(qtbot, reviewed_store)
    tab.go_to(Step.STAND)
    page = tab.current_page()
    assert page.overdue.isVisible()
    assert "20 Google reviews (30 Jun 2026)" in page.overdue.text()
    assert "wedding" not in page.overdue.text()
    page.goals.table.item(0, 1).setData(Qt.ItemDataRole.EditRole, QDate(2027, 6, 30))  # a new date
    qtbot.waitUntil(lambda: not page.overdue.isVisible())
    assert reviewed_store.strategy.load().goals[0].due == date(2027, 6, 30)


def test_a_goal_due_today_is_not_late(qtbot, store):
    store.strategy.save_goals([Goal("Christmas logs on Instagram", TODAY)])
    tab = make_tab(qtbot, store)
    tab.go_to(Step.STAND)
    assert not tab.current_page().overdue.isVisible()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_plans_tip_names_the_review_button_by_its_words(qtbot, store, language):
    """The summary's tip sends the owner to the button by its name: the same words in both languages (attack 34a,
    F1: the French tip said « Faire un bilan », the button « Commencer une revue… »)."""
    import re

    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.strategy.texts import TIPS

    install_translators(language)
    try:
        tab = make_tab(qtbot, store)
        words = tab.versions.review_button.text().replace("&", "").rstrip("…").strip()
        quoted = re.findall(r"[«“]\s*([^»”]+?)\s*[»”]", TIPS[Step.SUMMARY])
        assert quoted == [words]
    finally:
        install_translators("en")
