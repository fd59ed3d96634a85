"""Properties of NAP normalisation that must hold for any text a listing may show."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from socialdesk.domain.presence.links import recognise_google_id
from socialdesk.domain.presence.nap import DiffKind, char_diff, normalise_address, normalise_name
from socialdesk.domain.presence.phones import to_e164


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from(["FR", "BE", "GB", "US", "ZZ", ""]))
def test_a_phone_is_e164_or_nothing(text, country):
    result = to_e164(text, country)
    assert result is None or re.fullmatch(r"\+[1-9][0-9]{7,14}", result)


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_normalised_text_is_plain_lowercase_words(text):
    for normalised in (normalise_address(text), normalise_name(text)):
        assert normalised == normalised.strip() and "  " not in normalised
        assert normalised == normalised.lower()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_the_diff_rebuilds_both_sides(expected, found):
    parts = char_diff(expected, found)
    assert "".join(p.text for p in parts if p.kind is not DiffKind.EXTRA) == expected
    assert "".join(p.text for p in parts if p.kind is not DiffKind.MISSING) == found


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_recognising_google_ids_never_fails(text):
    found = recognise_google_id(text)
    assert not found.review_url or found.review_url.startswith(("https://search.google.com/", "https://g.page/r/"))


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["yelp", "thefork", "instagram", "custom"]), st.text())
def test_url_shape_never_fails(key, text):
    from socialdesk.domain.presence.links import UrlShape, url_shape

    assert isinstance(url_shape(key, text), UrlShape)
