"""The listings side hands payloads to the real QR designer, which gets them exactly and checks them."""

from datetime import date

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.presence.tab import PresenceTab, qr_page_available

pytestmark = pytest.mark.skipif(not qr_page_available(), reason="the QR designer page is not installed")
TODAY = date(2026, 11, 26)


@pytest.fixture
def tab(qtbot, store, bus):
    seed_demo(store, TODAY)
    built = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(built)
    built.resize(1200, 800)
    return built


def test_a_listing_goes_to_the_designer_with_its_caption_and_call_to_action(tab):
    page = tab.listings
    row = next(r for r in range(page.model.rowCount()) if page.model.listing_at(r).platform_key == "yelp")
    page.select_row(row)
    page.qr_button.click()
    designer = tab.qr_page
    assert tab.pages.currentWidget() is designer
    assert designer.payload_form.payload() == "https://www.yelp.fr/biz/boulangerie-l%C3%A9a-lyon"
    assert designer.design_form.caption.text() == "Yelp"
    assert designer.design_form.call_to_action.text() == "Find us on Yelp"
    assert designer.checked is not None and designer.checked.verdict.ok


def test_the_google_review_card_carries_the_review_link(tab, store):
    page = tab.listings
    page.select_row(0)  # Google Business Profile, with its review link
    page.qr_button.click()
    assert tab.qr_page.payload_form.payload() == store.presence.listing_for("google_business").review_url
    assert tab.qr_page.design_form.call_to_action.text() == "Leave us a review on Google"


@pytest.mark.parametrize("output_name", ["wifi_output", "contact_output", "review_output"])
def test_link_builder_payloads_arrive_exactly(tab, output_name):
    links = tab.links
    links.wifi_password.setText('pain;au:levain,"chaud"\\')
    output = getattr(links, output_name)
    assert output.qr_button is not None and output.qr_button.isEnabled()
    expected = output._payload
    output.qr_button.click()
    assert tab.qr_page.payload_form.payload() == expected
    assert tab.qr_page.checked.verdict.ok
