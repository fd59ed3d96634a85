"""The month view restored at start-up says "+N more" only for the chips a day really cannot show."""

from datetime import date, time

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.tab import CalendarTab

CROWDED = date(2026, 12, 22)


def _hidden(cell) -> int:
    """The chips below the list's bottom edge, as laid out (not as the cell counts them)."""
    posts, bottom = cell.posts, cell.posts.viewport().height()
    return sum(1 for row in range(posts.count()) if posts.visualItemRect(posts.item(row)).bottom() >= bottom)


def _crowded(store) -> None:
    store.settings.set("calendar_view", "month")  # the view the owner left it on
    store.settings.set("last_tab", 1)  # and the tab: the calendar is built before the window is first laid out
    for hour in range(8, 17):
        store.calendar.add(Post(day=CROWDED, time=time(hour, 0), networks=("instagram",), text="Bûche",
                                status=PostStatus.PLANNED))


@pytest.mark.parametrize("size", [(1366, 768), (1100, 720)])  # the second: the window's default size
def test_a_month_restored_at_start_up_says_more_only_for_hidden_chips(qtbot, demo_window, size):
    window = demo_window("en", size, prepare=_crowded)
    assert window.findChild(QTabWidget).currentIndex() == 1
    qtbot.waitUntil(lambda: window.findChild(CalendarTab) is not None)
    calendar = window.findChild(CalendarTab)
    qtbot.waitUntil(lambda: calendar.months.shown and calendar.months.view.isVisible())
    qtbot.wait(100)
    QApplication.processEvents()
    view = calendar.months.view
    two = view.cell_of(date(2026, 12, 7))
    assert two.posts.count() == 2 and _hidden(two) == 0
    assert not two.mark.text().startswith("+"), two.mark.text()
    for cell in view.cells:
        hidden = _hidden(cell)
        assert cell.mark.text().startswith(f"+{hidden} more") if hidden else "more" not in cell.mark.text(), \
            (cell.posts.day, cell.posts.count(), hidden, cell.mark.text())
    crowded = view.cell_of(CROWDED)
    assert crowded.posts.count() == 9 and _hidden(crowded) > 0
    assert crowded.mark.text().startswith(f"+{_hidden(crowded)} more")
    cut = crowded.posts.viewport().grab().toImage()
    whole = crowded.posts.count() - _hidden(crowded)
    top = crowded.posts.visualItemRect(crowded.posts.item(whole)).top()
    below = {cut.pixel(x, y) for x in range(cut.width()) for y in range(top * round(cut.devicePixelRatio()),
                                                                      cut.height())}
    assert len(below) == 1  # the first hidden chip is not drawn cut in half below the whole ones
