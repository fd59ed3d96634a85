"""Where a text may be cut without splitting what a reader sees as one character (a grapheme cluster).

The rules of Unicode's annex 29 that matter to a post's words: a letter keeps its combining accents and spacing
marks, an emoji keeps its variation selector, skin tone, tags and the emoji joined to it by a zero-width joiner,
a flag keeps both its regional-indicator letters, and a virama keeps the consonants it joins. Not covered:
decomposed Hangul jamo and the few "prepend" characters (posts carry precomposed Hangul). Held equal to Qt's
QTextBoundaryFinder by tests/calendar.
"""

import unicodedata

ZWJ = "\u200d"
_MARKS = frozenset(("Mn", "Me", "Mc"))  # nonspacing, enclosing and spacing marks: they join the character before
_SPACING_VOWELS = frozenset((0x0E33, 0x0EB3))  # Thai and Lao « am »: letters by category, marks by annex 29


def _extends(char: str) -> bool:
    code = ord(char)
    return (char == ZWJ or code in _SPACING_VOWELS or 0xFE00 <= code <= 0xFE0F  # variation selectors
            or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F  # skin tones, tags
            or unicodedata.category(char) in _MARKS)


def _regional(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def is_break(text: str, index: int) -> bool:
    """Whether a cut before `text[index]` falls between two graphemes."""
    if index <= 0 or index >= len(text):
        return True
    before, after = text[index - 1], text[index]
    if _extends(after) or before == ZWJ:
        return False
    if unicodedata.combining(before) == 9 and unicodedata.category(after).startswith("L"):
        return False  # a virama joins two consonants into one conjunct (Devanagari « क्ष »)
    if _regional(before) and _regional(after):
        run = 0
        while index - run - 1 >= 0 and _regional(text[index - run - 1]):
            run += 1
        return run % 2 == 0  # flags pair from the run's first letter
    return not (before == "\r" and after == "\n")


def cut_before(text: str, index: int) -> int:
    """The last place at or before `index` where `text` may be cut; the end of the first grapheme when there is
    none before (one grapheme longer than the room is shown whole, not as a broken piece)."""
    cut = min(index, len(text))
    while cut > 0 and not is_break(text, cut):
        cut -= 1
    if cut > 0:
        return cut
    cut = 1
    while cut < len(text) and not is_break(text, cut):
        cut += 1
    return min(cut, len(text))
