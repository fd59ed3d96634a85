"""Enter in the publishing assistant does the next step: copy and open each network in turn, then mark as published."""

from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener


@pytest.fixture
def opened(monkeypatch):
    """The pages the assistant opened (no real browser starts); `opened.works = False`: none can open."""
    browser = SimpleNamespace(pages=[], works=True)
    monkeypatch.setattr(opener, "open_url", lambda url: browser.pages.append(url) or browser.works)
    return browser


def _dialog(qtbot, store, networks=("facebook", "instagram"), status=PostStatus.PLANNED):
    store.presence.ensure_listing("facebook", "boulangerielea")
    post = Post(day=date(2026, 11, 26), networks=networks, text="Brioche du dimanche", status=status,
                variants={"instagram": "Brioche du dimanche #brioche"})
    dialog = PublishDialog(None, post, store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _enter(qtbot, dialog):
    QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.wait(1)


def test_enter_copies_and_opens_each_network_then_marks_as_published(qtbot, store, opened):
    dialog = _dialog(qtbot, store)
    assert dialog.buttons["facebook"].isDefault() and dialog.buttons["facebook"].hasFocus()
    _enter(qtbot, dialog)  # first Enter: never "published" before anything was copied
    assert dialog.isVisible()
    assert QGuiApplication.clipboard().text() == "Brioche du dimanche"
    assert opened.pages and opened.pages[0].startswith("https://www.facebook.com/")
    assert dialog.buttons["instagram"].isDefault() and dialog.buttons["instagram"].hasFocus()
    _enter(qtbot, dialog)  # the next network's text
    assert dialog.isVisible()
    assert QGuiApplication.clipboard().text() == "Brioche du dimanche #brioche"
    assert dialog.mark.isDefault() and dialog.mark.hasFocus()
    _enter(qtbot, dialog)  # all copied: Enter now says it went out
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted


def test_when_no_browser_opens_enter_copies_the_link_then_moves_on(qtbot, store, opened):
    opened.works = False
    dialog = _dialog(qtbot, store)
    _enter(qtbot, dialog)
    assert dialog.copy_link.isVisible() and dialog.copy_link.isDefault()
    _enter(qtbot, dialog)
    assert QGuiApplication.clipboard().text() == opened.pages[0]
    assert dialog.buttons["instagram"].isDefault()


def test_an_already_published_post_ends_on_close_not_on_publishing_again(qtbot, store, opened):
    dialog = _dialog(qtbot, store, networks=("facebook",), status=PostStatus.PUBLISHED)
    _enter(qtbot, dialog)
    assert dialog.isVisible() and QGuiApplication.clipboard().text() == "Brioche du dimanche"
    _enter(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
