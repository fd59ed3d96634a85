"""Send a page painter to a print preview or straight to a PDF file.

A painter is `paint(printer: QPrinter) -> None`: it opens a QPainter on the printer, draws
each page and calls `printer.newPage()` between pages.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from socialdesk.export_files import make_private

PagePainter = Callable[[QPrinter], None]


def make_printer(
    title: str,
    page: QPageSize.PageSizeId = QPageSize.PageSizeId.A4,
    orientation: QPageLayout.Orientation = QPageLayout.Orientation.Portrait,
    margins_mm: float = 10.0,
) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setCreator("SocialDesk")
    printer.setPageLayout(
        QPageLayout(QPageSize(page), orientation, QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
                    QPageLayout.Unit.Millimeter)
    )
    return printer


def write_pdf(path: Path, paint: PagePainter, printer: QPrinter) -> Path:
    """Render to a PDF file readable by the owner only."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    paint(printer)
    make_private(Path(path))
    return Path(path)


def show_preview(parent, paint: PagePainter, printer: QPrinter) -> bool:
    """Qt's print preview (print, page set-up, and the system's Save as PDF from there)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(printer.docName())
    dialog.paintRequested.connect(paint)
    return bool(dialog.exec())
