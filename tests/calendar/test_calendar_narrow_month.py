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
