"""Writing one checked code to a vector PDF page sized to the code (PNG and SVG: socialdesk.qr.files)."""

from pathlib import Path

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from socialdesk.qr.verify import Checked
from socialdesk.qr.design import CAPTION_WIDTH, caption_line, caption_lines
from socialdesk.ui.presence.qr_paint import (FittedText, MmCanvas, brand_font, draw_fitted, fit_line, module_path,
                                             paint_code)
from socialdesk.ui.printing.output import make_printer, paint_pdf_to


def text_band_mm(total_mm: float, caption: str, call_to_action: str) -> float:
    lines = len(caption_lines(caption)) + bool(call_to_action)
    return 0.0 if not lines else max(8.0, total_mm * 0.13) * lines


def code_printer(checked: Checked, caption: str = "", call_to_action: str = "") -> QPrinter:
    """A page exactly the size of the code, its quiet zone and its words."""
    total = checked.code.total_size_mm
    page = QPageSize(QSizeF(total, total + text_band_mm(total, caption, call_to_action)),
                     QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch)
    printer = make_printer("QR code", margins_mm=0.0)
    printer.setPageSize(page)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setFullPage(True)
    return printer


def paint_code_page(painter: QPainter, canvas: MmCanvas, checked: Checked, caption: str = "",
                    call_to_action: str = "", top_mm: float = 0.0, left_mm: float = 0.0,
                    raster: bool = False) -> None:
    code = checked.code
    total = code.total_size_mm
    band = text_band_mm(total, caption, call_to_action)
    light, dark = QColor(*code.light), QColor(*code.dark)
    painter.fillRect(canvas.rect(left_mm, top_mm, total, total + band), light)
    target = canvas.rect(left_mm, top_mm, total, total)
    paint_code(painter, code, target, None if raster else module_path(code), raster)
    captions = caption_lines(caption)  # an address too long for one line takes up to three
    line = band / max(1, len(captions) + bool(call_to_action))
    y = top_mm + total
    painter.save()
    painter.setFont(brand_font(code.design.font))  # the brand's letters
    for text, points, bold in ((caption_line(call_to_action), 14, True), *((text, 12, False) for text in captions)):
        if text:  # the caption rule of qr/design.py for both lines: one whole line, as in PNG and SVG
            area = canvas.rect(left_mm + total * 0.04, y, total * CAPTION_WIDTH, line * 0.9)
            fitted = fit_line(painter, text, area, points, 1.0, bold) or FittedText(1.0, (text,), bold)
            draw_fitted(painter, area, fitted, dark)
            y += line
    painter.restore()


def code_pdf_painter(checked: Checked, caption: str = "", call_to_action: str = ""):
    def paint(device: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("the PDF file could not be opened")
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint_code_page(painter, MmCanvas(device.resolution()), checked, caption, call_to_action)
        finally:
            painter.end()

    return paint


def paint_code_pdf_to(temp: Path, checked: Checked, caption: str = "", call_to_action: str = "") -> None:
    paint_pdf_to(temp, code_pdf_painter(checked, caption, call_to_action), code_printer(checked, caption, call_to_action))
