"""A calendar card's thumbnail: the centre square of the post's image, read once from its thumbnail and kept while that
file is unchanged (same path, modification time and size)."""

import stat
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImageReader, QPainter, QPainterPath, QPixmap

from socialdesk.storage.calendar.media import media_path, thumbnail_path
from socialdesk.ui.theme import spacing

_THUMBS: dict[tuple, tuple[tuple, QPixmap | None]] = {}  # by media folder, image, side and screen scale: the file
# read (path, modification time, size) and its square (None: nothing to show); a file changed since is read again


def draw_thumb(painter, store, name: str, inner: QRect, line: int, room: int = 0, source: tuple | None = None) -> QRect:
    """The post's image as a small square at the card's top right, two rows high; what is left of those rows.
    No image when it would leave less than `room` beside it (a narrow card keeps its time and status whole).
    `source`: the file as `thumb_source` found it when the list was filled (None: looked at now)."""
    side = 2 * line - spacing.XS
    if inner.width() - side - spacing.XS < room:
        return inner
    thumb = card_thumb(store, name, side, painter.device().devicePixelRatioF(), source) if name else None
    if thumb is None:
        return inner
    painter.drawPixmap(inner.right() - side, inner.top() + spacing.XS // 2, thumb)
    return inner.adjusted(0, 0, -(side + spacing.XS), 0)


def card_thumb(store, name: str, side: int, ratio: float, source: tuple | None = None) -> QPixmap | None:
    """The image's centre square, `side` logical pixels with rounded corners; None without a store or a readable file.
    `source`: what `thumb_source` gave (None: the file is looked at now)."""
    if store is None or not name or side <= 0:
        return None
    key = (str(media_path(store)), name, side, ratio)
    if source is None:
        source = thumb_source(store, name)
    kept = _THUMBS.get(key)
    if kept is None or kept[0] != source:
        if len(_THUMBS) > 256:
            _THUMBS.clear()
        kept = _THUMBS[key] = (source, _load(source[0], side, ratio) if source[1] is not None else None)
    return kept[1]


def thumb_source(store, name: str) -> tuple[Path, int | None, int | None]:
    """The file a card reads: the kept thumbnail, else the image itself; with its modification time and size
    (None when there is no such file). One or two stats: called once per card when its list is filled."""
    image = media_path(store) / Path(name).name
    for path in (thumbnail_path(store, name), image):
        try:
            info = path.stat()
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode):
            return path, info.st_mtime_ns, info.st_size
    return image, None, None


def _load(path: Path, side: int, ratio: float) -> QPixmap | None:
    """The file (the kept thumbnail, else the image itself), cropped to its centre square and scaled while read."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)  # the centre square of a phone photo, upright
    size = reader.size()
    if not size.isValid() or size.isEmpty():
        return None
    edge = min(size.width(), size.height())
    reader.setClipRect(QRect((size.width() - edge) // 2, (size.height() - edge) // 2, edge, edge))
    pixels = max(1, round(side * ratio))
    reader.setScaledSize(QSize(pixels, pixels))
    image = reader.read()
    if image.isNull():
        return None
    return _rounded(QPixmap.fromImage(image), pixels, ratio)


def _rounded(square: QPixmap, pixels: int, ratio: float) -> QPixmap:
    """The square with the cards' chip corners, so it sits on the card like its chips."""
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    path = QPainterPath()
    radius = spacing.CHIP_RADIUS * ratio
    path.addRoundedRect(0, 0, pixels, pixels, radius, radius)
    painter.setClipPath(path)
    painter.drawPixmap(0, 0, square)
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap
