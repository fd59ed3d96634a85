"""Tab into a strategy table opens its first cell; the next Tab leaves the table for the widgets after it, on every
step with a table (attack 35, F2: Tab went round the cells of « Key people » forever, Previous/Next unreachable)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QTableWidget

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy.fields import STEPS, Step
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab


@pytest.fixture
def demo_store(tmp_path):
    from datetime import date

    from socialdesk.storage.demo import build_demo_file

    # its tables hold rows: a cell editor opens on Tab
    store = build_demo_file(tmp_path / "demo.sqlite3", date(2026, 11, 26), "en")
    yield store
    store.close()


@pytest.fixture
def tab(qtbot, demo_store):
    from datetime import date

    widget = StrategyTab(demo_store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(widget)
    widget.resize(1200, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _tab_stops(start, count: int) -> list:
    stops, widget = [], start
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(count):
        QApplication.processEvents()
        widget = QApplication.focusWidget()
        stops.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    return stops


@pytest.mark.parametrize("step", [s for s in STEPS if s is not Step.SUMMARY])
def test_tab_goes_through_each_table_and_on_to_the_step_buttons(tab, step):
    tab.go_to(step)
    page = tab.current_page()
    tables = page.findChildren(QTableWidget)
    stops = _tab_stops(page.first_field(), 120)
    assert not tables or any(table.rowCount() for table in tables), step  # a cell to open, where tables are
    for table in tables:
        inside = [n for n, w in enumerate(stops) if w is table or table.isAncestorOf(w)]
        assert inside, f"{step}: Tab never reaches {table.accessibleName()}"
        assert len([n for n in inside if n < inside[0] + 5]) <= 1, f"{step}: Tab stays in {table.accessibleName()}"
    assert tab.next_button in stops or tab.previous_button in stops, f"{step}: the step buttons are not reached"


def test_words_typed_in_a_cell_are_kept_when_tab_leaves_and_shift_tab_goes_back(tab, demo_store):
    tab.go_to(Step.STAND)
    table = tab.current_page().findChildren(QTableWidget)[0]
    table.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    assert table.isAncestorOf(editor)
    editor.selectAll()
    QTest.keyClicks(editor, "Two reviews a week")
    QTest.keyClick(editor, Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert table.item(0, 0).text() == "Two reviews a week"
    assert not (QApplication.focusWidget() is table or table.isAncestorOf(QApplication.focusWidget()))
    table.setCurrentCell(0, 0)
    table.editItem(table.item(0, 0))
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    QApplication.processEvents()
    assert QApplication.focusWidget() is not table and not table.isAncestorOf(QApplication.focusWidget())


def _goal_date_cell(tab):
    tab.go_to(Step.STAND)
    table = tab.current_page().findChildren(QTableWidget)[0]
    dated = [table.item(r, 1) and table.item(r, 1).data(Qt.ItemDataRole.EditRole) for r in range(table.rowCount())]
    row = dated.index(next(value for value in dated if not value))
    return table, row


def _goals(tab, demo_store):
    tab.flush()
    return demo_store.strategy.load().goals


def test_tab_through_a_goal_with_no_date_leaves_it_with_no_date(tab, demo_store):
    """Tab opens the current cell; leaving a dateless goal's « By » cell untouched kept today's date, saved
    (attack 35b, F2): only a date the owner picks is written."""
    table, row = _goal_date_cell(tab)
    undated = [goal.text for goal in _goals(tab, demo_store) if goal.due is None]
    assert undated
    table.setCurrentCell(row, 1)
    _tab_stops(table.previousInFocusChain(), 3)  # into the table (the cell opens on today), and out again
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))  # a click on the cell, then Tab
    QApplication.processEvents()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert [goal.text for goal in _goals(tab, demo_store) if goal.due is None] == undated


@pytest.mark.parametrize("keys", [[Qt.Key.Key_Return], [Qt.Key.Key_Up, Qt.Key.Key_Tab]])
def test_a_date_chosen_in_the_cell_is_kept(tab, demo_store, keys):
    """Enter takes the date shown (today's included); a date changed with the keys is kept when Tab leaves."""
    from datetime import date

    table, row = _goal_date_cell(tab)
    text = table.item(row, 0).text()
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    QApplication.processEvents()
    for key in keys:
        QTest.keyClick(QApplication.focusWidget(), key)
        QApplication.processEvents()
    due = next(goal.due for goal in _goals(tab, demo_store) if goal.text == text)
    assert due is not None and due >= date(2026, 11, 26)


@pytest.mark.parametrize("keys", [["pop-up"], [Qt.Key.Key_Enter]])
def test_todays_date_typed_or_taken_with_enter_is_kept(tab, demo_store, keys):
    """Enter on today's date, in the pop-up or in the field, chooses it (attack 35c, F1: it went back to « no
    date »)."""
    from datetime import date

    table, row = _goal_date_cell(tab)
    text = table.item(row, 0).text()
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    editor.setSelectedSection(editor.Section.DaySection)  # the day, 26, typed again over itself
    for key in keys:
        if key == "pop-up":  # Enter on the highlighted day of the pop-up calendar: Qt's `activated`
            editor.calendarWidget().activated.emit(editor.calendarWidget().selectedDate())
        else:
            QTest.keyClick(editor, key)
    QApplication.processEvents()
    if table.isPersistentEditorOpen(table.currentIndex()) or table.isAncestorOf(QApplication.focusWidget()):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        QApplication.processEvents()
    assert next(goal.due for goal in _goals(tab, demo_store) if goal.text == text) == date(2026, 11, 26)


def test_a_goals_date_is_removed_by_emptying_its_cell(tab, demo_store):
    """Select all and Delete, then Tab: the goal has no date (attack 35c, F2: the old date came back)."""
    tab.go_to(Step.STAND)
    table = tab.current_page().findChildren(QTableWidget)[0]
    dated = [r for r in range(table.rowCount()) if table.item(r, 1) and table.item(r, 1).data(Qt.ItemDataRole.EditRole)]
    row = dated[0]
    text = table.item(row, 0).text()
    table.setCurrentCell(row, 1)
    table.editItem(table.item(row, 1))
    QApplication.processEvents()
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()
    assert next(goal.due for goal in _goals(tab, demo_store) if goal.text == text) is None
