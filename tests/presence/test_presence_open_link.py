"""The listings page's Open: when no browser starts, the owner is told and the link is on the clipboard."""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.common import opener
from socialdesk.ui.presence import tab as tab_module
from socialdesk.ui.presence.tab import PresenceTab


def test_open_without_a_browser_copies_the_link_and_says_so(qtbot, store, bus, monkeypatch):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)
    seed_demo(store, date(2026, 11, 26))
    tab = PresenceTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    page = tab.listings
    for row in range(page.model.rowCount()):
        if page.model.listing_at(row).name == "Facebook":
            page.select_row(row)
    monkeypatch.setattr(opener, "open_url", lambda url: False)
    seen = []

    def read_and_close():
        box = QApplication.activeModalWidget()
        seen.append(box.text() if box else "")
        if box:
            box.close()

    QTimer.singleShot(0, read_and_close)
    page.open_button.click()
    assert seen and "No web browser could be opened for https://www.facebook.com/boulangerielea" in seen[0]
    assert "link is copied" in seen[0]
    assert QGuiApplication.clipboard().text() == "https://www.facebook.com/boulangerielea"
