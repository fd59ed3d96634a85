"""A week switch lays out and paints the week once: each card painted once, the rest of the window left alone,
and the week reached by « Next » looks exactly like the same week opened afresh (holidays and notes included)."""

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar import post_card

TODAY = date(2026, 11, 26)
CHRISTMAS_WEEK = date(2026, 12, 21)  # a holiday note on Friday: every day gives it room


def _plan(store) -> None:
    posts = [Post(day=TODAY + timedelta(days=n * 3), time=time(9 + n % 8, 15), networks=("instagram", "facebook"),
                  text=f"Fournée {n} : pain d'épices et brioches\nsuite", status=list(PostStatus)[n % 3],
                  about="customers") for n in range(20)]
    store.calendar.import_posts(posts)


def _settle() -> None:
    for _ in range(8):  # Qt lays out one level up per turn: let every turn run
        QApplication.processEvents()


def _window(qtbot, store):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators("fr")
    window = MainWindow(store, DataBus(), fixed_clock(TODAY))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(1)
    _settle()
    return window, window.tabs.currentWidget().content


class _Paints(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        self.count += event.type() == QEvent.Type.Paint
        return False


@pytest.fixture
def cards_painted(monkeypatch):
    painted = []
    paint = post_card.PostCardDelegate.paint

    def counting(self, painter, option, index):
        painted.append(index.data(post_card.POST_ROLE).id)
        return paint(self, painter, option, index)

    monkeypatch.setattr(post_card.PostCardDelegate, "paint", counting)
    return painted


def test_a_week_switch_paints_each_card_once_and_not_the_whole_window(qtbot, file_store, cards_painted):
    _plan(file_store)
    window, tab = _window(qtbot, file_store)
    tabs = _Paints(window.tabs.tabBar())
    qtbot.mouseClick(tab.previous_button if hasattr(tab, "previous_button") else tab.prev_button,
                     Qt.MouseButton.LeftButton)  # the focus leaves the list for the button once: its cards repaint
    _settle()
    for _ in range(5):  # into Christmas week: its holiday note moves every day's list down
        cards_painted.clear()
        tabs.count = 0
        qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
        _settle()
        shown = sorted(posts.item(row).data(post_card.POST_ROLE).id for posts in tab.week.lists()
                       for row in range(posts.count()))
        assert shown and sorted(cards_painted) == shown
        assert tabs.count == 0  # the tab bar: nothing of it changed, the window was not repainted whole


def test_the_week_reached_by_next_looks_like_the_week_opened_afresh(qtbot, file_store):
    _plan(file_store)
    window, tab = _window(qtbot, file_store)
    while tab.start < CHRISTMAS_WEEK:
        qtbot.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
        _settle()
    assert tab.start == CHRISTMAS_WEEK and any(column.note.text() for column in tab.week.columns)
    switched = tab.grab().toImage()
    window.close()
    fresh_window, fresh = _window(qtbot, file_store)  # the file remembers no week: it opens on today's
    fresh.show_week(CHRISTMAS_WEEK)
    fresh.next_button.setFocus()  # where the clicks left the keyboard (show_tab put it on today's day)
    _settle()
    assert fresh.grab().toImage() == switched
