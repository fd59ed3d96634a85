"""A flat link button that shows as much of its text as fits, cut at the end with "…", never at the start."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy

from socialdesk.ui.theme.style import mark_link

WIDEST = 32  # average characters a link asks for: a long rule or post never takes the whole row
NARROWEST = 6  # characters (with "…") it keeps in the smallest window


class ElidedLink(QPushButton):
    """`full` is the whole text (also its accessible name); `text()` is what is shown at the present width.
    Its size hints come from `full`, not from the shown text, so showing less never moves the layout."""

    def __init__(self, full: str, parent=None):
        super().__init__(parent)
        self.full = full
        self.setFlat(True)
        mark_link(self)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAccessibleName(full)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._show(escape_mnemonics(full))

    def _padding(self) -> int:
        """What the style puts around the label: the button's own size hint less its text's. (Asking QStyle for it
        loads that class, 9 ms of a start on which what is due shows.)"""
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()
        return max(0, QPushButton.sizeHint(self).width() - text)

    def _hint(self, characters: int) -> QSize:
        metrics = self.fontMetrics()
        wanted = min(metrics.horizontalAdvance(self.full), metrics.averageCharWidth() * characters)
        return QSize(wanted + self._padding() + 2, super().sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._hint(WIDEST)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._hint(NARROWEST)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        room = self.width() - self._padding() - 2
        shown = self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, max(room, 0))
        self._show(escape_mnemonics(shown))

    def _show(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)


def escape_mnemonics(text: str) -> str:
    """A "&" in the owner's text is a letter, not an access key."""
    return text.replace("&", "&&")
