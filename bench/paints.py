"""Counts a widget's paint events, so a probe knows its change reached the screen."""

from PySide6.QtCore import QEvent, QObject


class PaintCounter(QObject):
    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False
