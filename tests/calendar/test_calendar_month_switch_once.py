"""A month switch in a window shorter than the month would like (1100×720: a 768-pixel screen) paints the month
once and leaves the rest of the window alone: the page no longer asks the window to lay out again for a need it
already told."""

from datetime import date, time, timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus

TODAY = date(2026, 11, 26)


class _Paints(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        self.count += event.type() == QEvent.Type.Paint
        return False


def _settle() -> None:
    for _ in range(8):  # Qt lays out one level up per turn: let every turn run
        QApplication.processEvents()


def test_a_month_switch_in_a_short_window_paints_the_month_once_and_not_the_tab_bar(qtbot, file_store):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    file_store.calendar.import_posts([
        Post(day=TODAY - timedelta(days=n * 2), time=time(9 + n % 8, 15), networks=("instagram",),
             text=f"Fournée {n} : pain d'épices", status=PostStatus.PLANNED) for n in range(90)])
    window = MainWindow(file_store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(1)
    _settle()
    tab = window.tabs.currentWidget().content
    qtbot.mouseClick(tab.months.month_button, Qt.MouseButton.LeftButton)
    _settle()
    page = window.tabs.currentWidget()
    assert page.height() < tab.minimumSizeHint().height()  # the case: the month wants more than it has
    tabs, cells = _Paints(window.tabs.tabBar()), [_Paints(cell) for cell in tab.months.view.cells]
    for _ in range(3):
        tabs.count = 0
        for cell in cells:
            cell.count = 0
        qtbot.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
        _settle()
        assert [cell.count for cell in cells] == [1] * len(cells)  # every day repainted, once
        assert tabs.count == 0  # the window around the page was not laid out and repainted whole
    assert sum(cell.posts.count() for cell in tab.months.view.cells) > 0
