"""Link builder: Place ID checks, what people paste instead, link shapes, the platform catalogue."""

from urllib.parse import parse_qs, urlsplit

import pytest

from socialdesk.domain.presence.links import (
    GoogleIdKind, UrlShape, apple_maps_link, google_maps_link, is_place_id, recognise_google_id, review_link,
    shop_vcard, url_shape,
)
from socialdesk.domain.presence.platforms import LEGACY_NAMES, PLATFORMS, platform, resolve_platform_key
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.urls import safe_http_url

PLACE = "ChIJN1t_tDeuEmsRUsoyG83frY4"


def test_review_link_from_a_place_id():
    assert review_link(PLACE) == f"https://search.google.com/local/writereview?placeid={PLACE}"
    assert safe_http_url(review_link(PLACE)) == review_link(PLACE)


@pytest.mark.parametrize("text", ["", "ChIJ", "1234567890123456789012", "ChIJ with spaces inside it", "ChIJ<script>abcdefghijk"])
def test_review_link_refuses_what_is_not_a_place_id(text):
    assert not is_place_id(text)
    with pytest.raises(ValueError):
        review_link(text)


@pytest.mark.parametrize("text, kind, usable", [
    (PLACE, GoogleIdKind.PLACE_ID, True),
    (f"  {PLACE}\n", GoogleIdKind.PLACE_ID, True),
    ("12345678901234567890", GoogleIdKind.CID, False),
    ("https://maps.google.com/?cid=12345678901234567890", GoogleIdKind.CID, False),
    ("0x47f4eb2f7d0c8d6b:0x7b3a9a1d4c2e5f60", GoogleIdKind.FEATURE_ID, False),
    ("https://www.google.com/maps/place/Boulangerie+L%C3%A9a/@45.76,4.83,17z/data=!4m6!3m5!1s0x47f4:0x7b3a",
     GoogleIdKind.MAPS_URL, False),
    ("https://g.page/r/CZx1a2B3c4D5EAE/review", GoogleIdKind.SHORT_REVIEW_LINK, True),
    ("https://g.page/boulangerie-lea-lyon", GoogleIdKind.SHORT_LINK, False),
    ("https://maps.app.goo.gl/AbCdEf123", GoogleIdKind.SHORT_LINK, False),
    (f"https://www.google.com/maps/search/?api=1&query=Lea&query_place_id={PLACE}", GoogleIdKind.PLACE_ID_IN_URL, True),
    (f"https://search.google.com/local/writereview?placeid={PLACE}", GoogleIdKind.PLACE_ID_IN_URL, True),
    ("", GoogleIdKind.EMPTY, False),
    ("boulangerie", GoogleIdKind.UNKNOWN, False),
    ("https://[google.com/maps", GoogleIdKind.UNKNOWN, False),
])
def test_pasted_google_identifiers_are_recognised(text, kind, usable):
    found = recognise_google_id(text)
    assert found.kind is kind
    assert found.usable is usable
    if kind in (GoogleIdKind.PLACE_ID, GoogleIdKind.PLACE_ID_IN_URL):
        assert found.place_id == PLACE and found.review_url == review_link(PLACE)


def test_a_place_id_of_an_address_is_accepted_but_flagged_unusual():
    found = recognise_google_id("EiRSdWUgZGUgbGEgUsOpcHVibGlxdWUsIEx5b24sIEZyYW5jZQ")
    assert found.kind is GoogleIdKind.PLACE_ID and found.unusual


def test_maps_link_keeps_the_query_beside_the_place_id():
    link = google_maps_link("Boulangerie Léa, 12 rue de la République, 69002 Lyon", PLACE)
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "www.google.com", "/maps/search/")
    assert parse_qs(parts.query) == {"api": ["1"], "query": ["Boulangerie Léa, 12 rue de la République, 69002 Lyon"],
                                     "query_place_id": [PLACE]}
    with pytest.raises(ValueError):
        google_maps_link("", PLACE)
    with pytest.raises(ValueError):
        google_maps_link("Léa", "123")


def test_apple_maps_link_pins_the_label_at_the_address():
    parts = urlsplit(apple_maps_link("Boulangerie Léa", "12 rue de la République, 69002 Lyon"))
    assert parts.netloc == "maps.apple.com"
    assert parse_qs(parts.query) == {"q": ["Boulangerie Léa"], "address": ["12 rue de la République, 69002 Lyon"]}
    with pytest.raises(ValueError):
        apple_maps_link("Léa", " ")


@pytest.mark.parametrize("key, url, shape", [
    ("yelp", "https://www.yelp.fr/biz/boulangerie-lea-lyon", UrlShape.OK),
    ("yelp", "https://www.yelp.fr/search?find_desc=lea", UrlShape.UNEXPECTED_PATH),
    ("thefork", "https://www.thefork.fr/restaurant/chez-lea-r123456", UrlShape.OK),
    ("thefork", "https://www.thefork.fr/restaurants/lyon-c1234", UrlShape.UNEXPECTED_PATH),
    ("tripadvisor", "https://www.tripadvisor.com/UserReviewEdit-g187265-d2345678-Boulangerie_Lea-Lyon.html", UrlShape.OK),
    ("tripadvisor", "https://www.tripadvisor.fr/Restaurant_Review-g187265-d2345678-Reviews-Lea-Lyon.html", UrlShape.OK),
    ("facebook", "https://www.facebook.com/boulangerie.lea", UrlShape.OK),
    ("facebook", "https://www.facebook.com/boulangerie.lea/reviews", UrlShape.OK),
    ("facebook", "https://www.facebook.com/sharer/sharer.php?u=x", UrlShape.UNEXPECTED_PATH),
    ("instagram", "https://www.instagram.com/boulangerie.lea/", UrlShape.OK),
    ("instagram", "https://www.instagram.com/p/Cx123/", UrlShape.UNEXPECTED_PATH),
    ("instagram", "https://www.facebook.com/boulangerie.lea", UrlShape.WRONG_SITE),
    ("google_business", "https://g.page/boulangerie-lea", UrlShape.UNCHECKED),
    ("custom", "https://www.cityvox.fr/x", UrlShape.UNCHECKED),
    ("yelp", "https://[yelp.fr/biz/x", UrlShape.WRONG_SITE),
])
def test_listing_url_shapes(key, url, shape):
    assert url_shape(key, url) is shape


def test_the_interviews_names_map_to_todays_platforms():
    fates = {legacy.key: legacy.fate.value for legacy in LEGACY_NAMES}
    assert resolve_platform_key("qype") == "yelp" and fates["qype"] == "merged"
    assert resolve_platform_key("lafourchette") == "thefork"
    assert platform(resolve_platform_key("google_places")).name == "Google Business Profile"
    assert resolve_platform_key("cityvox") is None and fates["cityvox"] == "unverified"


def test_yelp_is_the_one_local_platform_never_asked_for_reviews():
    assert platform("yelp").reviews_may_be_asked is False
    assert platform("google_business").reviews_may_be_asked is True
    assert len({p.key for p in PLATFORMS}) == len(PLATFORMS)


def test_shop_vcard_carries_the_phone_in_e164():
    card = ShopCard(name="Boulangerie Léa; Lyon", phone="04 78 00 00 00", city="Lyon", postcode="69002")
    text = shop_vcard(card)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:3.0") and "TEL;TYPE=WORK,VOICE:+33478000000" in text
    assert "FN:Boulangerie Léa\\; Lyon" in text


@pytest.mark.parametrize("key, url, shape", [
    ("google_business", review_link(PLACE), UrlShape.OK),
    ("google_business", "https://g.page/r/CZx1a2B3c4D5EAE/review", UrlShape.OK),
    ("google_business", "https://g.page/boulangerie-lea", UrlShape.UNEXPECTED_PATH),
    ("tripadvisor", "https://www.tripadvisor.fr/UserReviewEdit-g187265-d2345678-Boulangerie_Lea-Lyon.html", UrlShape.OK),
    ("tripadvisor", "https://www.tripadvisor.fr/Restaurant_Review-g187265-d2345678-Reviews-Lea.html",
     UrlShape.UNEXPECTED_PATH),
    ("facebook", "https://www.facebook.com/boulangerielea/reviews", UrlShape.OK),
    ("yelp", "https://www.yelp.fr/writeareview/biz/x", UrlShape.UNCHECKED),
    # real review links the owner copies (attack 41b, L4: each was warned about on every print)
    ("google_business", "https://g.page/r/CZx1a2B3c4D5EAE/review/", UrlShape.OK),
    ("google_business", review_link(PLACE) + "&hl=fr", UrlShape.OK),
    ("google_business", "http://g.page/r/CZx1a2B3c4D5EAE/review", UrlShape.OK),
    ("facebook", "https://www.facebook.com/boulangerielea/reviews/?ref=page_internal", UrlShape.OK),
    ("facebook", "https://m.facebook.com/boulangerielea/reviews", UrlShape.OK),
    ("facebook", "https://fr-fr.facebook.com/boulangerielea/reviews", UrlShape.OK),
    ("facebook", "https://www.facebook.com/profile.php?id=100012345678901&sk=reviews", UrlShape.OK),
    # and what is not a review form stays said
    ("facebook", "https://g.page/r/CZx1a2B3c4D5EAE/review", UrlShape.UNEXPECTED_PATH),
    ("facebook", "https://www.facebook.com/boulangerielea", UrlShape.UNEXPECTED_PATH),
    ("facebook", "https://www.facebook.com/profile.php?id=100012345678901", UrlShape.UNEXPECTED_PATH),
    ("facebook", "https://www.facebook.com.evil.example/boulangerielea/reviews", UrlShape.UNEXPECTED_PATH),
    ("google_business", "https://www.facebook.com/boulangerielea/reviews", UrlShape.UNEXPECTED_PATH),
    ("google_business", "https://g.page/r/CZx1a2B3c4D5EAE/reviewed", UrlShape.UNEXPECTED_PATH),
])
def test_review_link_shapes(key, url, shape):
    from socialdesk.domain.presence.links import review_url_shape

    assert review_url_shape(key, url) is shape


LYON_SHOP = ShopCard(name="Boulangerie Léa", address="12 rue de la République", postcode="69002", city="Lyon",
                     country="FR", phone="04 78 00 00 00", email="bonjour@boulangerie-lea.fr")


def test_one_vcard_phone_international_and_country_named():
    """The link builder wrote "+33 4 …", the designer "04 …" and "FR" where ADR wants the country name."""
    text = shop_vcard(LYON_SHOP)
    assert "TEL;TYPE=WORK,VOICE:+33478000000" in text.split("\r\n")
    assert "ADR;TYPE=WORK:;;12 rue de la République;Lyon;;69002;France" in text.split("\r\n")


def test_link_builder_and_qr_designer_give_the_identical_vcard(qtbot, store, bus):
    from PySide6.QtGui import QUndoStack

    from socialdesk.ui.presence.link_builder_page import LinkBuilderPage
    from socialdesk.ui.presence.qr_payload_form import CONTACT, QrPayloadForm

    store.shop.save(LYON_SHOP)
    links = LinkBuilderPage(store, bus, QUndoStack(), can_make_qr=True)
    form = QrPayloadForm()
    qtbot.addWidget(links)
    qtbot.addWidget(form)
    links.reload()
    form.set_shop(store.shop.get())
    form.kind.setCurrentIndex(CONTACT)
    form.card_format.setCurrentIndex(form.card_format.findData("vcard"))
    with qtbot.waitSignal(links.contact_output.qr_requested) as handed:
        links.contact_output.qr_button.click()  # "Make a QR code" from the link builder
    assert handed.args[0] == form.payload() == shop_vcard(LYON_SHOP)
    assert "TEL;TYPE=WORK,VOICE:+33478000000" in form.payload() and ";France" in form.payload()


@pytest.mark.parametrize("text, clean", [
    ("https://café-léa.fr/pâtisserie?q=crème#brûlée",
     "https://xn--caf-la-dvac.fr/p%C3%A2tisserie?q=cr%C3%A8me#br%C3%BBl%C3%A9e"),
    ("CAFÉ.fr", "https://xn--caf-dma.fr"),
    ("https://Example.COM:8443/a b", "https://example.com:8443/a%20b"),
])
def test_accented_domains_become_punycode_and_paths_percent_encoded(text, clean):
    assert safe_http_url(text) == clean
