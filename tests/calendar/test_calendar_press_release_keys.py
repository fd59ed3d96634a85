"""The press-release check looks for each phrase only in a text holding one of the phrases' key words: it finds
exactly what looking for every phrase in every text finds (the switch of a week checks each post's texts). It reads
French as written: capitals without accents, decomposed accents, plurals, other apostrophes (attack 36, L4)."""

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from socialdesk.domain.calendar.coaching import PRESS_RELEASE_PHRASES, press_release_phrase


def _plain(text: str) -> str:
    """Lower case, letters without their accents (others left out), ’ ʼ ′ ＇ ` as ', ‐ ‑ as -, one blank."""
    for odd, plain in (("’", "'"), ("ʼ", "'"), ("′", "'"), ("＇", "'"), ("`", "'"), ("‐", "-"), ("‑", "-")):
        text = text.replace(odd, plain)
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return re.sub(r"\s+", " ", "".join(c for c in decomposed if c.isascii()))


_PATTERNS = [re.compile(r"(?<![^\W_])" + " ".join(re.escape(w) + "s?" for w in _plain(p).split(" ")) + r"(?![^\W_])")
             for p in PRESS_RELEASE_PHRASES]


def _every_phrase(text: str) -> str | None:
    """Each phrase looked for in the whole plain form of every text."""
    plain = _plain(text)
    return next((p for p, pattern in zip(PRESS_RELEASE_PHRASES, _PATTERNS) if pattern.search(plain)), None)


_PIECES = [*PRESS_RELEASE_PHRASES, *(p.upper() for p in PRESS_RELEASE_PHRASES),
           *(p.replace(" ", "\n  ").replace("'", "’") for p in PRESS_RELEASE_PHRASES),
           *(unicodedata.normalize("NFD", p) for p in PRESS_RELEASE_PHRASES),
           "about", "Leader", "annonce", "pain", "x", " ", "\t", "’", "'", "-", "é", "İ", "ß", "ﬀ", "ＡＢ", "s", "_",
           "nous", "we are", "🙂", "\u0301", "ʼ", "‑"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=6)), max_size=12))
def test_the_key_words_never_hide_a_phrase(pieces):
    text = "".join(pieces)
    assert press_release_phrase(text) == _every_phrase(text)


def test_each_phrase_is_found_alone_and_in_a_sentence():
    for phrase in PRESS_RELEASE_PHRASES:
        assert press_release_phrase(phrase) is not None
        assert press_release_phrase(f"Bonjour ! {phrase.upper()}, demain.") is not None


@pytest.mark.parametrize("text, phrase", [
    ("COMMUNIQUE DE PRESSE", "communiqué de presse"),  # capitals without their accents, the longer phrase named
    ("COMMUNIQUÉ DE PRESSE", "communiqué de presse"),
    ("communique\u0301 de presse", "communiqué de presse"),  # accents pasted decomposed
    ("Nos communiqués du mois", "communiqué"), ("Our press releases", "press release"),
    ("_press release_", "press release"), ("nous avons lʼhonneur", "nous avons l'honneur"),
    ("best\u2011in\u2011class", "best-in-class"), ("di\ufb00usion immédiate pour", None),
    ("pour di\ufb00usion immédiate", "pour diffusion immédiate"),
])
def test_french_as_written_is_read(text, phrase):
    assert press_release_phrase(text) == phrase


@pytest.mark.parametrize("text", ["incommuniqué", "aboutus", "leaders du marchéage", "Bonjour à tous"])
def test_words_inside_other_words_are_not_phrases(text):
    assert press_release_phrase(text) is None
