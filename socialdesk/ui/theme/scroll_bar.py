"""A day column's scroll bar: a rounded handle and two small arrows drawn from the palette, where Fusion's are.

A week's heavy day shows its column's bar, and the next week hides it again. Fusion paints a bar with gradients
and grip lines: each shown bar added about 3 ms to a week switch (1 ms a paint, a few paints a switch; 22 of the
ten-year file's weeks have one). This one keeps Fusion's places for the arrows and the handle, so that clicks, drags
and the wheel land where they did, and paints three shapes in the palette's colours: the handle in the control colour,
3:1 on the desk as a control's outline must be (WCAG 1.4.11), where Fusion's light handle was near 1.1:1. It is
10 px across where Fusion's is 14: a narrow window's cards keep their chips' count whole (attack 38, L1).
"""

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens

_PARTS = (QStyle.SubControl.SC_ScrollBarSubLine, QStyle.SubControl.SC_ScrollBarAddLine,
          QStyle.SubControl.SC_ScrollBarSlider)
_ACROSS = 10  # px: the bar (Fusion's is 14)
_HANDLE = 6  # px across: the handle, centred
_ARROW_ROWS = 4  # an arrow in whole pixels: rows 7, 5, 3 and 1 px wide (a 6×3 triangle blurred to dots: 38, L4)


class SlimScrollBar(QScrollBar):
    """Vertical, as a day's list has it; the style still says where each part is (hit tests, sizes, steps)."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._hovered = QStyle.SubControl.SC_None  # the part under the mouse darkens: it is what a click moves

    def sizeHint(self):
        return QSize(_ACROSS, super().sizeHint().height())

    def event(self, event):
        kind = event.type()
        if kind in (QEvent.Type.HoverEnter, QEvent.Type.HoverMove, QEvent.Type.HoverLeave):
            part = QStyle.SubControl.SC_None
            if kind != QEvent.Type.HoverLeave:
                option = QStyleOptionSlider()
                self.initStyleOption(option)
                part = self.style().hitTestComplexControl(QStyle.ComplexControl.CC_ScrollBar, option,
                                                          event.position().toPoint(), self)
            if part != self._hovered:
                self._hovered = part
                self.update()
        return super().event(event)

    def paintEvent(self, event):
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        up, down, handle = (style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, part, self)
                            for part in _PARTS)
        colours = tokens(self.palette())
        pressed = option.activeSubControls if option.state & QStyle.StateFlag.State_Sunken else None
        hovered = self._hovered if self.isEnabled() else None
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        for part, rect, pointing_up in ((_PARTS[0], up, True), (_PARTS[1], down, False)):
            ink = QColor(colours.text if part in (pressed, hovered) else colours.secondary)
            for row in _arrow(rect, pointing_up):
                painter.fillRect(row, ink)
        active = _PARTS[2] in (pressed, hovered)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor(colours.text if active else colours.control))
        across = QRectF(handle).adjusted(0, spacing.XS // 2, 0, -spacing.XS // 2)
        across.setLeft(across.center().x() - _HANDLE / 2)
        across.setWidth(_HANDLE)
        painter.drawRoundedRect(across, _HANDLE / 2, _HANDLE / 2)


def _arrow(rect: QRect, up: bool) -> list[QRect]:
    """An arrow's rows of whole pixels in the middle of its button's place, the widest at its base."""
    widest = 2 * _ARROW_ROWS - 1
    left = rect.left() + (rect.width() - widest) // 2
    top = rect.top() + (rect.height() - _ARROW_ROWS) // 2
    rows = []
    for row in range(_ARROW_ROWS):
        inset = _ARROW_ROWS - 1 - row if up else row  # pointing up: the tip on the first row
        rows.append(QRect(left + inset, top + row, widest - 2 * inset, 1))
    return rows
