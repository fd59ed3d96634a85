"""Tracking tags (utm_…) only on links to the shop's own website, where its statistics read them."""

from dataclasses import replace

import pytest

from socialdesk.domain.tracking import source_tag, tracking_allowed, with_tracking
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.qr_page import QrPage

SITE = "https://www.boulangerie-lea.fr"


@pytest.mark.parametrize("url, allowed", [
    ("https://www.boulangerie-lea.fr/galettes", True), ("boulangerie-lea.fr", True),
    ("https://g.page/r/CbX12345/review", False),
    ("https://search.google.com/local/writereview?placeid=ChIJabc", False),
    ("https://www.google.com/maps/search/?api=1&query=Lea", False), ("https://maps.apple.com/?q=Lea", False),
    ("https://www.instagram.com/boulangerie.lea/", False), ("https://www.yelp.fr/biz/lea", False),
    ("https://boulangerie-lea.fr.evil.com/", False), ("javascript:alert(1)", False),
])
def test_tags_are_offered_only_on_the_shops_own_website(url, allowed):
    assert tracking_allowed(url, SITE) is allowed
    assert tracking_allowed(url, "") is False  # no website on the shop card: nowhere to read them


def test_tags_replace_earlier_ones_and_keep_the_rest_of_the_link():
    tagged = with_tracking("https://www.boulangerie-lea.fr/menu?jour=lundi&utm_source=old#pain", SITE, "Table 3")
    assert tagged == "https://www.boulangerie-lea.fr/menu?jour=lundi&utm_source=table-3&utm_medium=qr#pain"
    assert source_tag("  ") == "counter-card" and source_tag("Comptoir été") == "comptoir-t"
    with pytest.raises(ValueError):
        with_tracking("https://g.page/r/CbX12345/review", SITE)


@pytest.fixture
def page(qtbot, store, bus):
    store.shop.save(replace(store.shop.get(), name="Boulangerie Léa", website=SITE))
    widget = QrPage(store, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_the_designer_offers_tags_on_the_website_and_says_why_not_elsewhere(page):
    form = page.payload_form
    page.set_payload("https://g.page/r/CbX12345/review")
    assert not form.tracking.isEnabled() and "review, Maps, social" in form.tracking.toolTip()
    page.set_payload(SITE + "/galettes")
    assert form.tracking.isEnabled()
    form.tracking.setChecked(True)
    page.refresh()
    assert page.checked.code.design.payload == SITE + "/galettes?utm_source=counter-card&utm_medium=qr"
    form.tracking_source.setText("vitrine")
    page.refresh()
    assert page.checked.code.design.payload.endswith("utm_source=vitrine&utm_medium=qr")
    form.url.setText("https://www.instagram.com/boulangerie.lea/")  # checked, but not offered here: no tags
    page.refresh()
    assert page.checked.code.design.payload == "https://www.instagram.com/boulangerie.lea/"


def test_the_reason_is_french_in_french(page):
    install_translators("fr")
    try:
        page.payload_form.set_shop(page.store.shop.get())
        page.set_payload("https://g.page/r/CbX12345/review")
        assert "avis" in page.payload_form.tracking.toolTip()
    finally:
        install_translators("en")


@pytest.mark.parametrize("payload, printed", [
    ("https://www.boulangerie-lea.fr/galettes?utm_source=counter-card&utm_medium=qr", "boulangerie-lea.fr/galettes"),
    ("https://www.boulangerie-lea.fr/?utm_source=door&utm_medium=qr", "boulangerie-lea.fr"),
    ("https://www.boulangerie-lea.fr/menu?jour=lundi&utm_source=door#pain", "boulangerie-lea.fr/menu?jour=lundi#pain"),
])
def test_the_printed_address_leaves_the_tags_out(payload, printed):
    """Before: a tagged link was printed whole, too long for one line, so no address was printed at all."""
    from socialdesk.domain.cards import printed_address

    assert printed_address(payload) == printed


def test_tags_the_owner_asked_for_are_not_warned_against_and_the_short_address_prints(page):
    page.set_payload(SITE + "/galettes")
    page.payload_form.tracking.setChecked(True)
    page.refresh()
    assert "utm" not in page.warnings.text() and page.printed_caption == "boulangerie-lea.fr/galettes"


@pytest.mark.parametrize("site", ["https://www.booking.com/hotel/fr/les-tilleuls.html", "https://www.airbnb.fr/rooms/123",
                                  "https://www.expedia.com/Paris-Hotels-Tilleuls.h1.Hotel-Information",
                                  "https://fr.trustpilot.com/review/fleurs.example", "https://www.etsy.com/shop/Fleurs",
                                  "https://www.openstreetmap.org/node/42"])
def test_no_tags_on_a_platform_page_typed_as_the_website(site):
    """A hotel whose only "site" is its Booking.com page reads no utm tags there (attack 16c, D4)."""
    assert not tracking_allowed(site, site)


@pytest.mark.parametrize(("typed", "tagged"), [
    ("https://fleurs.example/?a=1;b=2", "https://fleurs.example/?a=1;b=2;utm_source=table-3;utm_medium=qr"),
    ("https://fleurs.example/?flag", "https://fleurs.example/?flag&utm_source=table-3&utm_medium=qr"),
    ("https://fleurs.example/?UTM_SOURCE=x&b=%C3%A9", "https://fleurs.example/?b=%C3%A9&utm_source=table-3&utm_medium=qr"),
])
def test_tags_are_added_to_the_query_as_typed(typed, tagged):
    """The shop's own query is left as typed: no escaped ';' or '=', no '?flag=', no second source (D5)."""
    assert with_tracking(typed, "https://fleurs.example/", "Table 3") == tagged
