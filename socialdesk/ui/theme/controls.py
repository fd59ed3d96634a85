"""Fusion with visible check boxes: an unticked box's outline in the palette's control colour (3:1 on the window)."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

from socialdesk.ui.theme.palette import DARK, LIGHT

BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


def outline_colour(palette) -> QColor:
    """The outline a check box gets under `palette` (Fusion's own, the window darkened, vanishes on a dark one)."""
    return QColor((DARK if palette.color(palette.ColorRole.Text).lightness() >= 128 else LIGHT).control)


class ControlsStyle(QProxyStyle):
    """Fusion, with the check box indicator outlined again in the theme's control colour."""

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None):  # noqa: N802 - Qt's name
        super().drawPrimitive(element, option, painter, widget)
        if element in BOXES and option.rect.width() > 2:
            painter.save()
            painter.setBrush(QColor(0, 0, 0, 0))
            painter.setPen(outline_colour(option.palette))
            rect = QRect(option.rect).adjusted(0, 0, -1, -1)
            painter.drawRect(rect)
            painter.restore()
