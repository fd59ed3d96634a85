"""The printed items to reprint or take down, each with a button for "removed / no longer there"."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.ui.presence.printed_words import reprint_line


class ReprintList(QWidget):
    retired = Signal(object)  # the Reprint the owner says is no longer up

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("presenceReprint")
        self.setAccessibleName(self.tr("Printed codes to reprint"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.lines: list[QLabel] = []
        self.buttons: list[QPushButton] = []

    def set_reprints(self, reprints, colour: str) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0).widget().deleteLater()
        self.lines, self.buttons = [], []
        for reprint in reprints:
            self._layout.addLayout(self._row(reprint, colour))
        self.setVisible(bool(reprints))

    def _row(self, reprint, colour: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(reprint_line(reprint), self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the owner's words, shown as typed
        label.setWordWrap(True)
        label.setStyleSheet(f"color: {colour};")
        button = QPushButton(self.tr("Removed / no longer there"), self)
        button.setAccessibleName(self.tr("This printed code was taken down: stop listing it"))
        button.clicked.connect(lambda _checked=False, found=reprint: self.retired.emit(found))
        row.addWidget(label, 1)
        row.addWidget(button)
        self.lines.append(label)
        self.buttons.append(button)
        return row

    def text(self) -> str:
        return "\n".join(label.text() for label in self.lines)
