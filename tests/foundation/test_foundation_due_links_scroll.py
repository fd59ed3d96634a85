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


def test_where_a_link_puts_the_keyboard_its_focus_shows_at_once(demo_window, qtbot):
    """Attack 37c, M2: the rule's box had the keyboard but looked unfocused until the next Tab."""
    from PySide6.QtCore import Qt

    window = demo_window("fr", (1366, 768))
    window.activateWindow()
    qtbot.waitActive(window)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)  # as after a mouse click
    link = next(b for b in window.guide.due_panel.findChildren(QPushButton) if b.objectName().startswith("due_rule_"))
    link.click()
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)  # the style draws the focus from now


def test_leaving_a_new_files_welcome_by_the_view_menu_brings_it_back_with_what_is_due(qtbot, tmp_path):
    """Attack 37c, M1: left by Ctrl+3, the welcome stayed « new » for ever and what is due never showed."""
    from datetime import datetime, timedelta

    from socialdesk.domain.clock import fixed_clock
    from socialdesk.domain.rules.model import Rule
    from socialdesk.storage import open_store
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    monday = datetime(2026, 12, 7, 9)
    store = open_store(tmp_path / "new.sqlite3")
    store.rules.add(Rule(text="Answer every review"), monday.date() - timedelta(days=21))
    try:
        first = MainWindow(store, DataBus(), fixed_clock(monday))
        qtbot.addWidget(first)
        first.guide.on_open()
        assert first.guide.welcome_shown
        first.show_tab(2)  # Ctrl+3
        assert store.settings.get("welcome") == "started"
        first.close()
        later = MainWindow(store, DataBus(), fixed_clock(monday + timedelta(days=7)))
        qtbot.addWidget(later)
        later.guide.on_open()
        later.guide.check_due()
        assert later.guide.welcome_shown and later.guide.due_panel is not None
        later.close()
    finally:
        store.close()


def test_each_holiday_link_gives_the_keyboard_to_its_own_to_do_and_it_lasts(demo_window, qtbot):
    """Attack 37d: the link gave the keyboard to a button of the to-dos the week's refill was deleting (H1), and the
    second holiday's link opened on the first one's (M2)."""
    from socialdesk.ui.calendar.day_names import occasion_name

    window = demo_window("fr", (1366, 768))
    links = [b for b in window.guide.due_panel.findChildren(QPushButton) if b.objectName().startswith("due_occasion_")]
    assert len(links) == 2  # Noël and Jour de l'an, three weeks ahead
    for link in reversed(links):  # the second first: it opened on the first one's
        link.click()
        qtbot.wait(50)  # the widgets of the page's refill are deleted by now
        page = window.tabs.currentWidget().content.week_page
        focused = window.focusWidget()
        owner = next(t for t in page.occasion_tasks if t.isAncestorOf(focused))
        assert occasion_name(owner.occasion) == link.text().replace("&&", "&")
        assert _on_screen(page, focused) and focused.isVisible()


def test_a_peek_at_getting_started_leaves_a_file_in_use_as_it_was(demo_window):
    """Attack 37d, M1: Help ▸ Getting started then Ctrl+1 marked the demo's welcome as begun: it came back at every
    start."""
    window = demo_window("en", (1366, 768))
    before = window.store.settings.get("welcome")
    window.guide.show_welcome()
    window.show_tab(0)
    assert window.store.settings.get("welcome") == before


def test_start_with_the_first_rule_shows_where_the_keyboard_went(demo_window, qtbot):
    """Attack 37d, M3."""
    from PySide6.QtCore import Qt

    window = demo_window("fr", (1366, 768))
    window.show_tab(2)
    page = window.tabs.currentWidget().content.week_page
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    page._on_first_rule_requested()
    assert window.focusWidget() is next(iter(page.rule_boxes.values()))
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_a_holidays_answer_buttons_say_which_holiday_they_answer(demo_window):
    """Attack 37d, L4: two sets of « Open as usual » in Christmas week, none named for its holiday."""
    window = demo_window("en", (1366, 768))
    window.show_tab(2)
    page = window.tabs.currentWidget().content.week_page
    answers = [t.answer for t in page.occasion_tasks if getattr(t, "answer", None) is not None]
    assert answers
    for answer in answers:
        assert all(b.accessibleName().startswith(answer.reason + ":") for b in
                   (answer.usual_button, answer.special_button, answer.closed_button))

