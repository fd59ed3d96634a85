"""Small drawn badges for the networks (brand colour and initial), made once and cached."""

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from socialdesk.domain.networks import is_network_key, network

_COLORS = {
    "facebook": "#1877F2", "instagram": "#C13584", "google": "#4285F4", "x": "#222222", "linkedin": "#0A66C2",
    "tiktok": "#111111", "pinterest": "#E60023", "threads": "#222222", "bluesky": "#1185FE",
    "mastodon": "#6364FF", "youtube": "#FF0000",
}
_LETTERS = {"facebook": "f", "instagram": "Ig", "google": "G", "x": "X", "linkedin": "in", "tiktok": "Tk",
            "pinterest": "P", "threads": "@", "bluesky": "B", "mastodon": "M", "youtube": "▶"}


@lru_cache(maxsize=64)
def network_pixmap(key: str, size: int = 16) -> QPixmap:
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(255, 255, 255, 160))
    painter.setBrush(QColor(_COLORS.get(key, "#777777")))
    rect = QRectF(0.5, 0.5, size - 1, size - 1)
    painter.drawRoundedRect(rect, size / 4, size / 4)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(size * 0.55)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, _LETTERS.get(key, key[:1].upper()))
    painter.end()
    return pixmap


def network_icon(key: str) -> QIcon:
    return QIcon(network_pixmap(key, 16))


def network_name(key: str) -> str:
    return network(key).name if is_network_key(key) else key
