"""A week card draws its lines at a baseline (font ascent below the line's top), as the month chips do: Qt's
quicker path. It puts every pixel where Qt's layout of the same line in its own rectangle puts it, for Latin,
accents, Arabic, Hebrew and mixed text, in the regular and bold fonts."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter

# Each fits its line, as a card's wrapped and elided lines do.
LINES = ["Croissants tout chauds ce matin", "e\u0301te\u0301 à Lyon — crème brûlée", "مرحبا بكم في مخبزنا",
         "שלום hello עולם", "Planned  ↻ · image", "07:30", "x" * 30]


def _drawn(font: QFont, text: str, at_baseline: bool) -> QImage:
    image = QImage(420, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    metrics = QFontMetrics(font)
    if at_baseline:
        painter.drawText(7, 9 + metrics.ascent(), text)
    else:
        painter.drawText(QRect(7, 9, 400, metrics.lineSpacing()), Qt.AlignmentFlag.AlignLeft, text)
    painter.end()
    return image


@pytest.mark.parametrize("bold", [False, True])
@pytest.mark.parametrize("text", LINES)
def test_a_line_at_its_baseline_is_the_line_laid_out_in_its_rectangle(qapp, text, bold):
    font = QFont(qapp.font())
    font.setBold(bold)
    assert _drawn(font, text, True) == _drawn(font, text, False)
