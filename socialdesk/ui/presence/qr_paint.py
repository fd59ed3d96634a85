"""Drawing a prepared QR code with QPainter: one vector path (PDF, print, preview) and fitted text."""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QTransform

from socialdesk.qr import geometry
from socialdesk.qr.design import PreparedCode

_logo_images: dict[str, QImage] = {}


def module_path(code: PreparedCode) -> QPainterPath:
    """All dark modules as one path in module units (quiet zone included), runs merged per row."""
    path = QPainterPath()  # runs never overlap, so the default odd-even rule fills them all
    # (QPainterPath.setFillRule corrupts None's refcount in PySide6 6.12: not called on purpose)
    offset = geometry.QUIET_ZONE
    for row, column, length in code.runs:
        path.addRect(QRectF(column + offset, row + offset, length, 1))
    return path


def _logo_image(code: PreparedCode) -> QImage | None:
    logo = code.design.logo
    if logo is None:
        return None
    image = _logo_images.get(logo.digest)
    if image is None:
        image = QImage.fromData(logo.png_bytes(), "PNG")
        _logo_images[logo.digest] = image
    return image


def module_image(code: PreparedCode) -> QImage:
    """The modules as a one-pixel-per-module indexed image (for screens, where it is much faster)."""
    total = code.total_modules
    image = QImage(code.module_bytes, total, total, total, QImage.Format.Format_Indexed8).copy()
    image.setColorTable([QColor(*code.light).rgb(), QColor(*code.dark).rgb()])
    return image


def paint_code(painter: QPainter, code: PreparedCode, target: QRectF, path: QPainterPath | None = None,
               raster: bool = False) -> None:
    """Draw the code and its quiet zone filling the square `target` (device units): as one
    vector path (PDF, print), or `raster` as sharp scaled pixels (on-screen preview)."""
    scale = target.width() / code.total_modules
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    if raster:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, module_image(code))
    else:
        painter.fillRect(target, QColor(*code.light))
        transform = QTransform().translate(target.x(), target.y()).scale(scale, scale)
        painter.setBrush(QColor(*code.dark))
        painter.drawPath(transform.map(path if path is not None else module_path(code)))
    rect, image = code.logo_rect(), _logo_image(code)
    if rect is not None and image is not None:
        x, y, width, height = rect
        logo_target = QRectF((x + geometry.QUIET_ZONE) * scale, (y + geometry.QUIET_ZONE) * scale,
                             width * scale, height * scale).translated(target.topLeft())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(logo_target, image)
    painter.restore()


def fitted_font(painter: QPainter, text: str, rect: QRectF, points: float, bold: bool = False,
                minimum: float = 5.0, wrap: bool = True) -> QFont:
    """The largest font up to `points` whose wrapped text fits `rect` (device units)."""
    font = QFont(painter.font())
    font.setBold(bold)
    flags = Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag.TextSingleLine
    size = points
    while True:
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font, painter.device())
        needed = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), int(flags), text)
        if (needed.width() <= rect.width() and needed.height() <= rect.height()) or size <= minimum:
            return font
        size = max(minimum, size * 0.92)


def draw_text(painter: QPainter, rect: QRectF, text: str, points: float, colour: QColor, bold: bool = False,
              wrap: bool = True) -> float:
    """Draw centred text fitted into `rect`; returns the height used (device units)."""
    if not text or rect.height() <= 0:
        return 0.0
    font = fitted_font(painter, text, rect, points, bold, wrap=wrap)
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
    flags |= Qt.TextFlag.TextWordWrap if wrap else Qt.TextFlag.TextSingleLine
    metrics = QFontMetricsF(font, painter.device())
    shown = text if wrap else metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, rect.width())
    used = painter.boundingRect(rect, int(flags), shown)
    painter.drawText(rect, int(flags), shown)
    painter.restore()
    return min(used.height(), rect.height())


class MmCanvas:
    """Millimetres to device units for a paint device (printers, PDF writers, images)."""

    def __init__(self, dpi: float):
        self.per_mm = dpi / 25.4

    def __call__(self, mm: float) -> float:
        return mm * self.per_mm

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        return QRectF(self(x), self(y), self(width), self(height))

    def point(self, x: float, y: float) -> QPointF:
        return QPointF(self(x), self(y))
