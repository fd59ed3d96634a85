"""A widget that scrolls up and down, never sideways, so a long form fits a short screen without being cut."""

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget


class UpDownScroll(QScrollArea):
    """Frameless; as wide as the widget's minimum plus the scroll bar (a width it gains, a new button, widens the
    area instead of being cut), asking for the widget's whole minimum height but content with little; the field
    that takes the focus (Tab or its Alt key) is scrolled into view."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        self.setWidgetResizable(True)
        self.setWidget(widget)  # the area filters the widget's events (eventFilter below)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self.widget().minimumSizeHint().width() + self._bar(), super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        whole = self.widget().minimumSizeHint()  # all of it, nothing squeezed (an editor's own wish is not counted)
        return QSize(whole.width() + self._bar(), whole.height())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the widget's minimum changed: the window makes room for it
        return super().eventFilter(watched, event)

    def _on_focus_changed(self, _old, new) -> None:
        if new is not None and self.widget() is not None and self.widget().isAncestorOf(new):
            self.ensureWidgetVisible(new)
