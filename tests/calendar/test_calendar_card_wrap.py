"""A card's text breaks into the same lines as when every longer line was measured until one did not fit: the
words' own advances only guess where a line ends, the line itself decides."""

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from socialdesk.ui.calendar.card_layout import wrapped

WORDS = ("Fournée", "du", "matin", ":", "pain", "d'épices,", "brioches", "et", "kouign-amann", "AVAV", "WAWA",
         "Té", "fffi", "🎄", "https://boulangerie-exemple.fr/noel?x=1", "«", "Noël", "»", "!", "ÉTÉ", "là",
         "Anticonstitutionnellement", "1,50 €", "مخبز", "パン屋", "#lyon", "@amie", "x")


def _measured_one_by_one(text: str, metrics: QFontMetrics, width: int, rows: int) -> tuple[str, ...]:
    """The wrapping as the cards did it before: each longer candidate line measured until one is too wide."""
    words = " ".join(text[:600].split())
    lines: list[str] = []
    while words and len(lines) < rows - 1:
        first = ""
        for word in words.split(" "):
            candidate = f"{first} {word}".strip()
            if metrics.horizontalAdvance(candidate) > width and first:
                break
            first = candidate
        lines.append(metrics.elidedText(first, Qt.TextElideMode.ElideRight, width))
        words = words[len(first):].strip()
    if words or not lines:
        lines.append(metrics.elidedText(words, Qt.TextElideMode.ElideRight, width))
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
