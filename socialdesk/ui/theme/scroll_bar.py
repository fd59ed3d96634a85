"""A day column's scroll bar: a rounded handle and two small arrows drawn from the palette, where Fusion's are.

A week's heavy day shows its column's bar, and the next week hides it again. Fusion paints a bar with gradients
and grip lines: each shown bar added about 3 ms to a week switch (1 ms a paint, a few paints a switch; 22 of the
ten-year file's weeks have one). This one takes Fusion's places (extent, arrows, handle) so that clicks, drags and
the wheel land where they did, and paints three shapes in the palette's colours: the handle in the control colour,
3:1 on the desk as a control's outline must be (WCAG 1.4.11), where Fusion's light handle was near 1.1:1.
"""

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QScrollBar, QStyle, QStyleOptionSlider

from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import tokens

_PARTS = (QStyle.SubControl.SC_ScrollBarSubLine, QStyle.SubControl.SC_ScrollBarAddLine,
          QStyle.SubControl.SC_ScrollBarSlider)
_HANDLE = 6  # px across: the handle and the arrows, centred in Fusion's 14 px


class SlimScrollBar(QScrollBar):
    """Vertical, as a day's list has it; the style still says where each part is (hit tests, sizes, steps)."""

    def __init__(self, parent=None):
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._hovered = QStyle.SubControl.SC_None  # the part under the mouse darkens: it is what a click moves

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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        for part, rect, pointing_up in ((_PARTS[0], up, True), (_PARTS[1], down, False)):
            painter.setBrush(QColor(colours.text if part in (pressed, hovered) else colours.secondary))
            painter.drawPolygon(_arrow(QRectF(rect), pointing_up))
        active = _PARTS[2] in (pressed, hovered)
        painter.setBrush(QColor(colours.text if active else colours.control))
        across = QRectF(handle).adjusted(0, spacing.XS // 2, 0, -spacing.XS // 2)
        across.setLeft(across.center().x() - _HANDLE / 2)
        across.setWidth(_HANDLE)
        painter.drawRoundedRect(across, _HANDLE / 2, _HANDLE / 2)


def _arrow(rect: QRectF, up: bool) -> QPolygonF:
    """A small triangle in the middle of an arrow button's place, pointing up or down."""
    centre, half = rect.center(), _HANDLE / 2
    tip, base = (-half / 2, half / 2) if up else (half / 2, -half / 2)
    return QPolygonF([QPointF(centre.x(), centre.y() + tip), QPointF(centre.x() - half, centre.y() + base),
                      QPointF(centre.x() + half, centre.y() + base)])
