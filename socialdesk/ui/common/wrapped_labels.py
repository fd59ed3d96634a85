"""Word-wrapped labels in a dialog always get the height of all their lines at the width they are given."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget

_REFIT = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.LayoutRequest)


class _Fitter(QObject):
    """A window sizes itself from its layouts' minimum sizes, which ignore heightForWidth, and a layout
    short of height squeezed the wrapped labels to one line each. Here the labels do not ask for
    heightForWidth: after each layout pass each gets, as its minimum height, what its text needs at its
    width, which the window honours. A height never changes a width, so this settles in one more pass."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in _REFIT:
            fit(watched)
        return False


def fit(window: QWidget) -> None:
    for label in window.findChildren(QLabel):
        if not label.wordWrap():
            continue
        policy = label.sizePolicy()
        if policy.hasHeightForWidth():
            policy.setHeightForWidth(False)
            label.setSizePolicy(policy)
        needed = label.heightForWidth(label.width()) if label.width() > 0 and label.text() else 0
        if needed >= 0 and label.minimumHeight() != needed:
            label.setMinimumHeight(needed)


def keep_wrapped_labels_whole(window: QWidget) -> None:
    """Call once the window's widgets are built (labels added later are fitted too)."""
    fitter = _Fitter(window)
    window.installEventFilter(fitter)
    fit(window)
