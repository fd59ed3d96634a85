"""The accessibility walk: every tab of the demo (inner pages, steps, the month) read by name and in order."""

from datetime import datetime

import pytest
from PySide6.QtGui import QAccessible

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import build_demo_file
import a11y_walk as walk

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))
NAME = QAccessible.Text.Name


@pytest.fixture(params=["en", "fr"])
def demo_window(request, qtbot, tmp_path):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3", CLOCK().date(), request.param)
    with walk.KeptLanguage():
        install_translators(request.param)
        window = MainWindow(store, DataBus(), CLOCK)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        yield window
        window.close()
    store.close()


def test_every_view_names_its_widgets_shows_focus_and_tabs_in_reading_order(demo_window):
    problems, seen = [], []
    for view in walk.views(demo_window):
        seen.append(view)
        widgets = walk.keyboard_widgets(demo_window)
        page = demo_window.tabs.currentWidget()
        problems += [f"{view}: no name: {w}" for w in walk.unnamed([w for w in widgets if page.isAncestorOf(w)])]
        problems += [f"{view}: focus not shown: {w}" for w in walk.focus_unseen(widgets)]
        problems += [f"{view}: Tab goes back: {step}" for step in walk.order_breaks(demo_window, widgets, page)]
    assert len(seen) >= 4 + 6 + 1 + 3 + 3  # four tabs, six more strategy steps, the month, inner pages
    assert problems == []


def test_the_tab_bar_and_menus_are_named(demo_window):
    assert all(walk.accessible_name(w) for w in walk.keyboard_widgets(demo_window)
               if not demo_window.tabs.currentWidget().isAncestorOf(w))


def _items(widget) -> list[str]:
    interface = QAccessible.queryAccessibleInterface(widget)
    return [interface.child(i).text(NAME) for i in range(interface.childCount())]


def test_calendar_cards_of_week_and_month_are_read_as_items(demo_window):
    from socialdesk.ui.calendar.week_view import PostList

    demo_window.show_tab(1)
    calendar = demo_window.tabs.currentWidget().ensure_built()
    week = [item for posts in calendar.week.lists() for item in _items(posts)]
    assert any(item.startswith("11:00 · Instagram") for item in week)  # Thursday's post: time, network, status, text
    calendar.months.set_mode("month", save=False)
    walk.settle()
    month = [item for posts in calendar.findChildren(PostList) if posts.isVisibleTo(demo_window)
             for item in _items(posts)]
    assert len(month) > len(week) and all(item.strip() for item in month)
    calendar.months.set_mode("week", save=False)


def test_the_completion_chart_lists_its_weeks(demo_window):
    from socialdesk.ui.rules.chart import CompletionChart

    demo_window.show_tab(2)
    checklist = demo_window.tabs.currentWidget().ensure_built()
    checklist.pages.setCurrentIndex(1)
    walk.settle()
    chart = checklist.findChild(CompletionChart)
    items = _items(chart)
    assert len(items) == len(chart.scores) > 0
    assert items == chart.week_words() and all(str(s.week.week) in item for s, item in zip(chart.scores, items))


def test_backwards_reading_rule():
    from PySide6.QtCore import QRect

    left, right, below = QRect(0, 0, 100, 20), QRect(200, 0, 100, 20), QRect(0, 40, 100, 20)
    higher_right_column = QRect(300, -200, 100, 20)
    assert walk.backwards(right, left) and walk.backwards(below, left)
    assert not walk.backwards(left, right) and not walk.backwards(right, below)
    assert not walk.backwards(below, higher_right_column)  # a form's second column


def _tables_trapping_tab(root) -> list[str]:
    from PySide6.QtWidgets import QAbstractItemView

    return [f"{type(view).__name__} {view.accessibleName() or view.objectName()}"
            for view in root.findChildren(QAbstractItemView) if view.tabKeyNavigation()]


def test_tab_leaves_every_table_of_the_window_and_its_dialogs(demo_window, qtbot):
    """Attack 37, M1: Tab, Shift+Tab and Ctrl+Tab went round the listings' 60 cells for ever, and in six dialogs Tab
    never reached OK. Arrows move inside a table; Tab goes on to the next field."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from socialdesk.ui.calendar.extras_dialog import ExtrasDialog
    from socialdesk.ui.calendar.limits_dialog import LimitsDialog
    from socialdesk.ui.calendar.year_dialog import YearDialog
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.preferences.dialog import PreferencesDialog

    trapped = []
    for view in walk.views(demo_window):
        trapped += [f"{view}: {t}" for t in _tables_trapping_tab(demo_window)]
    store = demo_window.store
    dialogs = [LimitsDialog(demo_window, store.calendar.limit_rows()), ExtrasDialog(demo_window, {}),
               YearDialog(demo_window, store, DataBus(), CLOCK, 2026), PreferencesDialog(demo_window, store, CLOCK, 2)]
    for dialog in dialogs:
        trapped += [f"{type(dialog).__name__}: {t}" for t in _tables_trapping_tab(dialog)]
        dialog.deleteLater()
    assert trapped == []
    demo_window.show_tab(3)
    presence = demo_window.tabs.currentWidget().ensure_built()
    presence.pages.setCurrentWidget(presence.listings)
    walk.settle()
    table = presence.listings.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not table
