"""A focus ring on the widgets whose style shows no keyboard focus (lists, tables, views, scroll areas) or too faint a
one (check boxes and radio buttons: Fusion's frame is near 1.8:1 on the desk, attack 37c, L5)."""

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QPlainTextEdit, QRadioButton, QScrollArea,
                               QTextEdit, QWidget)

RING = 2  # pixels, drawn inside the widget's own rectangle: no neighbour and no layout margin can hide it
OPT_IN = "focusRing"  # a widget that paints itself (a chart) asks for the ring with this property


def wants_ring(widget: QWidget | None) -> bool:
    """Fusion and most styles draw nothing around these when they have the focus (an empty list least of all)."""
    if widget is None or widget.window().windowType() == Qt.WindowType.Popup:  # a combo's or a date's list
        return False
    if widget.property(OPT_IN):
        return True
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.isReadOnly()  # an editable text shows its cursor
    if isinstance(widget, (QCheckBox, QRadioButton)):  # as Fusion's own frame: reached by the keyboard, not a click
        return widget.window().testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    return isinstance(widget, (QAbstractItemView, QScrollArea))


class FocusRing(QWidget):
    """Drawn over its widget, on top of its frame and scroll bars, while that widget has the focus."""

    def __init__(self, watched: QWidget):
        super().__init__(watched)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        watched.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.setGeometry(watched.rect())
        return False

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()

    def paintEvent(self, event):
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.drawRect(self.rect().adjusted(RING // 2, RING // 2, -RING // 2, -RING // 2))


def ring_of(widget: QWidget) -> FocusRing | None:
    return widget.findChild(FocusRing, "focusRing", Qt.FindChildOption.FindDirectChildrenOnly)


class FocusRings(QObject):
    """Moves the ring with the application's focus; one per application."""

    def __init__(self, app: QApplication):
        super().__init__(app)
        self.setObjectName("focusRings")
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, old, new) -> None:
        if old is not None and (ring := ring_of(old)) is not None:
            ring.hide()
        if wants_ring(new):
            (ring_of(new) or FocusRing(new)).cover()


def refresh(widget: QWidget) -> None:
    """Decide again whether `widget`, which has the keyboard, shows a ring: a check box the program gave the
    keyboard to is marked as reached by the keyboard only after its focus moved (keyboard_focus.give_keyboard)."""
    app = QApplication.instance()
    if app.findChild(FocusRings, "focusRings") is not None and widget.hasFocus() and wants_ring(widget):
        (ring_of(widget) or FocusRing(widget)).cover()


def install(app: QApplication | None = None) -> None:
    """Show focus rings in this application from now on (once, however often it is called)."""
    app = app or QApplication.instance()
    if app.findChild(FocusRings, "focusRings") is None:
        FocusRings(app)._on_focus_changed(None, app.focusWidget())  # the widget the keyboard is already in
