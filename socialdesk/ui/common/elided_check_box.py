"""A check box whose words are cut at the end with "…" when its row is narrower than they are (a week's post line
in the smallest window); the whole words stay its accessible name's and are shown on hover."""

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QCheckBox, QSizePolicy

from socialdesk.ui.common.elided_link import escape_mnemonics

NARROWEST = 12  # characters (with "…") it keeps in the smallest window


class ElidedCheckBox(QCheckBox):
    """`full` is the whole text, shown as typed ("&" is a letter, not an access key). Its size hint is the whole
    text's, its minimum a few characters': showing less never widens the page nor moves the layout."""

    def __init__(self, full: str, parent=None):
        super().__init__(escape_mnemonics(full), parent)
        self.full = full
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())  # a check box's is Minimum
        self._whole = super().sizeHint()
        self._box = self._whole.width() - self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.text()).width()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return self._whole

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        narrow = min(self._whole.width(), self._box + self.fontMetrics().averageCharWidth() * NARROWEST)
        return QSize(narrow, self._whole.height())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        room = max(0, self.width() - self._box)
        shown = escape_mnemonics(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideRight, room))
        if self.text() != shown:
            self.setText(shown)
