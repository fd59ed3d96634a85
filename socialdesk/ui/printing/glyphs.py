"""Characters no font on this computer can draw (they would print as empty boxes), found as Qt lays the text out."""

from PySide6.QtGui import QFont, QTextLayout


def _drawable(text: str, font: QFont) -> bool:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())  # glyph 0: the font's empty box


def missing_glyphs(text: str, font: QFont | None = None) -> str:
    """The characters of `text` Qt finds no font for (its own fallbacks included), each once, in order."""
    font = font or QFont()
    if _drawable(text, font):
        return ""
    missing = []
    for char in text:
        if not char.isspace() and char not in missing and not _drawable(char, font):
            missing.append(char)
    return "".join(missing)
