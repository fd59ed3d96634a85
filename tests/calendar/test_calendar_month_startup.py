"""The month view restored at start-up says "+N more" only for the chips a day really cannot show."""

from datetime import date, time

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
    for hour in range(8, 17):
        store.calendar.add(Post(day=CROWDED, time=time(hour, 0), networks=("instagram",), text="Bûche",
                                status=PostStatus.PLANNED))


def test_a_month_restored_at_start_up_says_more_only_for_hidden_chips(qtbot, demo_window):
    window = demo_window("en", prepare=_crowded)
    window.findChild(QTabWidget).setCurrentIndex(1)  # the Calendar tab, built when first shown
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
