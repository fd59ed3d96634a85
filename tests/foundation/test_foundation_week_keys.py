"""Alt+Left / Alt+Right / Alt+Home change the week in the checklist as they do in the calendar."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from socialdesk.domain.weeks import IsoWeek

ALT = Qt.KeyboardModifier.AltModifier


def _press(qtbot, widget, key):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(widget, key, ALT)


def _tab(qtbot, window, index):
    """The tab's content, once shown (a tab is built when first shown, and shown a moment later)."""
    window.show_tab(index)
    content = window.tabs.widget(index).content
    qtbot.waitUntil(content.isVisible)
    return content


def test_the_checklist_changes_week_with_alt_arrows_like_the_calendar(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    checklist = _tab(qtbot, window, 2)
    note = next(iter(checklist.week_page.note_edits.values()))  # the keys work from inside a rule's note
    assert checklist.week == IsoWeek(2026, 48)
    _press(qtbot, note, Qt.Key.Key_Left)
    assert checklist.week == IsoWeek(2026, 47)
    assert checklist.week_page.week == IsoWeek(2026, 47)
    assert "47" in checklist.week_label.text()
    _press(qtbot, checklist.pages.tabBar(), Qt.Key.Key_Right)
    _press(qtbot, checklist.pages.tabBar(), Qt.Key.Key_Right)
    assert checklist.week == IsoWeek(2026, 49)
    _press(qtbot, checklist.pages.tabBar(), Qt.Key.Key_Home)
    assert checklist.week == IsoWeek(2026, 48)
    assert "(Alt+Left)" in checklist.previous_button.toolTip()
    assert "(Alt+Right)" in checklist.next_button.toolTip()

    calendar = _tab(qtbot, window, 1)  # the same keys in the calendar move the calendar only
    _press(qtbot, calendar.ideas, Qt.Key.Key_Left)
    assert calendar.start == date(2026, 11, 16)
    assert checklist.week == IsoWeek(2026, 48)
    _press(qtbot, calendar.ideas, Qt.Key.Key_Home)
    assert calendar.start == date(2026, 11, 23)
