"""Focus is always visible: every widget the keyboard reaches looks different while it has the focus."""

from datetime import date, time

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (QAbstractButton, QApplication, QScrollArea, QStackedWidget, QTableView,
                               QTabWidget, QWidget)

from socialdesk.domain.posts import Post, PostStatus

KEYBOARD = Qt.WidgetAttribute.WA_KeyboardFocusChange  # set by Tab; Fusion draws button focus only then


def _settle(qtbot):
    qtbot.wait(5)
    QApplication.processEvents()


def _focus(qtbot, window, widget):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    window.setAttribute(KEYBOARD)
    _settle(qtbot)
    assert widget.hasFocus()


def _region(window, widget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size()).adjusted(-3, -3, 3, 3)


def _with_and_without(qtbot, window, widget):
    """The widget's surroundings with the focus elsewhere (the tab bar), then on the widget."""
    parent = widget.parentWidget()
    while parent is not None:  # as Tab does: the scroll area brings the widget into view first
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()
    _focus(qtbot, window, window.tabs.tabBar())
    without = window.grab(_region(window, widget)).toImage()
    _focus(qtbot, window, widget)
    return without, window.grab(_region(window, widget)).toImage()


def _frame_differs(without, with_focus) -> bool:
    """Pixels change on each of the four sides of the widget's edge (3 px outside to 3 px inside)."""
    w, h = with_focus.width(), with_focus.height()
    sides = {"top": [(x, y) for x in range(w) for y in range(6)],
             "bottom": [(x, y) for x in range(w) for y in range(h - 6, h)],
             "left": [(x, y) for x in range(6) for y in range(h)],
             "right": [(x, y) for x in range(w - 6, w) for y in range(h)]}
    return all(any(without.pixel(x, y) != with_focus.pixel(x, y) for x, y in points) for points in sides.values())


@pytest.fixture
def filled(window, qtbot):
    """One planned post on Tuesday and one idea; every other day of the week is empty."""
    window.store.calendar.add(Post(day=date(2026, 11, 24), time=time(9, 0), networks=("facebook",),
                                   text="Pain de la semaine", status=PostStatus.PLANNED))
    window.store.calendar.add(Post(networks=("facebook",), text="La galette", status=PostStatus.IDEA))
    window.resize(1200, 800)
    return window


def _bring_forward(widget: QWidget) -> None:
    """Show the inner tab page that holds the widget."""
    while widget is not None:
        if isinstance(widget.parentWidget(), QStackedWidget):
            widget.parentWidget().setCurrentWidget(widget)
        widget = widget.parentWidget()


def _content(window, index):
    window.tabs.setCurrentIndex(index)
    return window.tabs.widget(index).content


def test_the_days_the_ideas_the_checklist_and_the_presence_lists_show_a_focus_frame(filled, qtbot):
    window = filled
    calendar = _content(window, 1)
    calendar.reload()
    lists = [calendar.ideas, *calendar.week.lists()]
    assert [posts.count() for posts in lists] == [1, 0, 1, 0, 0, 0, 0, 0]  # empty days are checked too
    checklist = _content(window, 2)
    widgets = [(calendar, 1, posts) for posts in lists] + [(checklist, 2, checklist.week_page)]
    widgets.append((checklist, 2, checklist.drivers_page.findChild(QTableView)))
    presence = _content(window, 3)
    widgets.append((presence, 3, presence.findChild(QTableView, "presenceListings")))
    for content, index, widget in widgets:
        window.tabs.setCurrentIndex(index)
        _bring_forward(widget)
        _settle(qtbot)
        without, with_focus = _with_and_without(qtbot, window, widget)
        assert _frame_differs(without, with_focus), widget.accessibleName() or type(widget).__name__


def _reachable(content: QWidget) -> list[QWidget]:
    return [w for w in content.findChildren(QWidget) if w.isVisible() and w.isEnabled() and w.focusProxy() is None
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_every_widget_the_keyboard_reaches_looks_different_with_the_focus(filled, qtbot):
    """Each tab and each page of its inner tabs: nothing takes the keyboard without showing it."""
    window = filled
    unseen = []
    for index in range(window.tabs.count()):
        content = _content(window, index)
        pages = content.findChildren(QTabWidget)
        for page in range(pages[0].count() if pages else 1):
            if pages:
                pages[0].setCurrentIndex(page)
            _settle(qtbot)
            for widget in _reachable(content):
                without, with_focus = _with_and_without(qtbot, window, widget)
                if without == with_focus:
                    text = widget.text() if isinstance(widget, QAbstractButton) else widget.accessibleName()
                    unseen.append(f"{index}/{page} {type(widget).__name__} {text}")
    assert unseen == []
