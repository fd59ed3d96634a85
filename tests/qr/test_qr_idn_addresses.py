"""Accented shop domains: the code holds punycode (idna), the card prints the letters back."""

import pytest

from socialdesk.domain.cards import printed_address
from socialdesk.domain.urls import safe_http_url


@pytest.mark.parametrize("typed, encoded, printed", [
    ("https://café.fr/", "https://xn--caf-dma.fr/", "café.fr"),
    ("https://straße.de/brot", "https://xn--strae-oqa.de/brot", "straße.de/brot"),  # was xn--strae-oqa.de
    ("https://faß.de/", "https://xn--fa-hia.de/", "faß.de"),  # was xn--fa-hia.de
    ("https://www.boulangerie-léa.fr/", "https://www.xn--boulangerie-la-nkb.fr/", "boulangerie-léa.fr"),
    ("https://MÜNCHEN.de/", "https://xn--mnchen-3ya.de/", "münchen.de"),
])
def test_an_accented_domain_is_punycode_in_the_code_and_letters_on_the_card(typed, encoded, printed):
    assert safe_http_url(typed) == encoded
    assert printed_address(encoded) == printed


@pytest.mark.parametrize("payload, printed", [
    ("https://xn--ls8h.la/", "xn--ls8h.la"),  # an emoji domain: IDNA 2008 gives no letters back for it
    ("https://xn--zz-zzz.fr/a", "xn--zz-zzz.fr/a"),  # punycode that decodes to nothing valid
])
def test_punycode_that_does_not_come_back_the_same_is_printed_as_is(payload, printed):
    assert printed_address(payload) == printed
