"""Payload formats: Wi-Fi escaping, vCard 3.0, MeCard, safe URLs, refusals."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from qr_helpers import parse_wifi

from socialdesk.domain.shop import ShopCard
from socialdesk.domain.urls import UrlProblem, UrlRefused
from socialdesk.qr.payloads import (PayloadProblem, PayloadRefused, escape_wifi, mecard_payload, text_payload, url_payload,
                                    vcard_payload, wifi_payload)

SHOP = ShopCard(name="Boulangerie Léa", address="12 rue de la République", postcode="69002", city="Lyon",
                phone="+33 4 78 00 00 00", email="bonjour@boulangerie-lea.fr", website="https://boulangerie-lea.fr")


def test_wifi_payload_format_and_escaping():
    payload = wifi_payload('Léa;Wi,Fi:"guest"\\', "p;a,s:s", "WPA", hidden=True)
    assert payload == 'WIFI:T:WPA;S:Léa\\;Wi\\,Fi\\:\\"guest\\"\\\\;P:p\\;a\\,s\\:s;H:true;;'


@pytest.mark.parametrize("key", ["abcde", "abcdefghijklm", "0123456789", "0123456789abcdef0123456789"])
def test_wep_keys_of_the_right_shape_pass(key):
    assert wifi_payload("shop", key, "WEP") == f"WIFI:T:WEP;S:shop;P:{key};H:false;;"


def test_open_wifi_has_no_password_field():
    assert wifi_payload("Café", security="nopass") == "WIFI:T:nopass;S:Café;H:false;;"


@pytest.mark.parametrize("ssid, password, security, problem", [
    ("", "x", "WPA", PayloadProblem.NO_SSID),
    ("shop", "", "WPA", PayloadProblem.NO_PASSWORD),
    ("shop", "", "WEP", PayloadProblem.NO_PASSWORD),
    ("shop", "123456", "WEP", PayloadProblem.WEP_KEY),
    ("shop", "12345678zz", "WEP", PayloadProblem.WEP_KEY),
])
def test_wifi_refusals(ssid, password, security, problem):
    with pytest.raises(PayloadRefused) as refused:
        wifi_payload(ssid, password, security)
    assert refused.value.problem is problem


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40), st.booleans())
def test_wifi_fields_survive_a_readers_parsing(ssid, password, hidden):
    fields = parse_wifi(wifi_payload(ssid, password, "WPA", hidden))
    assert fields == {"T": "WPA", "S": ssid, "P": password, "H": "true" if hidden else "false"}


def test_escape_wifi_handles_each_special_character():
    assert [escape_wifi(c) for c in '\\;,":a'] == ["\\\\", "\\;", "\\,", '\\"', "\\:", "a"]


def test_vcard_is_version_3_with_crlf_and_escaped_values():
    card = vcard_payload(ShopCard(name="Léa, pain; et cie", phone="04 78", city="Lyon"))
    lines = card.split("\r\n")
    assert lines[:3] == ["BEGIN:VCARD", "VERSION:3.0", "N:Léa\\, pain\\; et cie;;;;"]
    assert "ORG:Léa\\, pain\\; et cie" in lines and "TEL;TYPE=WORK,VOICE:04 78" in lines
    assert "ADR;TYPE=WORK:;;;Lyon;;;France" in lines and lines[-1] == "END:VCARD"


def test_full_vcard_carries_every_field():
    card = vcard_payload(SHOP)
    for expected in ("EMAIL;TYPE=INTERNET:bonjour@boulangerie-lea.fr", "URL:https://boulangerie-lea.fr",
                     "ADR;TYPE=WORK:;;12 rue de la République;Lyon;;69002;France"):
        assert expected in card


def test_mecard_escapes_colons_in_the_url():
    assert mecard_payload(SHOP) == (
        "MECARD:N:Boulangerie Léa;TEL:+33478000000;EMAIL:bonjour@boulangerie-lea.fr;"
        "URL:https\\://boulangerie-lea.fr;ADR:12 rue de la République\\, 69002 Lyon;;"
    )


def test_empty_shop_card_is_refused():
    for build in (vcard_payload, mecard_payload):
        with pytest.raises(PayloadRefused):
            build(ShopCard())


@pytest.mark.parametrize("text", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "", "ftp://a.fr"])
def test_url_payload_refuses_other_schemes(text):
    with pytest.raises(UrlRefused):
        url_payload(text)


def test_url_payload_adds_https_and_encodes_spaces():
    assert url_payload(" boulangerie-lea.fr/la carte ") == "https://boulangerie-lea.fr/la%20carte"


@pytest.mark.parametrize("text, problem", [
    ("jav\tascript:alert(1)", UrlProblem.CONTROL_CHARACTERS),
    ("http:/\\evil.com", UrlProblem.NO_HOST),
    (" JavaScript:alert(1)", UrlProblem.SCHEME),
    ("https:evil.com", UrlProblem.NO_HOST),
    ("javascript:alert(1) // a note", UrlProblem.SCHEME),
    ("\x01https://evil.com", UrlProblem.CONTROL_CHARACTERS),
    ("https://www.google.com@evil.example/", UrlProblem.USER_INFO),
    ("intent://scan#Intent;scheme=zxing;end", UrlProblem.SCHEME),
])
def test_text_a_phone_would_open_goes_through_the_link_checks(text, problem):
    """These were encoded as plain text; a phone's scanner offers them as links."""
    with pytest.raises(UrlRefused) as refused:
        text_payload(text)
    assert refused.value.problem is problem


@pytest.mark.parametrize("text, payload", [
    ("Menu: pain 1,20 €", "Menu: pain 1,20 €"),
    ("WIFI:T:WPA;S:x;P:y;;", "WIFI:T:WPA;S:x;P:y;;"),
    ("boulangerie-léa.fr/carte du jour", "boulangerie-léa.fr/carte du jour"),  # words: shown as text
    ("boulangerie-léa.fr/carte", "https://xn--boulangerie-la-nkb.fr/carte"),
])
def test_plain_text_stays_and_bare_links_become_clean_links(text, payload):
    assert text_payload(text) == payload


def test_the_designer_text_mode_refuses_a_hidden_link(qtbot):
    from socialdesk.ui.presence.qr_payload_form import TEXT, QrPayloadForm

    form = QrPayloadForm()
    qtbot.addWidget(form)
    form.kind.setCurrentIndex(TEXT)
    form.text.setPlainText("jav\tascript:alert(document.cookie)")
    with pytest.raises(UrlRefused):
        form.payload()
    form.set_payload("javascript:alert(1)")
    with pytest.raises(UrlRefused):
        form.payload()


@pytest.mark.parametrize("typed, carried", [
    ("javascript:alert(document.cookie)", None), ("tel:+33478000000", None), ("04 78 00 00 00", None),
    ("boulangerie-léa.fr/mon menu", "https://xn--boulangerie-la-nkb.fr/mon%20menu"),
    ("  https://boulangerie-lea.fr  ", "https://boulangerie-lea.fr"),
])
def test_a_contact_card_carries_the_website_only_as_a_clean_web_link(typed, carried):
    """Attack 34b, F2: the shop card's website went into both contact cards as typed (`javascript:` included)."""
    card = ShopCard(name="Boulangerie Léa", website=typed)
    vcard_url = [line for line in vcard_payload(card).split("\r\n") if line.startswith("URL:")]
    assert vcard_url == ([f"URL:{carried}"] if carried else [])
    mecard = mecard_payload(card)
    assert ("URL:" in mecard) == bool(carried)
    if carried:
        assert f"URL:{carried.replace(':', chr(92) + ':')};" in mecard


def test_a_mecard_field_never_breaks_its_line():
    card = ShopCard(name="Boulangerie\nLéa", address="12 rue\r\nde la République", city="Lyon")
    assert "\n" not in mecard_payload(card) and "\r" not in mecard_payload(card)
    assert mecard_payload(card).startswith("MECARD:N:Boulangerie Léa;ADR:12 rue de la République\\, Lyon;")


@pytest.mark.parametrize("typed", ["localhost", "http://localhost:8080/admin", "http://192.168.1.10",
                                   "https://10.0.0.2/menu", "http://[::1]/", "shop.localhost", "localhost.",
                                   "192.168.1.10.", "http://127.1/", "http://10.1/", "router.local", "nas.home.arpa",
                                   "intranet.internal", "box.lan", "nas.home", "erp.corp", "fritz.box"])
def test_a_website_only_this_network_reaches_is_left_out_of_a_contact_card(typed):
    """Attack 34c, F7: "localhost" or the shop's router went on the card as its website."""
    card = ShopCard(name="Boulangerie Kuhn", website=typed)
    assert "URL:" not in vcard_payload(card) and "URL:" not in mecard_payload(card)


@pytest.mark.parametrize("typed", ["https://boulangerie-kuhn.fr", "kuhn.alsace", "http://93.184.215.14/menu"])
def test_a_website_the_world_reaches_stays_on_a_contact_card(typed):
    assert "URL:" in vcard_payload(ShopCard(name="Boulangerie Kuhn", website=typed))
