"""A link of what is due opens the checklist scrolled to its item, the keyboard on it (attack 37b, M1: the page
stayed at its top, the focus on a box out of sight or on a group that cannot show it)."""

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QPushButton


def _on_screen(page, widget) -> bool:
    corner = widget.mapTo(page.viewport(), QPoint(0, 0))
    return page.viewport().rect().intersects(QRect(corner, widget.size())) and widget.isVisible()


@pytest.mark.parametrize("size", [(880, 540), (1366, 768)])
def test_each_rule_link_shows_its_box_with_the_keyboard_on_it(demo_window, size):
    window = demo_window("fr", size)
    panel = window.guide.due_panel
    links = [b for b in panel.findChildren(QPushButton) if b.objectName().startswith("due_rule_")]
    assert links
    for link in links:
        link.click()
        page = window.tabs.currentWidget().content.week_page
        focused = window.focusWidget()  # the window's focus, whether or not it is the active window
        assert focused is page.rule_boxes[int(link.objectName().rsplit("_", 1)[1])]
        assert _on_screen(page, focused), link.text()


@pytest.mark.parametrize("month", [False, True])
def test_the_calendar_given_the_keyboard_puts_it_on_todays_day(demo_window, month):
    """Attack 37b, L2: Ctrl+2 left the focus on the calendar page itself: no name, no visible focus."""
    window = demo_window("en", (1366, 768))
    window.show_tab(1)
    calendar = window.tabs.currentWidget().content
    if month:
        calendar.months.set_mode("month", save=False)
        window.show_tab(0)
        window.show_tab(1)
    focused = window.focusWidget()
    assert focused is not calendar and focused.accessibleName().startswith("Monday 7 December")
