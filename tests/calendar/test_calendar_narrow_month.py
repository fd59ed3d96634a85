"""The month in the smallest window (880×540): its title in the longest form that fits, never under a button (17e N3)."""

import pytest
from PySide6.QtWidgets import QApplication

from tests.calendar.test_calendar_narrow_week import _calendar

WHOLE = {"en": "December 2026", "fr": "Décembre 2026"}
SHORT = {"en": "Dec 2026", "fr": "déc. 2026"}


def _toolbar(tab):
    return [w for w in (tab.prev_button, tab.today_button, tab.next_button, tab.jump, tab.title, tab.new_button,
                        tab.more_button, tab.year_button) if w.isVisible()]


@pytest.mark.parametrize("language, size", [("en", (880, 540)), ("fr", (880, 540)), ("fr", (1366, 768))])
def test_the_month_title_fits_and_no_button_covers_it(qtbot, tmp_path, language, size):
    window, tab, store = _calendar(qtbot, tmp_path, language, size)
    tab.months.set_mode("month")
    for _ in range(5):
        QApplication.processEvents()
    title = tab.title
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    assert title.toolTip() == WHOLE[language] == title.accessibleName()
    assert title.text() in (WHOLE[language], SHORT[language])
    if size == (1366, 768):
        assert title.text() == WHOLE[language]
    widgets = _toolbar(tab)
    for left, right in zip(widgets, widgets[1:]):
        assert left.geometry().right() < right.geometry().left(), (left.objectName(), right.objectName())
    store.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_full_day_says_how_many_more_whole_and_every_mark_line_fits_its_width(qtbot, tmp_path, language):
    """Attack 30, #8: at 880×540 in French, "+14 de plus" showed as "+…": every day's number had the room of
    "28 sept." (only the 1st shows its month), which left the mark line 20 px. A day's number now takes its own
    room, and a mark line whose width changes (the 1st's wider number) chooses its words again."""
    from datetime import date, time

    from socialdesk.domain.posts import Post, PostStatus
    from socialdesk.ui.calendar.month_view import MonthCell

    window, tab, store = _calendar(qtbot, tmp_path, language, (880, 540))
    day = date(2026, 12, 12)
    for minute in range(14):
        store.calendar.add(Post(day=day, time=time(8, minute), networks=("instagram",), text=f"Post {minute}",
                                status=PostStatus.PLANNED))
    tab.months.set_mode("month")
    tab.reload()
    for _ in range(5):
        QApplication.processEvents()
    cells = window.findChildren(MonthCell)
    full = next(cell for cell in cells if cell.posts.day == day)
    shown = full.posts.viewport().height() // full.posts.sizeHintForRow(0)
    assert full.mark.text().startswith(f"+{14 - shown}"), full.mark.text()
    for cell in cells:
        before = cell.mark.text()
        cell._show_marks()
        assert cell.mark.text() == before, (cell.posts.day, before, cell.mark.text())
    store.close()
