"""A month day's head: its number, a button that opens its week, and its mark line (holidays, closures, a hole in the
cadence, "+N more"), both made so that a month switch's new words never lay the day out again."""

import unicodedata

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QToolButton


class MarkLine(QLabel):
    """A day's mark line: a label to screen readers (its spoken words are its accessible name, set by its day), whose
    words are kept and drawn here as a label draws plain text. They never go through QLabel.setText, which asks the
    day's layout to be worked out again: 42 layouts a month switch (1.5 ms) for a line whose height never changes.
    Its words are chosen for its width, which the day's number takes from (wider on the 1st, which shows its
    month): it says when that width changes."""

    resized = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - a label's name
        if text != self._text:
            self._text = text
            self.update()

    def resizeEvent(self, event):  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event):  # noqa: N802 - Qt's name
        if not self._text:
            return
        direction = Qt.LayoutDirection.RightToLeft if _right_to_left(self._text) else Qt.LayoutDirection.LeftToRight
        painter = QPainter(self)
        forced = Qt.TextFlag.TextForceRightToLeft if direction == Qt.LayoutDirection.RightToLeft \
            else Qt.TextFlag.TextForceLeftToRight  # the text's own direction, as a label gives it
        alignment = QStyle.visualAlignment(direction, _LEFT_CENTRED) | forced
        self.style().drawItemText(painter, self.rect(), alignment, self.palette(), self.isEnabled(), self._text,
                                  QPalette.ColorRole.WindowText)
        painter.end()


_LEFT_CENTRED = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _right_to_left(text: str) -> bool:
    """As Qt reads a plain text's direction: from its first letter with a strong direction."""
    for letter in text:
        kind = unicodedata.bidirectional(letter)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def mark_text(words: str, more: str, marks: list[str], metrics: QFontMetrics, width: int) -> str:
    """What a day's mark line shows in `width`: its words, a mark's cut after four letters at least ("○ Noth…")
    and "+2 more" never cut ("+2 de pl…": "+2" says it whole), or else its symbols alone ("+2 ⚑ ○", in less room
    "+2⚑○", then "⚑ ○" and "⚑○": the count kept while it fits), never a symbol and a stray letter ("○ N…")."""
    elided = metrics.elidedText(words, Qt.TextElideMode.ElideRight, max(0, width))
    phrase = words.split(" · ")[0]
    first = (phrase.split() + ["", ""])[:2]
    head = phrase if more else f"{first[0]} {first[1][:4]}".strip()  # "+2 more" whole; "○ Noth", four letters
    if elided == words or elided.startswith(head):
        return elided
    symbols = list(dict.fromkeys(mark.split(" ", 1)[0] for mark in marks))
    counted = (" ".join([more, *symbols]), more + "".join(symbols)) if more else ()
    for short in (*counted, " ".join(symbols), "".join(symbols)):
        if short and metrics.horizontalAdvance(short) <= width:
            return short
    return metrics.elidedText(" ".join(symbols) or more, Qt.TextElideMode.ElideRight, max(0, width))


class DayNumber(QToolButton):
    """A day's number (a click opens its week), of a fixed size: the width of the widest number of a month, wider on
    the 1st, which shows its month. A button of a fixed size takes new words without asking its day's layout to be
    worked out again, which 42 new numbers did on every month switch (and a 9 after a 10 moved its marks)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("monthDay")
        self.setAutoRaise(True)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._look = self.font().toString()  # what its size depends on besides its words (and the style's metrics)

    def show_number(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
            self._fit()

    def _fit(self) -> None:
        text = self.text()
        if not text:
            return
        key = (None if text.isdigit() else text, self._look)
        size = _NUMBER_SIZES.get(key)
        if size is None:
            size = _NUMBER_SIZES[key] = _number_size(self, key[0])
        if size != self.maximumSize():
            self.setFixedSize(size)

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # today's bold number, another look
            if event.type() == QEvent.Type.StyleChange:
                _NUMBER_SIZES.clear()
            self._look = self.font().toString()
            self._fit()


def _number_size(button: QToolButton, words: str | None) -> QSize:
    """A day number's size for `words` in the button's font (None for any number: the widest of 1 to 31)."""
    if len(_NUMBER_SIZES) > 100:
        _NUMBER_SIZES.clear()
    size = button.sizeHint()
    if words is None:
        metrics = button.fontMetrics()
        widest = max(metrics.horizontalAdvance(str(number)) for number in range(1, 32))
        size.setWidth(size.width() - metrics.horizontalAdvance(button.text()) + widest)
    return size


_NUMBER_SIZES: dict[tuple, QSize] = {}  # by words (None: a number) and font, for the 42 days (emptied with the style)
