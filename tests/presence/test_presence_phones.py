"""Phone numbers of every country the app lists, Morocco and Tunisia read through phonenumbers."""

import pytest

from socialdesk.qr.payloads import COUNTRY_NAMES
from socialdesk.domain.presence.phones import display_phone, to_e164

# One ordinary landline of each country, as its shops write it, with its E.164 and national form.
HOME_NUMBERS = {
    "FR": ("04 78 00 00 00", "+33478000000"), "BE": ("02 555 12 34", "+3225551234"),
    "CH": ("022 555 12 34", "+41225551234"), "LU": ("27 12 34 56", "+35227123456"),
    "MC": ("93 15 12 34", "+37793151234"), "DE": ("030 12345678", "+493012345678"),
    "ES": ("912 34 56 78", "+34912345678"), "IT": ("06 1234 5678", "+390612345678"),
    "PT": ("21 234 5678", "+351212345678"), "NL": ("020 123 4567", "+31201234567"),
    "AT": ("01 234567", "+431234567"), "IE": ("(01) 234 5678", "+35312345678"),
    "GB": ("020 7946 0018", "+442079460018"), "US": ("(212) 555-0123", "+12125550123"),
    "CA": ("(416) 555-0123", "+14165550123"),
    "MA": ("05 22 22 22 22", "+212522222222"), "TN": ("71 123 456", "+21671123456"),
}


def test_every_listed_country_has_a_number_here():
    assert set(COUNTRY_NAMES) <= set(HOME_NUMBERS)


@pytest.mark.parametrize("country", sorted(HOME_NUMBERS))
def test_a_home_number_becomes_e164_and_shows_as_typed(country):
    typed, e164 = HOME_NUMBERS[country]
    assert to_e164(typed, country) == e164
    assert to_e164(e164, "FR") == e164  # the international form reads the same from anywhere
    assert to_e164(typed, country.lower()) == e164
    assert display_phone(e164, country) == typed


@pytest.mark.parametrize("text, country, expected", [
    ("06 12 34 56 78", "MA", "+212612345678"),  # Moroccan mobile: was "not a phone number"
    ("+212 6 12 34 56 78", "FR", "+212612345678"),
    ("00212 522 22 22 22", "FR", "+212522222222"),
    ("20 123 456", "TN", "+21620123456"),  # Tunisian mobile: was "not a phone number"
    ("+216 71 123 456", "FR", "+21671123456"),
    ("+33 0 4 78 00 00 00", "FR", "+33478000000"),  # was +330478000000, a number nobody can dial
    ("+33 0 4 78 00 00 00", "GB", "+33478000000"),
    ("04 78 00 00 00 ext. 12", "FR", "+33478000000"),  # the extension is not dialled
    ("1-800-FLOWERS", "US", "+18003569377"),  # letters on a US keypad
])
def test_numbers_the_old_rules_misread(text, country, expected):
    assert to_e164(text, country) == expected


@pytest.mark.parametrize("text, country", [
    ("05 22 22 22", "MA"), ("71 123", "TN"), ("+212 5 22", "FR"),  # too short
    ("04 78 00 00 00 abc", "FR"), ("boulangerie", "FR"),  # letters that make no number
    ("06 12 34 56 78", "ZZ"), ("06 12 34 56 78", ""),  # a national form with no known country
    ("+33 4 78 00 00 00 00 00 00 00", "FR"),  # too long
])
def test_what_is_no_phone_number_gives_none(text, country):
    assert to_e164(text, country) is None


def test_a_foreign_number_shows_in_international_form():
    assert display_phone("06 12 34 56 78", "MA") == "06 12 34 56 78"
    assert display_phone("+212612345678", "FR") == "+212 6 12 34 56 78"
    assert display_phone("04 78 00 00 00", "BE") == "0478 00 00 00"  # a Belgian mobile, grouped so
    assert display_phone("not a number ", "FR") == "not a number"
