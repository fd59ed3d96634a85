"""The type scale: title, section, body, caption, each a multiple of the system font (never a fixed size)."""

from enum import Enum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


class Type(Enum):
    """Size relative to the system font, and weight."""

    TITLE = (1.5, QFont.Weight.DemiBold)  # the one heading that says where you are (the week, the page)
    SECTION = (1.15, QFont.Weight.DemiBold)  # a group inside a view
    BODY = (1.0, QFont.Weight.Normal)
    CAPTION = (0.87, QFont.Weight.Normal)  # hints and secondary words: the smallest size the owner must read


def font(role: Type, base: QFont | None = None) -> QFont:
    """`base` (default: the application's font) at the role's size and weight."""
    scale, weight = role.value
    result = QFont(base if base is not None else QApplication.font())
    if result.pointSizeF() > 0:
        result.setPointSizeF(result.pointSizeF() * scale)
    else:  # a font given in pixels (some platforms): scale those instead
        result.setPixelSize(max(1, round(result.pixelSize() * scale)))
    result.setWeight(weight)
    return result
