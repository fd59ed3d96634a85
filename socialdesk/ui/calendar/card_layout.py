"""A calendar card's layout: which network chips and words fit its top row, its text wrapped in lines."""

import re
import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF

from socialdesk.domain.posts import Post
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.theme import spacing


def network_row(post: Post, metrics: QFontMetrics, width: int) -> tuple[int, str]:
    """How many chips and which words fit in `width`: the names only when they fit whole, never cut
    ("Insta…"); else chips alone, the last one giving way to "+N" when even the chips do not fit."""
    side = max(spacing.CHIP, metrics.ascent())  # the chip grows with a larger font
    step = side + spacing.XS // 2
    names = ", ".join(network_name(k) for k in post.networks)
    shown = min(len(post.networks), 4)
    if shown * step + 2 + metrics.horizontalAdvance(names) <= width:
        return shown, names
    total = len(post.networks)
    for shown in range(total, 0, -1):
        more = f"+{total - shown}" if shown < total else ""
        if shown * step + (metrics.horizontalAdvance(more) + 2 if more else 0) <= width:
            return shown, more
    return 0, f"+{total}" if total else ""


def wrapped(text: str, metrics: QFontMetrics, width: int, rows: int, widths: dict | None = None) -> tuple[str, ...]:
    """`text` in at most `rows` lines of `width`: wrapped at words, each line the owner began kept as one (a list of
    flowers stays a list: attack 36b, L5; blank lines take no room), the last line elided. A line is only cut with
    "…" when it is the last or a single word longer than the card (a line that fits by its exact advance is never
    sent to eliding, which measures the same way: « Bonne anné… » lost the rest of its word, attack 36, M4).
    `widths` keeps each word's advance from card to card (the caller empties it when the font changes)."""
    # four card lines never show more than 600 characters; long posts stay cheap
    paragraphs = [words for words in (" ".join(part.split()) for part in text[:600].splitlines()) if words]
    widths = {} if widths is None else widths
    if len(widths) > 20000:
        widths.clear()
    exact = QFontMetricsF(metrics)
    lines: list[str] = []
    while paragraphs and len(lines) < rows - 1:
        words = paragraphs[0]
        first, used = _first_line(words.split(" "), exact, width, widths)
        lines.append(first if used <= width + OVERHANG and "\x9c" not in first else  # \x9c: elidedText's variants
                     metrics.elidedText(first, Qt.TextElideMode.ElideRight, width))
        rest = words[len(first):].strip()
        paragraphs[0:1] = [rest] if rest else []
    if paragraphs or not lines:
        last = elision_start(" ".join(paragraphs), width, widths, exact)  # the last line runs the rest together
        lines.append(metrics.elidedText(last, Qt.TextElideMode.ElideRight, width))
    return tuple(lines)


def _advance(word: str, metrics: QFontMetrics | QFontMetricsF, widths: dict) -> float:
    advance = widths.get(word)
    if advance is None:
        advance = widths[word] = metrics.horizontalAdvance(word)
    return advance


# A line may pass the card's text width by this much and be drawn whole: the card's padding takes it, where
# eliding « croissant » 0.3 px too wide would show « croissa… ».
OVERHANG = 0.5
# How far a line of Latin letters may measure from the sum of its words' and spaces' exact advances: nothing seen
# over every card of the ten-year file and the wrap test's words in four fonts, with room for a font that kerns a
# letter against a space.
GUESS_SLACK = 3
# Latin letters, their punctuation and the euro sign: shaped word by word as in a line. Other scripts (marks,
# Thai, Devanagari, right-to-left words, emoji from another font) can shape otherwise in a line: 12 px more seen
# (attack 36, L1); their lines are always measured.
_WORD_BY_WORD = re.compile(r"[\u0020-\u024f\u2010-\u2027\u2030-\u205e\u20ac]*")


def _first_line(words: list[str], exact: QFontMetricsF, width: int, widths: dict) -> tuple[str, float]:
    """The most words that fit `width` whole (at least one), and their exact advance: from the words' own advances
    when the line is Latin and ends well clear of the edge (its next word well past it); else guessed from them
    and checked on the line itself, which is what decides. Measuring every longer line until one did not fit took
    about twice as long on a card's first paint, and checking every line's guess shaped each line once more than
    drawing it does."""
    space = _advance(" ", exact, widths)
    width += OVERHANG
    count, used = 0, -space
    for word in words:
        longer = used + space + _advance(word, exact, widths)
        if longer > width:
            if count and used <= width - GUESS_SLACK and longer > width + GUESS_SLACK:
                line = " ".join(words[:count + 1])
                if _WORD_BY_WORD.fullmatch(line):
                    return " ".join(words[:count]), used
            break
        count, used = count + 1, longer
    else:
        line = " ".join(words)
        if used <= width - GUESS_SLACK and _WORD_BY_WORD.fullmatch(line):
            return line, used
    count = max(1, count)
    used = exact.horizontalAdvance(" ".join(words[:count]))
    while count > 1 and used > width:
        count -= 1
        used = exact.horizontalAdvance(" ".join(words[:count]))
    while count < len(words):
        longer = exact.horizontalAdvance(" ".join(words[:count + 1]))
        if longer > width:
            break
        count, used = count + 1, longer
    return " ".join(words[:count]), used


def elision_start(words: str, width: int, widths: dict, metrics: QFontMetrics | QFontMetricsF) -> str:
    """The start of `words` that elides in `width` as the whole does: the words up to two spaces past the width,
    and one more (eliding shapes every character it is given; a card's last line, a month's chip). Shaping and
    kerning join a letter to its neighbours only, so what lies a word past the width cannot move the cut; the start
    used to run to twice the width, some 20 characters more to shape per chip for the same cut (held equal to Qt's
    cut of the whole text by tests/calendar/test_calendar_month_chips.py). Kept whole when that start has no letter
    to set its direction. `widths` keeps each word's advance (see `wrapped`)."""
    parts = words.split(" ")
    space = _advance(" ", metrics, widths)
    used = 0
    for count, word in enumerate(parts, 1):
        used += space + _advance(word, metrics, widths)
        if used > width + 2 * space:
            start = " ".join(parts[:count + 1])
            return start if any(unicodedata.bidirectional(c) in ("L", "R", "AL") for c in start) else words
    return words


def status_text(forms: tuple[str, ...], font: QFont, width: int) -> tuple[str, QFont]:
    """The longest of the status's forms that fits `width` whole ("Planned  ↻ · image", then "Planned"), and
    its font: the bare word a little smaller on a very narrow card (« Brouillon »), elided only below 3/4 size."""
    metrics = QFontMetrics(font)
    for form in forms:
        if metrics.horizontalAdvance(form) <= width:
            return form, font
    for step in range(1, 6):
        smaller = _scaled(font, 1 - step / 20)
        if QFontMetrics(smaller).horizontalAdvance(forms[-1]) <= width:
            return forms[-1], smaller
    return QFontMetrics(smaller).elidedText(forms[-1], Qt.TextElideMode.ElideRight, width), smaller


def _scaled(font: QFont, factor: float) -> QFont:
    smaller = QFont(font)
    if font.pointSizeF() > 0:
        smaller.setPointSizeF(font.pointSizeF() * factor)
    else:
        smaller.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return smaller
