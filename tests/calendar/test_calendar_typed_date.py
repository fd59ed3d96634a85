"""Typing a date into the week box moves once, to the date typed in full, never to a half-typed one."""

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDateTimeEdit

from socialdesk.domain.clock import fixed_clock
from socialdesk.ui.calendar.tab import CalendarTab


@pytest.fixture
def french_tab(qtbot, store, bus):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))  # dd/MM/yyyy
    try:
        store.settings.set("first_weekday", 1)
        widget = CalendarTab(store, bus, fixed_clock(date(2026, 11, 26)))
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        yield widget
    finally:
        QLocale.setDefault(before)


def _start_typing(tab, qtbot):
    tab.activateWindow()  # another test's window may still hold the keyboard
    qtbot.waitActive(tab)
    tab.jump.setFocus()
    qtbot.waitUntil(tab.jump.hasFocus)
    tab.jump.setSelectedSection(QDateTimeEdit.Section.DaySection)  # as Tab into the box does
    weeks = []
    tab.week_changed.connect(weeks.append)
    return weeks


@pytest.mark.parametrize("typed, monday, shown", [
    ("28122026", date(2026, 12, 28), "28 déc."),
    ("28122027", date(2027, 12, 27), "27 déc."),  # not by 28/12/2026 on the way
    ("01012030", date(2029, 12, 31), "31 déc."),
])
def test_typing_a_whole_date_shows_its_week_and_no_other(french_tab, qtbot, typed, monday, shown):
    assert french_tab.jump.displayFormat() == "dd/MM/yyyy"
    weeks = _start_typing(french_tab, qtbot)
    qtbot.keyClicks(french_tab.jump, typed)
    assert weeks == [monday]
    assert french_tab.start == monday
    assert shown in french_tab.title.toolTip()  # the whole title; a narrow window shows « S53 »


def test_a_date_half_typed_moves_when_editing_ends(french_tab, qtbot):
    weeks = _start_typing(french_tab, qtbot)
    qtbot.keyClicks(french_tab.jump, "0412")  # 4 December, the year left as it was
    assert weeks == [] and french_tab.start == date(2026, 11, 23)
    qtbot.keyClick(french_tab.jump, Qt.Key.Key_Return)
    assert weeks == [date(2026, 11, 30)] and french_tab.start == date(2026, 11, 30)


def test_the_arrow_keys_and_the_next_button_still_move_at_once(french_tab, qtbot):
    weeks = _start_typing(french_tab, qtbot)
    french_tab.next_button.click()
    assert weeks == [date(2026, 11, 30)]
    french_tab.jump.setDate(french_tab.jump.date().addDays(14))  # the calendar popup sets the date this way
    assert french_tab.start == date(2026, 12, 14)
