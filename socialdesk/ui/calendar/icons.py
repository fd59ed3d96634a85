"""Small drawn badges for the networks (brand colour and letter from their record), made once and cached."""

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from socialdesk.domain.networks import is_network_key, network


@lru_cache(maxsize=64)
def network_pixmap(key: str, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(255, 255, 255, 160))
    known = network(key) if is_network_key(key) else None
    painter.setBrush(QColor(known.color if known else "#777777"))
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.drawRoundedRect(rect, size / 4, size / 4)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(size * 0.55)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, known.letter if known else key[:1].upper())
    painter.end()
    return pixmap


def network_icon(key: str) -> QIcon:
    return QIcon(network_pixmap(key, 16))


def network_name(key: str) -> str:
    return network(key).name if is_network_key(key) else key
