"""Word-wrapped labels in a dialog always get the height of all their lines at the width they are given."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

QWIDGETSIZE_MAX = (1 << 24) - 1
_REFIT = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest)


class _Fitter(QObject):
    """A window sizes itself from its layouts' minimum sizes, which ignore heightForWidth, and a layout
    short of height squeezed the wrapped labels to one line each. Here the labels do not ask for
    heightForWidth: after each layout pass each gets, as its height, what its text needs at its width,
    which the window honours (and a layout with room to spare does not pad it with blank lines). A height
    never changes a width, so this settles in one more pass."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _REFIT:
            fit(watched)
        return False


_FITTED = "wrappedLabelFittedFor"  # the width and text a label's height was measured for


def fit(window: QWidget) -> None:
    for label in window.findChildren(QLabel):
        if not label.wordWrap():
            continue
        policy = label.sizePolicy()
        if policy.hasHeightForWidth():
            policy.setHeightForWidth(False)
            label.setSizePolicy(policy)
        measured_for = f"{label.width()}\n{label.text()}"
        if label.property(_FITTED) == measured_for:
            continue  # measured at this width already: a pass that changes nothing asks for no other pass
        label.setProperty(_FITTED, measured_for)
        label.setMinimumHeight(0)  # a label's heightForWidth never says less than its minimum: measured without
        label.setMaximumHeight(QWIDGETSIZE_MAX)
        needed = max(label.heightForWidth(label.width()) if label.width() > 0 and label.text() else 0, 0)
        label.setFixedHeight(needed)  # nor taller: a layout with room to spare gives it to its other parts


def keep_wrapped_labels_whole(window: QWidget) -> None:
    """Call once the window's widgets are built (labels added later are fitted too)."""
    fitter = _Fitter(window)
    window.installEventFilter(fitter)
    fit(window)
