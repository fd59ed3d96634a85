"""The month's day marks in the smallest window (880×540): each fits its cell and reads as words or symbols,
never "○ N…"; the tooltip and the spoken name keep the words."""

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tests.calendar.test_calendar_narrow_week import _calendar


@pytest.mark.parametrize("language, size", [("en", (880, 540)), ("fr", (880, 540)), ("fr", (1366, 768))])
def test_the_holes_marks_fit_their_cell_and_stay_readable(qtbot, tmp_path, language, size):
    window, tab, store = _calendar(qtbot, tmp_path, language, size)
    tab.months.set_mode("month")
    tab.months.step(1)  # January 2027: the demo leaves usual posting days empty after the holidays
    for _ in range(5):
        QApplication.processEvents()
    nothing = "○ " + QCoreApplication.translate("MonthMode", "Nothing planned")
    holes = [cell for cell in tab.months.view.cells if nothing in cell.marks]
    assert len(holes) >= 4 and all(cell.flags["hole"] for cell in holes)
    for cell in (c for c in tab.months.view.cells if c.marks):
        shown, mark = cell.mark.text(), cell.mark
        drawn = mark.fontMetrics().horizontalAdvance(shown)
        assert 0 < drawn <= mark.contentsRect().width() and mark.geometry().right() <= cell.contentsRect().right()
        assert not re.fullmatch(r"\S+( \w{0,2})?…", shown), shown  # no symbol left alone or with a stray letter
        assert shown.startswith("+") or any(shown.startswith(m.split(" ", 1)[0]) for m in cell.marks), shown
        assert all(m in mark.toolTip().split("\n") and m in mark.accessibleName() for m in cell.marks)
    for cell in holes:
        assert "○" in cell.mark.text() or len(cell.marks) > 1
    if size == (1366, 768):  # room enough: the words themselves
        assert all(cell.mark.text().startswith(nothing.split()[0] + " " + nothing.split()[1][:4])
                   for cell in holes if cell.marks == [nothing])
    store.close()


def test_the_count_of_hidden_chips_is_never_cut_and_kept_before_the_marks_drop_it(qapp):
    """Attack 31, #8 and #9: in French "+8 de plus" showed as "+8 de pl…" where "+8" fit; and with a mark, in a
    narrow cell, the count went first ("✕" alone) when "+3✕" fit."""
    from PySide6.QtGui import QFont, QFontMetrics

    from socialdesk.ui.calendar.month_day_head import mark_text

    metrics = QFontMetrics(QFont(qapp.font()))
    words = "+8 de plus"
    for width in range(metrics.horizontalAdvance("+8"), metrics.horizontalAdvance(words)):
        assert mark_text(words, "+8", [], metrics, width) == "+8", width
    assert mark_text(words, "+8", [], metrics, metrics.horizontalAdvance(words) + 1) == words  # fractional advances
    marks = ["✕ Fermé"]
    width = metrics.horizontalAdvance("+3✕")
    assert mark_text("+3 de plus · ✕ Fermé", "+3", marks, metrics, width) == "+3✕"
    assert mark_text("○ Nothing planned", "", ["○ Nothing planned"], metrics,
                     metrics.horizontalAdvance("○ Nothing…")).startswith("○ Noth")
