"""The press-release check looks for each phrase only in a text holding one of the phrases' key words: it finds
exactly what looking for every phrase in every text finds (the switch of a week checks each post's texts)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from socialdesk.domain.calendar.coaching import PRESS_RELEASE_PHRASES, press_release_phrase

_PATTERNS = [re.compile(r"(?<!\w)" + re.escape(p) + r"(?!\w)") for p in PRESS_RELEASE_PHRASES]


def _every_phrase(text: str) -> str | None:
    """Each phrase looked for in the whole normal form (blanks as one space, ’ as ', lower case)."""
    normal = re.sub(r"\s+", " ", text.replace("’", "'").lower())
    return next((p for p, pattern in zip(PRESS_RELEASE_PHRASES, _PATTERNS) if pattern.search(normal)), None)


_PIECES = [*PRESS_RELEASE_PHRASES, *(p.upper() for p in PRESS_RELEASE_PHRASES),
           *(p.replace(" ", "\n  ").replace("'", "’") for p in PRESS_RELEASE_PHRASES),
           "about", "Leader", "annonce", "pain", "x", " ", "\t", "’", "'", "-", "é", "İ", "ß", "nous", "we are"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=12))
def test_the_key_words_never_hide_a_phrase(pieces):
    text = "".join(pieces)
    assert press_release_phrase(text) == _every_phrase(text)


def test_each_phrase_is_found_alone_and_in_a_sentence():
    for phrase in PRESS_RELEASE_PHRASES:
        assert press_release_phrase(phrase) is not None
        assert press_release_phrase(f"Bonjour ! {phrase.upper()}, demain.") is not None
