"""The listings page's two ways to add many or unusual listings: the recommended ones, another platform."""

from datetime import date

import pytest
from PySide6.QtWidgets import QInputDialog

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.presence.platform_keys import RECOMMENDED_LOCAL
from socialdesk.ui.presence import tab as tab_module
from socialdesk.ui.presence.tab import PresenceTab

TODAY = date(2026, 11, 26)


@pytest.fixture
def tab(qtbot, store, bus, monkeypatch):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)
    store.presence.add(Listing(platform_key="google_business", handle="boulangerie-lea"))
    widget = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(widget)
    return widget


def _names(page) -> list[str]:
    return [page.model.listing_at(row).name for row in range(page.model.rowCount())]


def test_the_recommended_button_adds_each_missing_listing_once_and_one_undo_removes_them(tab, store):
    page = tab.listings
    page.recommended_button.click()
    keys = [listing.platform_key for listing in store.presence.listings()]
    assert keys == list(RECOMMENDED_LOCAL)  # the one already there is kept, not doubled; the brief's order
    assert store.presence.listings()[0].handle == "boulangerie-lea"
    assert _names(page) == [Listing(platform_key=key).name for key in RECOMMENDED_LOCAL]  # the table shows them at once
    page.recommended_button.click()  # nothing left to add: nothing doubled
    assert len(store.presence.listings()) == len(RECOMMENDED_LOCAL)
    tab.undo_stack.undo()  # one step, named for what the owner did
    assert [listing.platform_key for listing in store.presence.listings()] == ["google_business"]
    assert _names(page) == [Listing(platform_key="google_business").name]


def test_another_platform_asks_its_name_and_adds_it(tab, store, monkeypatch):
    page = tab.listings
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("  Marché de Lyon ", True)))
    page.add_menu.aboutToShow.emit()  # the menu is filled as it opens
    action = next(a for a in page.add_menu.actions() if a.text() == "Another platform…")
    action.trigger()
    added = store.presence.listings()[-1]
    assert added.is_custom and added.name == "Marché de Lyon" and page.selected().name == "Marché de Lyon"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *args, **kwargs: ("   ", True)))
    action.trigger()  # a blank name adds nothing
    assert len(store.presence.listings()) == 2
