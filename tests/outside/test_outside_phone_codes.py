"""The shop's phone in a scanned vCard or MeCard is E.164 (+33478000000), as zbar and zxing-cpp read it."""

import pytest

from socialdesk.domain.shop import ShopCard
from socialdesk.qr.design import QrDesign
from socialdesk.qr.files import write_code_png
from socialdesk.qr.payloads import country_name, mecard_payload, vcard_payload
from socialdesk.qr.verify import check
from tests.outside.readers import both_decoders


@pytest.mark.parametrize("build, tel", [(vcard_payload, "\r\nTEL;TYPE=WORK,VOICE:{}\r\n"),
                                        (mecard_payload, ";TEL:{};")])
@pytest.mark.parametrize("phone, country, e164", [
    ("04 78 00 00 00", "FR", "+33478000000"),
    ("05 22 22 22 22", "MA", "+212522222222"),
    ("71 123 456", "TN", "+21671123456"),
])
def test_a_scanned_contact_card_dials_the_e164_number(tmp_path, build, tel, phone, country, e164):
    card = ShopCard(name="Boulangerie Léa", phone=phone, country=country, city="Lyon")
    checked = check(QrDesign(build(card), size_mm=50))
    assert checked.verdict.ok
    out = write_code_png(tmp_path / "card.png", checked, 300)
    zbar, zxing = both_decoders(out)
    assert zbar == zxing == [build(card)]
    assert tel.format(e164) in zbar[0]


@pytest.mark.parametrize("country, name", [("MA", "Maroc"), ("TN", "Tunisie")])
def test_morocco_and_tunisia_are_named_in_the_address(country, name):
    assert country_name(country) == name
    card = ShopCard(name="Pâtisserie Yasmine", address="12 rue de Fès", city="Casablanca", country=country)
    assert vcard_payload(card).split("\r\n")[-2].endswith(f";{name}")


@pytest.mark.parametrize("country, written", [("MA", "Maroc"), ("MA", "Morocco"), ("TN", "Tunisie"), ("TN", "Tunisia")])
def test_a_listing_address_ending_in_the_country_matches_the_shop_card(country, written):
    from socialdesk.domain.presence.nap import normalise_address

    assert normalise_address(f"12 rue de Fès {written}", country) == normalise_address("12 rue de Fès", country)
