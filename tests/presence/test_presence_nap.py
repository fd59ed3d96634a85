"""NAP normalisation and comparison: phones to E.164, addresses FR/EN, character diffs, staleness."""

from datetime import date

import pytest

from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.presence.nap import (
    DiffKind, FieldState, char_diff, check_listing, normalise_address, normalise_name, shop_address,
)
from socialdesk.domain.presence.phones import display_e164, to_e164
from socialdesk.domain.shop import ShopCard


@pytest.mark.parametrize("text, country, expected", [
    ("04 78 00 00 00", "FR", "+33478000000"),
    ("04.78.00.00.00", "FR", "+33478000000"),
    ("04-78-00-00-00", "FR", "+33478000000"),
    ("0478000000", "FR", "+33478000000"),
    ("+33 4 78 00 00 00", "FR", "+33478000000"),
    ("+33 (0)4 78 00 00 00", "FR", "+33478000000"),
    ("0033 4 78 00 00 00", "FR", "+33478000000"),
    ("tel:+33478000000", "FR", "+33478000000"),
    ("06\u00a012\u00a034\u00a056\u00a078", "FR", "+33612345678"),
    ("+33 4 78 00 00 00", "GB", "+33478000000"),  # international form: country does not matter
    ("020 7946 0018", "GB", "+442079460018"),
    ("(212) 555-0123", "US", "+12125550123"),
    ("02 123 45 67", "BE", "+3221234567"),
    ("０４ ７８ ００ ００ ００", "FR", "+33478000000"),  # full-width digits pasted from a web page
    # Read as the number they are since phonenumbers (issue 13); they were "not a phone number":
    ("☎️ 04 78 00 00 00", "FR", "+33478000000"),  # a phone sign before the digits
    ("4 78 00 00 00", "FR", "+33478000000"),  # the trunk 0 left off: still only one French number
    ("+٣٣ ٤ ٧٨ ٠٠ ٠٠ ٠٠", "FR", "+33478000000"),  # Arabic-Indic digits, as a Maghreb listing may show
])
def test_phones_become_e164(text, country, expected):
    assert to_e164(text, country) == expected


@pytest.mark.parametrize("text, country", [
    ("", "FR"), ("   ", "FR"), ("abc", "FR"), ("04 78 00 00", "FR"),
    ("04 78 00 00 00 00", "FR"), ("04 78 00 00 00", "ZZ"), ("+0 123 456 789", "FR"),
])
def test_non_numbers_give_none(text, country):
    assert to_e164(text, country) is None


def test_international_numbers_display_grouped_as_at_home():
    assert display_e164("+33478000000") == "+33 4 78 00 00 00"
    assert display_e164("+442079460018") == "+44 20 7946 0018"  # was left as one block of digits


@pytest.mark.parametrize("one, other", [
    ("12 rue de la République, 69002 Lyon", "12 R. République 69002 LYON"),
    ("12, Bd de la Croix-Rousse, 69004 Lyon", "12 boulevard Croix Rousse, 69004 Lyon, France"),
    ("14 Av. Jean-Jaurès", "14 avenue Jean Jaures"),
    ("3 pl. Bellecour", "3 Place Bellecour"),
    ("5 rue St-Jean", "5 rue Saint Jean"),
    ("12bis rue de l'Église", "12 bis Rue Eglise"),
    ("8 Quai Saint-Antoine", "8 quai st antoine"),
    ("221B Baker St", "221 B Baker Street"),
    ("10 Downing St.", "10 downing street"),
    ("1600 Amphitheatre Pkwy", "1600 Amphitheatre Parkway"),
    ("7 Chem. des Vignes", "7 chemin vignes"),
    ("Place Bellecour 🥐", "place  bellecour"),
    ("12 av. du Gal de Gaulle", "12 avenue du Général de Gaulle"),  # attack 34e, F10
    ("3 bd du Mal Foch", "3 boulevard du Maréchal Foch"),
    ("8 rue du Pdt Wilson", "8 rue du Président Wilson"),
    ("2 pl. du Gén. Leclerc", "2 place du General Leclerc"),
])
def test_equivalent_addresses_normalise_alike(one, other):
    assert normalise_address(one) == normalise_address(other)


@pytest.mark.parametrize("one, other", [
    ("12 rue de la République, 69002 Lyon", "12 rue de la République, 69003 Lyon"),
    ("12 rue Mercière", "14 rue Mercière"),
    ("12 avenue Foch", "12 rue Foch"),
    ("12 av. du Gal de Gaulle", "12 avenue du Maréchal de Gaulle"),
])
def test_different_addresses_stay_different(one, other):
    assert normalise_address(one) != normalise_address(other)


@pytest.mark.parametrize("text", ["", "   ", "🥐🥖", ",;.!"])
def test_empty_and_symbol_only_text_normalises_to_nothing(text):
    assert normalise_address(text) == "" and normalise_name(text) == ""


def test_names_ignore_case_accents_and_punctuation():
    assert normalise_name("Boulangerie Léa !") == normalise_name("BOULANGERIE LEA")
    assert normalise_name("Pain & Co") == normalise_name("Pain et Co") == normalise_name("Pain and co")  # 34e, F10
    assert normalise_name("Pain & Co") != normalise_name("Pain Co Et Fils")
    assert normalise_name("Fleurs & Co") != normalise_name("Fleurs Co")  # attack 36b, L6
    assert normalise_name("Fleurs＆Co") == normalise_name("Fleurs &amp; Co") == normalise_name("Fleurs & Co")  # 36c
    assert normalise_name("Pâtisserie Œuf") == "patisserie oeuf"


def test_char_diff_marks_missing_then_extra_characters():
    parts = char_diff("69002 lyon", "69003 lyon")
    assert [(p.kind, p.text) for p in parts] == [
        (DiffKind.SAME, "6900"), (DiffKind.MISSING, "2"), (DiffKind.EXTRA, "3"), (DiffKind.SAME, " lyon")]
    assert "".join(p.text for p in parts if p.kind is not DiffKind.EXTRA) == "69002 lyon"
    assert "".join(p.text for p in parts if p.kind is not DiffKind.MISSING) == "69003 lyon"


CARD = ShopCard(name="Boulangerie Léa", address="12 rue de la République", postcode="69002", city="Lyon",
                phone="04 78 00 00 00")
TODAY = date(2026, 11, 26)


def test_a_listing_that_agrees_has_no_problem():
    listing = Listing("google_business", nap_name="BOULANGERIE LEA", nap_address="12 r. République 69002 Lyon",
                      nap_phone="+33 4 78 00 00 00", last_checked=date(2026, 10, 1))
    check = check_listing(CARD, listing, TODAY)
    assert (check.name.state, check.address.state, check.phone.state) == (FieldState.MATCH,) * 3
    assert not check.stale


def test_a_listing_that_differs_shows_where():
    listing = Listing("yelp", nap_name="Boulangerie Léa", nap_address="12 rue de la République, 69003 Lyon",
                      nap_phone="04 78 00 00 01", last_checked=date(2026, 11, 1))
    check = check_listing(CARD, listing, TODAY)
    assert check.address.state is FieldState.DIFFERENT
    assert [p.text for p in check.address.diff if p.kind is DiffKind.EXTRA] == ["3"]
    assert check.phone.state is FieldState.DIFFERENT
    assert check.phone.expected == "+33478000000" and check.phone.found == "+33478000001"
    assert check.name.state is FieldState.MATCH and not check.stale  # two problems, no more


def test_missing_values_and_unreadable_phones_are_told_apart():
    listing = Listing("waze", nap_phone="call us!", last_checked=TODAY)
    check = check_listing(CARD, listing, TODAY)
    assert check.name.state is FieldState.NOT_RECORDED
    assert check.phone.state is FieldState.UNREADABLE
    empty = check_listing(ShopCard(), Listing("waze", nap_name="Léa"), TODAY)
    assert empty.name.state is FieldState.NO_REFERENCE and empty.phone.state is FieldState.NO_REFERENCE


@pytest.mark.parametrize("checked, status, stale", [
    (None, ListingStatus.CLAIMED, True),
    (date(2026, 8, 28), ListingStatus.CLAIMED, False),  # exactly 90 days
    (date(2026, 8, 27), ListingStatus.VERIFIED, True),  # 91 days
    (date(2020, 1, 1), ListingStatus.NOT_RELEVANT, False),
])
def test_listings_go_stale_after_90_days(checked, status, stale):
    assert Listing("bing", status=status, last_checked=checked).is_stale(TODAY) is stale


def test_shop_address_joins_street_postcode_and_city():
    assert shop_address(CARD) == "12 rue de la République, 69002 Lyon"
    assert shop_address(ShopCard(city="Lyon")) == "Lyon"
