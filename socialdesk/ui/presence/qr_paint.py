"""Drawing a prepared QR code with QPainter: one vector path (PDF, print, preview) and fitted text."""

import unicodedata
from dataclasses import dataclass

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
        # in a PDF as it is: JPEG's blocks in a flat logo made zbar miss codes the check had read
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        painter.drawImage(logo_target, image)
    painter.restore()


@dataclass(frozen=True)
class FittedText:
    """Text laid out for a rectangle: its point size, its lines, and whether every word is there."""

    points: float
    lines: tuple[str, ...]
    bold: bool = False
    complete: bool = True


_SLACK = 0.98  # a printer other than the one measured may set text a hair wider


SERIF_FAMILIES = ["DejaVu Serif", "Liberation Serif", "Georgia", "Times New Roman", "Noto Serif"]


def brand_font(key: str) -> QFont:
    """The brand's letters ("sans": the app's own, "serif": classic letters with serifs)."""
    font = QFont()
    if key == "serif":
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setFamilies(SERIF_FAMILIES)
    return font


class Lettering:
    """A paint device measured in the brand's letters (for fit_text and fit_line)."""

    def __init__(self, device, key: str):
        self._device, self._key = device, key

    def device(self):
        return self._device

    def font(self) -> QFont:
        return brand_font(self._key)


def _font(painter_or_device, points: float, bold: bool) -> QFont:
    lettered = isinstance(painter_or_device, (QPainter, Lettering))
    font = QFont(painter_or_device.font()) if lettered else QFont()
    font.setBold(bold)
    font.setPointSizeF(points)
    for tag in ("liga", "clig"):  # "fi" stays two letters: a PDF reader must find the words typed
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _device(painter_or_device):
    return painter_or_device.device() if isinstance(painter_or_device, (QPainter, Lettering)) else painter_or_device


def _break_word(word: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """A word wider than the line, in pieces that fit, never splitting a letter from its accent."""
    pieces, piece = [], ""
    for char in word:
        if piece and not unicodedata.combining(char) and metrics.horizontalAdvance(piece + char) > width:
            pieces.append(piece)
            piece = ""
        piece += char
    return pieces + [piece] if piece else pieces


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, break_words: bool = True) -> list[str] | None:
    """Greedy word wrap at `width`; words wider than a line are broken between letters, or
    (`break_words` False) None is returned."""
    lines = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            if not break_words and metrics.horizontalAdvance(word) > width:
                return None
            pieces = _break_word(word, metrics, width)
            lines.extend(pieces[:-1])
            line = pieces[-1] if pieces else ""
        lines.append(line)
    return [line for line in lines if line] or [""]


def fit_text(painter_or_device, text: str, rect: QRectF, points: float, bold: bool = False,
             minimum: float = 6.0) -> FittedText:
    """The largest size from `points` down to `minimum` at which the wrapped text fits `rect`
    (device units). At the minimum, the lines that fit, the last ending in "…", complete=False."""
    device, size = _device(painter_or_device), points
    width = rect.width() * _SLACK
    while True:
        metrics = QFontMetricsF(_font(painter_or_device, size, bold), device)
        lines = wrap_lines(text, metrics, width, break_words=size <= minimum)
        if lines is not None and len(lines) * metrics.lineSpacing() <= rect.height():
            return FittedText(size, tuple(lines), bold)
        if size <= minimum:
            room = int(rect.height() // metrics.lineSpacing())
            kept = lines[:room]
            if kept:
                kept[-1] = metrics.elidedText(kept[-1] + " …", Qt.TextElideMode.ElideRight, width)
            return FittedText(size, tuple(kept), bold, complete=False)
        size = max(minimum, size * 0.92)


def fit_line(painter_or_device, text: str, rect: QRectF, points: float, minimum: float,
             bold: bool = False) -> FittedText | None:
    """One line, never cut: the largest size from `points` down to `minimum` at which the whole
    text fits `rect` (device units), or None when it does not fit even at the minimum."""
    device, size = _device(painter_or_device), points
    while True:
        metrics = QFontMetricsF(_font(painter_or_device, size, bold), device)
        if metrics.horizontalAdvance(text) <= rect.width() * _SLACK and metrics.height() <= rect.height():
            return FittedText(size, (text,), bold)
        if size <= minimum:
            return None
        size = max(minimum, size - 0.5)


def draw_fitted(painter: QPainter, rect: QRectF, fitted: FittedText | None, colour: QColor) -> float:
    """Draw laid-out lines centred from the top of `rect`; returns the height used (device units)."""
    if fitted is None or not any(fitted.lines):
        return 0.0
    font = _font(painter, fitted.points, fitted.bold)
    metrics = QFontMetricsF(font, painter.device())
    painter.save()
    painter.setFont(font)
    painter.setPen(colour)
    y = rect.top()
    for line in fitted.lines:
        painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.lineSpacing()),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextDontClip),
                         line)
        y += metrics.lineSpacing()
    painter.restore()
    return y - rect.top()


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
