"""The post-text rule drops invisible direction overrides but keeps what real text needs (emoji ZWJ, ZWNJ, LRM/RLM)."""

import csv
import io
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.domain.post_text import clean_text, has_invisible

ZWJ = "\u200d"
OVERRIDES = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e",  # LRE RLE PDF LRO RLO
             "\u2066", "\u2067", "\u2068", "\u2069", "\ufeff"]  # LRI RLI FSI PDI, a stray byte-order mark
REAL_SEQUENCES = [
    "👩‍🍳", "👨‍👩‍👧‍👦", "🏳️‍🌈", "❤️‍🔥", "🧑🏽‍🍳", "👩🏿‍🤝‍👩🏻", "🏴‍☠️", "🧔🏻‍♂️",
    "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f",  # England: a flag made of tag characters
    "🇫🇷", "🇲🇦",
]
PEOPLE, TONES = ["👩", "👨", "🧑"], ["", "🏻", "🏼", "🏽", "🏾", "🏿"]
TRADES = ["🍳", "🌾", "🎨", "🔧", "💼", "🍼", "⚕️"]
DEPRECATED = [chr(c) for c in range(0x206A, 0x2070)]  # inhibit/activate swapping, shaping, digit shapes
# Text the owner can type: anything but controls, surrogates and the format characters the rule removes.
TYPED = st.text(st.characters(exclude_categories=("Cc", "Cs"), exclude_characters=OVERRIDES + DEPRECATED),
                max_size=30)


@st.composite
def zwj_sequences(draw) -> str:
    made = draw(st.sampled_from(PEOPLE)) + draw(st.sampled_from(TONES)) + ZWJ + draw(st.sampled_from(TRADES))
    return draw(st.sampled_from(REAL_SEQUENCES + [made]))


@settings(max_examples=300, deadline=None)
@given(TYPED, zwj_sequences(), TYPED)
def test_emoji_zwj_sequences_come_through_unchanged(before, emoji, after):
    text = before + emoji + after
    assert clean_text(text) == text
    assert not has_invisible(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(TYPED, st.sampled_from(OVERRIDES)), min_size=1, max_size=6), zwj_sequences())
def test_direction_overrides_and_isolates_are_removed_wherever_they_are(pieces, emoji):
    text = "".join(typed + override for typed, override in pieces) + emoji
    plain = "".join(typed for typed, _ in pieces) + emoji
    assert clean_text(text) == plain
    assert has_invisible(text)  # counted as cleaned in an import's summary
    assert not any(unicodedata.bidirectional(c) in ("LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI")
                   for c in clean_text(text))


def test_what_arabic_persian_and_hebrew_text_needs_is_kept():
    for text in ["\u200fمرحبا بكم في المخبز 50%", "سعر الخبز\u061c: 3 دراهم", "می\u200cخواهم نان",
                 "שלום\u200e (Paris)", "ภาษา\u200bไทย"]:
        assert clean_text(text) == text


def test_a_spoofed_name_reads_as_published():
    # Shown as "Promo exe.gnp" by the override; the networks would publish the characters in this order.
    assert clean_text("Promo \u202egnp.exe") == "Promo gnp.exe"


def test_an_import_counts_the_cells_it_cleaned_of_overrides():
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["date", "time", "networks", "status", "pillar", "about", "text", "notes"])
    writer.writerow(["27/11/2026", "09:30", "instagram", "planned", "", "", "Pain \u202eau chocolat",
                     "\u2067note\u2069"])
    writer.writerow(["28/11/2026", "09:30", "instagram", "planned", "", "", "Chef 👩‍🍳 \u200fمرحبا", ""])
    parsed = parse_csv(out.getvalue().encode("utf-8"))
    assert parsed.errors == [] and parsed.cleaned == 2
    assert [(p.text, p.notes) for p in parsed.posts] == [("Pain au chocolat", "note"), ("Chef 👩‍🍳 \u200fمرحبا", "")]


def test_the_line_breaks_word_and_powerpoint_paste_are_line_breaks():
    """Shift+Enter in Word or PowerPoint pastes a vertical tab; a form feed, NEL and the Unicode line and paragraph
    separators are breaks too: never words glued together (attack 36d, M6)."""
    from socialdesk.domain.post_text import clean_text, has_invisible

    text = "Roses\x0bPivoines\x0cTulipes\x85Lys\u2028Iris\u2029Dahlias"
    assert clean_text(text) == "Roses\nPivoines\nTulipes\nLys\nIris\nDahlias"
    assert not has_invisible(text)
