"""The address under a code on a card: one line, else two or three broken at natural points, 8 pt down to 7 pt."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF, QImage

from socialdesk.domain.address_text import break_address
from socialdesk.domain.cards import MIN_ADDRESS_POINTS
from socialdesk.domain.cards_layout import ADDRESS_BAND
from socialdesk.ui.presence.qr_paint import _SLACK, FittedText, _device, _font

ADDRESS_POINTS = 8.0
MOST_LINES = 3
_REFERENCE_DPI = 1200  # the layout is measured once, the same for every printer and the PDF
_reference: list[QImage] = []


def _height(metrics: QFontMetricsF, lines: int) -> float:
    return metrics.height() if lines == 1 else lines * metrics.lineSpacing()


def fit_address(painter_or_device, address: str, width: float, height: float | None = None) -> FittedText | None:
    """The address whole at the largest size from 8 pt down to 7 pt on one line, else on two, else on
    three lines (device units; `height` None: any); None when three lines of 7 pt are not enough.
    Never cut, no hyphen added: the lines joined are the address."""
    device = _device(painter_or_device)
    for most in range(1, MOST_LINES + 1):
        size = ADDRESS_POINTS
        while True:
            metrics = QFontMetricsF(_font(painter_or_device, size, False), device)
            lines = break_address(address, lambda text: metrics.horizontalAdvance(text) <= width * _SLACK, most)
            if lines is not None and (height is None or _height(metrics, len(lines)) <= height):
                return FittedText(size, tuple(lines))
            if size <= MIN_ADDRESS_POINTS:
                break
            size = max(MIN_ADDRESS_POINTS, size - 0.5)
    return None


def _reference_device() -> QImage:
    if not _reference:
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(_REFERENCE_DPI / 0.0254))
        image.setDotsPerMeterY(round(_REFERENCE_DPI / 0.0254))
        _reference.append(image)
    return _reference[0]


def address_band_mm(address: str, width_mm: float) -> float:
    """How high the address band must be for `address` in a band `width_mm` wide: ADDRESS_BAND for
    one line (or for an address that cannot be printed), more for two or three lines."""
    if not address:
        return ADDRESS_BAND
    device = _reference_device()
    per_mm = _REFERENCE_DPI / 25.4
    fitted = fit_address(device, address, width_mm * per_mm)
    if fitted is None or len(fitted.lines) == 1:
        return ADDRESS_BAND
    metrics = QFontMetricsF(_font(device, fitted.points, False), device)
    return max(ADDRESS_BAND, _height(metrics, len(fitted.lines)) / per_mm + 0.3)


def fit_in(painter_or_device, address: str, area: QRectF) -> FittedText | None:
    """The address fitted to its band on the device it is drawn on."""
    return fit_address(painter_or_device, address, area.width(), area.height()) if address else None
