"""A listing out of date says so in words and in the theme's warning colour (not in bold alone)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.ui.presence.listings_model import COLUMNS, ListingsModel
from socialdesk.ui.theme import style
from socialdesk.ui.theme.palette import MIN_CONTRAST, contrast

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_out_of_date_is_written_in_the_warning_colour(qapp, choice):
    try:
        tokens = style.install(QApplication.instance(), choice).current
        model = ListingsModel()
        old = Listing(platform_key="google_business", status=ListingStatus.VERIFIED, last_checked=TODAY - timedelta(days=120))
        fresh = Listing(platform_key="google_business", status=ListingStatus.VERIFIED, last_checked=TODAY - timedelta(days=3))
        model.set_listings([old, fresh], TODAY)
        checked = COLUMNS.index("checked")
        stale, current = model.index(0, checked), model.index(1, checked)
        assert "out of date" in stale.data()
        colour = stale.data(Qt.ItemDataRole.ForegroundRole)
        assert colour is not None and colour.name().upper() == tokens.warning.upper()
        assert contrast(colour.name(), tokens.card) >= MIN_CONTRAST
        assert "out of date" not in current.data() and current.data(Qt.ItemDataRole.ForegroundRole) is None
    finally:
        style.install(QApplication.instance(), "system")
