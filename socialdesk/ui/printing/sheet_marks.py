"""What a sheet carries besides its cards: backgrounds stopped at the cut line, fold lines, cut marks."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from socialdesk.domain.cards_layout import Rect
from socialdesk.ui.presence.qr_paint import MmCanvas

MARK_MM = 4.0  # cut marks, from the printable edge inwards


def fill_rect(painter, canvas: MmCanvas, rect: Rect, colour: str) -> None:
    """The card's background, which stops at the cut line (or at the edge a home printer can reach)."""
    painter.fillRect(canvas.rect(rect.x, rect.y, rect.width, rect.height), QColor(colour))


def paint_fold(painter, canvas: MmCanvas, width_mm: float, y_mm: float, safe_mm: float) -> None:
    painter.save()
    pen = QPen(QColor(150, 150, 150), canvas(0.2), Qt.PenStyle.DashLine)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # a square cap would reach past the safe margin
    painter.setPen(pen)
    painter.drawLine(canvas.point(safe_mm, y_mm), canvas.point(width_mm - safe_mm, y_mm))
    painter.restore()


def paint_cut_marks(painter, canvas: MmCanvas, rects: list[Rect], safe: Rect) -> None:
    """Marks at each cutting line inside the grid, in the white border a home printer leaves at the
    paper's edge (never closer to the edge than it can print): a ruler through the two marks cuts there."""
    painter.save()
    pen = QPen(QColor(120, 120, 120), canvas(0.15))
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # ends at the safe margin, not half a pen past it
    painter.setPen(pen)
    right, bottom = safe.x + safe.width, safe.y + safe.height
    xs = sorted({round(v, 3) for r in rects for v in (r.x, r.x + r.width)})[1:-1]
    ys = sorted({round(v, 3) for r in rects for v in (r.y, r.y + r.height)})[1:-1]
    for x in xs:
        painter.drawLine(canvas.point(x, safe.y), canvas.point(x, safe.y + MARK_MM))
        painter.drawLine(canvas.point(x, bottom - MARK_MM), canvas.point(x, bottom))
    for y in ys:
        painter.drawLine(canvas.point(safe.x, y), canvas.point(safe.x + MARK_MM, y))
        painter.drawLine(canvas.point(right - MARK_MM, y), canvas.point(right, y))
    painter.restore()
