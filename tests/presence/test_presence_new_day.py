"""A window left open past midnight: the listings that are now out of date say so (the table, the form, the
consistency report), and what is being typed in the form stays."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from socialdesk.domain.presence.listings import Listing
from socialdesk.ui.presence import tab as tab_module
from socialdesk.ui.presence.listings_model import COLUMNS
from socialdesk.ui.presence.tab import PresenceTab

TODAY = date(2026, 11, 26)


@pytest.fixture
def now():
    return [datetime(2026, 11, 26, 23, 59)]


@pytest.fixture
def tab(qtbot, store, bus, monkeypatch, now):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)
    store.presence.add(Listing(platform_key="google_business", handle="boulangerie-lea",
                               last_checked=TODAY - timedelta(days=90)))  # 90 days today, 91 tomorrow
    widget = PresenceTab(store, bus, lambda: now[0])
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _checked(page) -> str:
    return page.model.data(page.model.index(0, COLUMNS.index("checked")), Qt.ItemDataRole.DisplayRole)


def test_the_listings_out_of_date_after_midnight_say_so_and_typed_words_stay(tab, now):
    page = tab.listings
    page.select_row(0)
    assert "⚠" not in _checked(page) and page.form.stale.isHidden()
    tab.pages.setCurrentIndex(1)  # the consistency report, built
    report = tab.consistency
    assert report.summary.text().rstrip(".").endswith("0")  # « Not checked for more than 90 days: 0. »
    tab.pages.setCurrentIndex(0)
    page.form.nap_phone.setText("04 78 00 00 0")  # being typed when midnight comes

    now[0] = datetime(2026, 11, 27, 0, 1)
    tab.new_day(TODAY, TODAY + timedelta(days=1))
    assert "⚠" in _checked(page)
    assert not page.form.stale.isHidden() and "90" in page.form.stale.text()
    assert page.form.nap_phone.text() == "04 78 00 00 0"
    assert report.summary.text().rstrip(".").endswith("1")  # « Not checked for more than 90 days: 1. »
