"""A card's text breaks into the same lines as when every longer line was measured until one did not fit (by its
exact advance, as eliding measures: a line that fits is never cut with "…"): the words' own advances only guess
where a line ends, the line itself decides."""

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QFontMetricsF

from socialdesk.ui.calendar.card_layout import OVERHANG, wrapped

WORDS = ("Fournée", "du", "matin", ":", "pain", "d'épices,", "brioches", "et", "kouign-amann", "AVAV", "WAWA",
         "Té", "fffi", "🎄", "https://boulangerie-exemple.fr/noel?x=1", "«", "Noël", "»", "!", "ÉTÉ", "là",
         "Anticonstitutionnellement", "1,50 €", "مخبز", "パン屋", "#lyon", "@amie", "x")


def _measured_one_by_one(text: str, metrics: QFontMetrics, width: int, rows: int) -> tuple[str, ...]:
    """The wrapping as the cards did it before: each longer candidate line measured until one is too wide; each line
    the owner began starts a card line (blank ones take none)."""
    paragraphs = [" ".join(part.split()) for part in text[:600].splitlines()]
    paragraphs = [words for words in paragraphs if words]
    exact = QFontMetricsF(metrics)
    lines: list[str] = []
    while paragraphs and len(lines) < rows - 1:
        words, first = paragraphs.pop(0), ""
        for word in words.split(" "):
            candidate = f"{first} {word}".strip()
            if exact.horizontalAdvance(candidate) > width + OVERHANG and first:
                break
            first = candidate
        whole = exact.horizontalAdvance(first) <= width + OVERHANG
        lines.append(first if whole else metrics.elidedText(first, Qt.TextElideMode.ElideRight, width))
        if words[len(first):].strip():
            paragraphs.insert(0, words[len(first):].strip())
    if paragraphs or not lines:
        lines.append(metrics.elidedText(" ".join(paragraphs), Qt.TextElideMode.ElideRight, width))
    return tuple(lines)


def _fonts(qapp) -> list[QFont]:
    base = QFont(qapp.font())
    bold, large, small = QFont(base), QFont(base), QFont(base)
    bold.setBold(True)
    large.setPointSizeF(base.pointSizeF() * 1.6)
    small.setPixelSize(9)
    return [base, bold, large, small]


@pytest.mark.parametrize("font_index", range(4))
def test_lines_are_those_of_measuring_every_candidate(qapp, font_index):
    font = _fonts(qapp)[font_index]
    metrics = QFontMetrics(font)
    widths: dict = {}  # kept across texts, as the card delegate keeps it
    draw = random.Random(26 + font_index)
    texts = ["", " ", "Un", "  espaces   en  trop\n\nsur deux lignes  ", "x" * 300, "mot " * 200,
             "1,50 € ! " * 40 + "مخبز الحي", "« " * 90 + "パン屋 " * 20]
    texts += [" ".join(draw.choice(WORDS) for _ in range(draw.randint(1, 60))) for _ in range(300)]
    checked = 0
    for text in texts:
        for width in (1, 18, 40, 77, 110, 143, 200, 420):
            for rows in (1, 2, 4):
                expected = _measured_one_by_one(text, metrics, width, rows)
                assert wrapped(text, metrics, width, rows, widths) == expected, (text, width, rows)
                checked += 1
    assert checked == len(texts) * 8 * 3
    assert widths  # the words' advances were kept for the next card


SCRIPTS = ("ລາວ", "नमस्ते", "ไทย", "שלום", "עולם", "مرحبا", "بالعالم", "Zͣͤͥͦ", "x̶y̶", "à́̂", "👍🏽", "🇫🇷", "👨‍👩‍👧",
           "パン屋", "١٢٣", "Bonne", "année", "à", "tous", "!", "croissant", "galettes", "des", "rois")


@pytest.mark.parametrize("font_index", range(4))
def test_no_line_runs_past_the_card_or_cuts_a_word_that_fits(qapp, font_index):
    """Mixed scripts shape otherwise in a line than word by word (12 px more was seen); a line that fits by its
    exact advance is never cut with "…" (« Bonne anné… » lost the rest of its word): attack 36, L1 and M4."""
    font = _fonts(qapp)[font_index]
    metrics, exact = QFontMetrics(font), QFontMetricsF(font)
    draw = random.Random(36 + font_index)
    for _ in range(400):
        text = " ".join(draw.choice(SCRIPTS + WORDS) for _ in range(draw.randint(1, 30)))
        width = draw.randint(30, 260)
        lines = wrapped(text, metrics, width, 4, {})
        rest = text.split()
        for line in lines[:-1]:
            count = len(line.split())
            if " ".join(rest[:count]) == line:  # whole words: they fit
                assert exact.horizontalAdvance(line) <= width + OVERHANG, (text, width, line)
            else:  # cut with "…": only a word wider than the card itself
                assert line.endswith("…") and exact.horizontalAdvance(rest[0]) > width + OVERHANG, (text, width, lines)
                count = 1
            rest = rest[count:]


def test_the_lines_the_owner_began_stay_lines(qapp):
    """« Roses⏎Pivoines⏎⏎Tulipes » is a list on the card too, not « Roses Pivoines Tulipes » (attack 36b, L5)."""
    metrics = QFontMetrics(QFont(qapp.font()))
    assert wrapped("Roses\nPivoines\n\nTulipes\r\n", metrics, 200, 4) == ("Roses", "Pivoines", "Tulipes")
    assert wrapped("Roses\u2028Pivoines\x0bTulipes", metrics, 200, 4) == ("Roses", "Pivoines", "Tulipes")  # 36c F9
    assert wrapped("Roses\nPivoines\nTulipes\nLys\nDahlias", metrics, 200, 4) == ("Roses", "Pivoines", "Tulipes",
                                                                                 "Lys Dahlias")
