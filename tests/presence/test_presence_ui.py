"""The presence tab as the owner uses it: listings, undo, consistency diffs, link builder, QR hand-off."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.presence import tab as tab_module
from socialdesk.ui.presence.consistency_page import ConsistencyModel
from socialdesk.ui.presence.labels import card_words
from socialdesk.ui.presence.listings_model import ListingsModel
from socialdesk.ui.presence.listings_page import open_safe_url
from socialdesk.ui.presence.tab import PresenceTab

TODAY = date(2026, 11, 26)
PLACE = "ChIJN1t_tDeuEmsRUsoyG83frY4"


@pytest.fixture(autouse=True)
def _without_the_qr_designer(monkeypatch):
    """These tests are about the listings side; the hand-off to the real designer is tested apart."""
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)


@pytest.fixture
def demo_tab(qtbot, store, bus):
    seed_demo(store, TODAY)
    tab = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    return tab


def _select(page, platform_name):
    for row in range(page.model.rowCount()):
        if page.model.listing_at(row).name == platform_name:
            page.select_row(row)
            return page.selected()
    raise AssertionError(platform_name)


def test_listings_show_status_and_flag_stale_ones(demo_tab):
    model = demo_tab.listings.model
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    assert model.index(rows["Yelp"], 4).data().endswith("out of date")
    assert not model.index(rows["Google Business Profile"], 4).data().endswith("out of date")
    assert model.index(rows["TheFork"], 1).data() == "Not relevant"
    assert model.index(rows["Instagram"], 3).data() == "instagram.com/boulangerielea"


def test_editing_a_listing_saves_at_once_and_undoes(demo_tab, store, qtbot):
    _select(demo_tab.listings, "Bing Places")
    form = demo_tab.listings.form
    form.status.setCurrentIndex(form.status.findData(ListingStatus.CLAIMED.value))
    form.status.activated.emit(form.status.currentIndex())
    qtbot.mouseClick(form.checked_today, Qt.MouseButton.LeftButton)
    bing = store.presence.listing_for("bing")
    assert bing.status is ListingStatus.CLAIMED and bing.last_checked == TODAY
    demo_tab.undo_stack.undo()
    demo_tab.undo_stack.undo()
    bing = store.presence.listing_for("bing")
    assert bing.status is ListingStatus.TO_CLAIM and bing.last_checked != TODAY
    assert demo_tab.listings.form.status.currentData() == ListingStatus.TO_CLAIM.value


def test_typing_a_wrong_link_warns_and_keeps_the_text(demo_tab, store, qtbot):
    _select(demo_tab.listings, "Yelp")
    form = demo_tab.listings.form
    form.url.setText("https://www.yelp.fr/search?find_desc=lea")
    form.url.editingFinished.emit()
    assert store.presence.listing_for("yelp").url == "https://www.yelp.fr/search?find_desc=lea"
    assert "does not look like a business page" in form.url_warning.text()
    assert "Find us on Yelp" in form.rule.text()
    _select(demo_tab.listings, "Google Business Profile")
    form.review_url.setText("https://g.page/boulangerie-lea-lyon")
    form.review_url.editingFinished.emit()
    assert form.rule.text().startswith("This review link does not look like")
    assert "Google's rule" in form.rule.text()


def test_add_and_remove_listings_with_undo(demo_tab, store, qtbot):
    page = demo_tab.listings
    before = len(store.presence.listings())
    page.add_listing(store.presence.listings()[0].__class__(platform_key="custom", custom_name="Marché de Lyon"))
    assert page.selected().name == "Marché de Lyon"
    assert page.form.custom_name.isVisibleTo(page.form)
    page.form.custom_name.setText("Marché de la Croix-Rousse")
    page.form.custom_name.editingFinished.emit()
    assert page.form.title.text() == "Marché de la Croix-Rousse"
    assert page.selected().name == "Marché de la Croix-Rousse"
    demo_tab.undo_stack.undo()
    assert page.selected().name == "Marché de Lyon"
    assert len(store.presence.listings()) == before + 1
    page.remove_button.click()
    assert len(store.presence.listings()) == before
    page.select_row(0)
    first = page.selected().name
    demo_tab.show()
    qtbot.waitExposed(demo_tab)
    demo_tab.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert first not in [l.name for l in store.presence.listings()]
    demo_tab.undo_stack.undo()
    demo_tab.undo_stack.undo()
    assert [l.name for l in store.presence.listings()][-1] == "Marché de Lyon"


def test_add_menu_offers_missing_platforms_and_cityvox_as_custom(demo_tab):
    page = demo_tab.listings
    page._on_add_menu_about_to_show()
    texts = [action.text() for action in page.add_menu.actions()]
    assert "Waze" in texts and not any(text.startswith("Google Business Profile") for text in texts)
    assert not any("Qype" in text for text in texts)  # Yelp is already listed in the demo


def test_add_menu_names_the_interviews_platforms(qtbot, store, bus):
    tab = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    tab.listings._on_add_menu_about_to_show()
    texts = [action.text() for action in tab.listings.add_menu.actions()]
    assert "Yelp (in the 2011 interview: Qype)" in texts
    assert "TheFork (in the 2011 interview: LaFourchette)" in texts
    assert texts[0].startswith("Google Business Profile (in the 2011 interview: Google Adresses")
    assert any(text.startswith("Cityvox") and "added as your own platform" in text for text in texts)


def test_open_only_opens_web_links(monkeypatch, demo_tab):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert open_safe_url("javascript:alert(1)") is False
    assert open_safe_url("file:///etc/passwd") is False
    _select(demo_tab.listings, "Facebook")
    demo_tab.listings.open_button.click()
    assert opened == ["https://www.facebook.com/boulangerielea"]
    _select(demo_tab.listings, "Cityvox")
    assert not demo_tab.listings.open_button.isEnabled()


def test_consistency_highlights_the_differing_characters(demo_tab):
    page = demo_tab.consistency
    names = [check.listing.name for check in page.model.checks]
    assert "TheFork" not in names  # not relevant listings are not checked
    page.table.selectRow(names.index("Bing Places"))
    html = page.details.toHtml()
    assert "line-through" in html and "underline" in html
    text = page.details.toPlainText()
    assert "+33478000000" in text and "+33478000001" in text
    assert "“14 rue d'Austerlitz, 69004 Lyon” (listing)" in text
    assert page.summary.text().startswith("Listings that differ from the shop card: 3 of 9.")  # Apple: its hours


def test_the_address_as_written_keeps_a_percent_marker_typed_on_the_card(demo_tab, store, bus):
    """Issue 13: the listing's text was put into the card's "%2" by a chained replace."""
    card = store.shop.get()
    card.address = "Cour 100%2, 14 rue d'Austerlitz"
    bus.publish(store.shop.save(card), None)
    page = demo_tab.consistency
    page.table.selectRow([check.listing.name for check in page.model.checks].index("Bing Places"))
    text = page.details.toPlainText()
    assert "“Cour 100%2, 14 rue d'Austerlitz, 69004 Lyon” (shop card)" in text


def test_consistency_follows_the_shop_card(demo_tab, store, bus):
    card = store.shop.get()
    card.phone = "04 78 00 00 01"
    bus.publish(store.shop.save(card), None)
    bing = next(c for c in demo_tab.consistency.model.checks if c.listing.platform_key == "bing")
    assert bing.phone.state.value == "match"
    assert "Strategy tab" in demo_tab.consistency.card_label.text()


def test_an_empty_shop_card_says_where_to_fill_it(qtbot, store, bus):
    store.presence.ensure_listing("google")
    tab = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    assert "empty" in tab.consistency.empty_card.label.text() and not tab.consistency.empty_card.isHidden()  # and its button
    assert tab.consistency.model.checks[0].name.state.value == "no_reference"


@pytest.mark.parametrize("pasted, fragment, usable", [
    ("12345678901234567890", "CID", False),
    ("https://maps.app.goo.gl/AbCdEf123", "short link", False),
    (PLACE, "review link below is ready", True),
])
def test_link_builder_explains_what_was_pasted(demo_tab, pasted, fragment, usable):
    links = demo_tab.links
    links.place_id.setText(pasted)
    assert fragment in links.place_id_note.text()
    assert bool(links.review_output.result()) is usable
    assert links.use_for_google.isEnabled() is usable


def test_review_link_goes_to_the_google_listing_and_its_card(demo_tab, store):
    links = demo_tab.links
    links.place_id.setText(PLACE)
    links.place_id.editingFinished.emit()
    links.use_for_google.click()
    google = store.presence.listing_for("google_business")
    assert google.review_url.endswith(PLACE)
    assert store.presence.link_values()["place_id"] == PLACE
    assert store.presence.cards_to_print(card_words)[0].call_to_action == "Leave us a review on Google"
    demo_tab.undo_stack.undo()
    assert not store.presence.listing_for("google_business").review_url.endswith(PLACE)
    assert PLACE in links.google_maps_output.result() and "query=Boulangerie" in links.google_maps_output.result()
    assert "Google's rule" in links.findChild(type(links.place_id_note), "reviewGatingRule").text()


def test_link_builder_refuses_other_schemes(demo_tab):
    links = demo_tab.links
    links.web_url.setText("javascript:alert(1)")
    assert links.web_output.result() == "" and "javascript" in links.web_note.text()
    links.web_url.setText("https://[boulangerie")
    assert links.web_output.result() == "" and "website name" in links.web_note.text()
    links.web_url.setText("boulangerie-lea.fr/carte")
    assert links.web_output.result() == "https://boulangerie-lea.fr/carte"


def test_wifi_payload_is_escaped_and_settings_remembered(demo_tab, store):
    links = demo_tab.links
    if not hasattr(links, "wifi_ssid"):
        pytest.skip("the QR code part (socialdesk.qr.payloads) is not installed")
    links.wifi_ssid.setText('Léa;"invités":1,2\\')
    links.wifi_password.setText("pain;au:levain")
    assert links.wifi_output.result() == 'WIFI:T:WPA;S:Léa\\;\\"invités\\"\\:1\\,2\\\\;P:pain\\;au\\:levain;H:false;;'
    links.wifi_ssid.editingFinished.emit()
    assert store.presence.link_values()["wifi_ssid"] == 'Léa;"invités":1,2\\'
    assert "BEGIN:VCARD" in links.contact_output.result()


class _FakeQrPage:
    """Stands in for the QR engineer's QrPage: records what it was handed."""

    def __new__(cls, store, bus):
        from PySide6.QtWidgets import QWidget

        page = QWidget()
        page.received = []
        page.set_payload = lambda payload, caption="", call_to_action="": page.received.append(
            (payload, caption, call_to_action))
        return page


def test_make_a_qr_code_hands_the_payload_to_the_qr_page(monkeypatch, qtbot, store, bus):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: True)
    monkeypatch.setattr(tab_module, "qr_page_class", lambda: _FakeQrPage)
    seed_demo(store, TODAY)
    tab = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    _select(tab.listings, "Yelp")
    tab.listings.qr_button.click()
    assert tab.qr_page.received == [("https://www.yelp.fr/biz/boulangerie-l%C3%A9a-lyon", "Yelp", "Find us on Yelp")]
    assert tab.pages.currentWidget() is tab.qr_page


def test_without_the_qr_page_there_is_no_qr_button(monkeypatch, qtbot, store, bus):
    monkeypatch.setattr(tab_module, "qr_page_available", lambda: False)
    tab = PresenceTab(store, bus, fixed_clock(TODAY))
    qtbot.addWidget(tab)
    assert tab.listings.qr_button is None and tab.pages.count() == 3
    assert tab.links.review_output.qr_button is None


def test_models_pass_the_model_tester(qtmodeltester, store):
    seed_demo(store, TODAY)
    listings = ListingsModel()
    listings.set_listings(store.presence.listings(), TODAY)
    qtmodeltester.check(listings)
    consistency = ConsistencyModel()
    from socialdesk.domain.presence.nap import check_listing

    consistency.set_checks([check_listing(store.shop.get(), l, TODAY) for l in store.presence.listings()])
    qtmodeltester.check(consistency)


def test_other_areas_do_not_reload_the_listings(demo_tab, store):
    store.presence.add(Listing(platform_key="custom", custom_name="Hors bus"))  # written without publishing
    demo_tab.bus.publish(Change(Area.CALENDAR), None)
    assert "Hors bus" not in [l.name for l in demo_tab.listings.model._listings]
    demo_tab.bus.publish(Change(Area.PRESENCE), None)
    assert "Hors bus" in [l.name for l in demo_tab.listings.model._listings]


def test_the_tab_speaks_french(qtbot, store, bus):
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    try:
        seed_demo(store, TODAY)
        tab = PresenceTab(store, bus, fixed_clock(TODAY))
        qtbot.addWidget(tab)
        assert [tab.pages.tabText(i) for i in range(3)] == ["Fic&hes", "C&ohérence", "Lie&ns"]
        assert tab.listings.model.index(0, 1).data() == "Validée"
        assert "Règle de Google" in tab.links.findChild(type(tab.links.place_id_note), "reviewGatingRule").text()
    finally:
        install_translators("en")


def test_a_refused_write_is_told_and_leaves_no_undo_step(monkeypatch, demo_tab, store):
    from PySide6.QtWidgets import QMessageBox

    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: told.append(title))
    _select(demo_tab.listings, "Bing Places")
    store.conn.execute("PRAGMA query_only = ON")  # every write now fails like a read-only file
    form = demo_tab.listings.form
    form.nap_phone.setText("04 78 00 00 00")
    form.nap_phone.editingFinished.emit()
    store.conn.execute("PRAGMA query_only = OFF")
    assert told == ["Your last change was not saved"]
    assert demo_tab.undo_stack.count() == 0
    assert store.presence.listing_for("bing").nap_phone == "04 78 00 00 01"
    assert form.nap_phone.text() == "04 78 00 00 01"  # the form shows what the file holds


def test_the_card_note_tells_what_will_be_printed_or_why_not(demo_tab, store):
    form = demo_tab.listings.form
    _select(demo_tab.listings, "Yelp")
    assert form.card_note.text() == "The card will say: Find us on Yelp"
    _select(demo_tab.listings, "Apple Business Connect")
    assert form.card_note.text() == ""
    form.print_card.setChecked(True)
    assert store.presence.listing_for("apple").print_card
    assert form.card_note.text().startswith("No card yet")


def test_the_review_rule_is_named_googles_only_on_googles_listing(demo_tab):
    """Attack 41: « Règle de Google » under the Facebook listing's review link; elsewhere the same rule is said as the
    safe one everywhere, Yelp keeps its own."""
    form = demo_tab.listings.form
    _select(demo_tab.listings, "Google Business Profile")
    assert form.rule.text().startswith("Google's rule:")
    _select(demo_tab.listings, "Facebook")
    assert form.rule.text().startswith("Ask every customer") and "Google forbids both" in form.rule.text()
    _select(demo_tab.listings, "Yelp")
    assert form.rule.text().startswith("Yelp forbids asking")
