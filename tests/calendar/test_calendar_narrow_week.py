"""The week in the smallest window (880×540): its title on one line, every card's status word whole."""

from datetime import datetime

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import build_demo_file
from socialdesk.ui.calendar.labels import STATUSES
from socialdesk.ui.calendar.post_card import POST_ROLE, PostCardDelegate
from tests.calendar.test_calendar_week_polish import _Recorder

NEW_YEAR = datetime(2026, 12, 28, 9, 0)  # week 53: 28 Dec 2026 – 3 Jan 2027, the longest title of all
TITLES = {"en": ("Week 53 · 28 Dec – 3 Jan 2027", "W53"), "fr": ("Semaine 53 · 28 déc. – 3 janv. 2027", "S53")}


def _calendar(qtbot, tmp_path, language, size):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3", NEW_YEAR.date(), language)
    install_translators(language)
    window = MainWindow(store, DataBus(), fixed_clock(NEW_YEAR))
    qtbot.addWidget(window)
    window.guide.on_open()
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.guide.check_due(record=False)  # the due panel takes its room above the tabs, as on a Monday
    window.show_tab(1)
    tab = window.tabs.widget(1).ensure_built()
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(50)  # the lists lay their cards out at the next turns of the loop
    assert (window.width(), window.height()) == size
    return window, tab, store


@pytest.fixture
def painted(monkeypatch):
    """The rectangle the list gives each card it paints, by (list, row): set before the window is made."""
    rects = {}
    paint = PostCardDelegate.paint
    monkeypatch.setattr(PostCardDelegate, "paint", lambda self, painter, option, index: (
        rects.__setitem__((self.parent(), index.row()), QRect(option.rect)), paint(self, painter, option, index)))
    return rects


def _statuses(tab, painted):
    """Each card the week paints: its status word and what was drawn (text, room, width used) in the very
    rectangle the list gave it."""
    for column in tab.week.columns:
        painted.clear()
        column.posts.viewport().grab()
        for (posts, row), rect in list(painted.items()):
            yield STATUSES[posts.item(row).data(POST_ROLE).status], _drawn(posts, row, rect)


def _drawn(posts, row, rect):
    item = posts.item(row)
    option = QStyleOptionViewItem()
    option.rect = rect
    option.font, option.palette, option.widget = posts.font(), posts.palette(), posts
    option.state = QStyle.StateFlag.State_Enabled
    image = QImage(rect.right() + 10, rect.bottom() + 10, QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    posts.itemDelegate().paint(painter, option, posts.indexFromItem(item))
    painter.end()
    return painter.texts


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_880_by_540_the_week_title_is_one_line_and_names_the_week(qtbot, tmp_path, language):
    window, tab, store = _calendar(qtbot, tmp_path, language, (880, 540))
    title = tab.title
    line = title.fontMetrics().lineSpacing()
    assert title.height() < 2 * line, title.height()  # was five lines of French
    assert title.fontMetrics().horizontalAdvance(title.text()) <= title.contentsRect().width()
    whole, short = TITLES[language]
    assert title.text().startswith(short) and title.toolTip() == whole == title.accessibleName()
    store.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_880_by_540_every_card_shows_its_status_word_whole(qtbot, tmp_path, painted, language):
    window, tab, store = _calendar(qtbot, tmp_path, language, (880, 540))
    cards = list(_statuses(tab, painted))
    assert len(cards) >= 7
    for word, drawn in cards:
        shown = [(text, room, used) for text, room, used in drawn if text.startswith(word)]
        assert shown and all(used <= room and "…" not in text for text, room, used in shown), (word, drawn)
    store.close()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_at_1366_by_768_the_week_reads_as_before(qtbot, tmp_path, painted, language):
    window, tab, store = _calendar(qtbot, tmp_path, language, (1366, 768))
    assert tab.title.text() == TITLES[language][0]
    drawn = [text for _word, texts in _statuses(tab, painted) for text, _room, _used in texts]
    assert any(text.endswith("  ↻") for text in drawn)  # the weekly post keeps its repeat mark
    store.close()
