"""The keyboard given to a widget by the program, shown as if Tab had moved it there."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def give_keyboard(widget: QWidget) -> None:
    """The keyboard to `widget`, its focus shown at once, as after a Tab: the owner was sent there by a link, a
    welcome step or Ctrl+2, and must see where (attack 37c, M2). Qt marks a window for drawing focus only when Tab
    or Backtab moved it, not when a program does, and a program's focus change clears the mark: it is set after.
    (Not in focus_ring: that module loads after the first paint.)"""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    widget.update()
    rings = sys.modules.get("socialdesk.ui.common.focus_ring")
    if rings is not None:  # its ring for a check box was decided before the mark above (attack 38b, M2)
        rings.refresh(widget)


def first_field(container: QWidget) -> QWidget | None:
    """The first widget in `container` (itself included) that Tab reaches: shown, or to be shown with it, and
    enabled."""
    return next((widget for widget in [container, *container.findChildren(QWidget)]
                 if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(container)
                 and widget.isEnabled()), None)
