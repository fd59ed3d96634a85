"""The publishing assistant tells the truth about the browser: opened, or not (and the link can be copied)."""

from datetime import date

import pytest
from PySide6.QtGui import QGuiApplication

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener


@pytest.fixture
def dialog(qtbot, store):
    store.presence.ensure_listing("facebook", "boulangerielea")
    post = Post(day=date(2026, 11, 26), networks=("facebook",), text="Brioche du dimanche",
                status=PostStatus.PLANNED)
    made = PublishDialog(None, post, store)
    qtbot.addWidget(made)
    made.show()
    return made


def test_when_no_browser_starts_the_assistant_says_so_and_offers_the_link(dialog, monkeypatch):
    tried = []
    monkeypatch.setattr(opener, "open_url", lambda url: tried.append(url) or False)
    dialog.buttons["facebook"].click()
    words = dialog.feedback.text()
    assert tried and tried[0].startswith("https://www.facebook.com/")
    assert "Opened" not in words and "No web browser could be opened" in words
    assert QGuiApplication.clipboard().text() == "Brioche du dimanche"  # the text was still copied
    assert dialog.copy_link.isVisible()
    dialog.copy_link.click()
    assert QGuiApplication.clipboard().text() == tried[0]
    assert "link is copied" in dialog.feedback.text()


def test_when_the_browser_starts_the_assistant_says_opened(dialog, monkeypatch):
    monkeypatch.setattr(opener, "open_url", lambda url: True)
    dialog.buttons["facebook"].click()
    assert "Opened https://www.facebook.com/boulangerielea." in dialog.feedback.text()
    assert not dialog.copy_link.isVisible()
