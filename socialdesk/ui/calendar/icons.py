"""Network chips drawn from their record (brand colour and letter), sharp at any size and scale."""

from functools import lru_cache

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QIconEngine, QPainter, QPixmap

from socialdesk.domain.networks import is_network_key, network
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.palette import CHIP_OUTLINE, chip_colours


def draw_chip(painter: QPainter, rect: QRectF, key: str) -> None:
    """The chip of network `key` in `rect` (logical units): rounded, brand colour, its letter."""
    fill, ink = chip_colours(key)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(CHIP_OUTLINE))
    painter.setBrush(QColor(fill))
    side = min(rect.width(), rect.height())
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), side * spacing.CHIP_RADIUS / 24,
                            side * spacing.CHIP_RADIUS / 24)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(7, int(side * 0.55)))
    painter.setFont(font)
    painter.setPen(QColor(ink))
    known = network(key) if is_network_key(key) else None
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, known.letter if known else key[:1].upper())
    painter.restore()


@lru_cache(maxsize=256)
def network_pixmap(key: str, size: int = 16, ratio: float = 2.0) -> QPixmap:
    """The chip at `size` logical pixels for a screen of device pixel ratio `ratio` (made once, cached)."""
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_chip(painter, QRectF(0, 0, size, size), key)
    painter.end()
    return pixmap


class ChipEngine(QIconEngine):
    """Draws the chip at whatever size and scale an icon is asked for: never an upscaled bitmap."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    def paint(self, painter, rect: QRect, mode, state):
        draw_chip(painter, QRectF(rect), self.key)

    def pixmap(self, size: QSize, mode, state):
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode, state, scale: float):  # noqa: N802 - Qt's name
        side = min(size.width(), size.height())
        return network_pixmap(self.key, side, scale).copy()

    def clone(self):
        return ChipEngine(self.key)


def network_icon(key: str) -> QIcon:
    return QIcon(ChipEngine(key))


def network_name(key: str) -> str:
    return network(key).name if is_network_key(key) else key
