"""Send a page painter to a print preview or straight to a PDF file.

A painter is `paint(printer: QPrinter) -> None`: it opens a QPainter on the printer, draws
each page and calls `printer.newPage()` between pages.
"""

import errno
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from socialdesk.export_files import OutputNotWritten, guarded_output

PagePainter = Callable[[QPrinter], None]
PAPER_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}


def paper_of(widget) -> QPageSize.PageSizeId:
    """The paper chosen in Preferences ▸ Printing, read from the store of the window holding `widget`."""
    while widget is not None:
        store = getattr(widget, "store", None)
        if store is not None and hasattr(store, "settings"):
            from socialdesk.domain.cards_layout import shop_paper

            return PAPER_SIZES.get(shop_paper(store.settings, store.shop.get().country), QPageSize.PageSizeId.A4)
        widget = widget.parent()
    return QPageSize.PageSizeId.A4


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


def write_pdf(path: Path, paint: PagePainter, printer: QPrinter, data_file: Path | None = None,
              force: bool = True) -> Path:
    """Render to a PDF readable by the owner only, through a temporary file renamed over `path`."""
    with guarded_output(Path(path), data_file, force) as temp:
        paint_pdf_to(temp, paint, printer)
    return Path(path)


def paint_pdf_to(temp: Path, paint: PagePainter, printer: QPrinter) -> None:
    """Qt reports a file it cannot open only by painting nothing: check that a PDF came out."""
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(temp))
    try:
        paint(printer)
    finally:
        printer.setOutputFileName("")
    if not _complete_pdf(temp):  # e.g. the disk filled up half-way: Qt says nothing
        number = _why_short(temp)
        raise OutputNotWritten(number, os.strerror(number) if number != errno.EIO else
                               "the PDF could not be written completely")


def _complete_pdf(path: Path) -> bool:
    with open(path, "rb") as written:
        head = written.read(5)
        written.seek(max(0, os.fstat(written.fileno()).st_size - 64))
        return head == b"%PDF-" and b"%%EOF" in written.read()


def _no_space(path: Path) -> bool:
    usage = shutil.disk_usage(path.parent)
    return usage.free < 64 * 1024


def _why_short(path: Path) -> int:
    """Why Qt's PDF stopped short, asked of the system by writing on: a file-size limit (EFBIG), a quota (EDQUOT),
    a full disk (ENOSPC); EIO when the system takes more."""
    try:
        with open(path, "ab") as more:
            more.write(bytes(64 * 1024))
            more.flush()
            os.fsync(more.fileno())
    except OSError as refused:
        if refused.errno in (errno.EFBIG, errno.EDQUOT, errno.ENOSPC):
            return refused.errno
    return errno.ENOSPC if _no_space(path) else errno.EIO


def show_preview(parent, paint: PagePainter, printer: QPrinter) -> bool:
    """Qt's print preview (print, page set-up, and the system's Save as PDF from there)."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(printer.docName())
    dialog.paintRequested.connect(lambda device: paint_unless_data(parent, paint, device))
    return bool(dialog.exec())


def paint_unless_data(parent, paint: PagePainter, printer: QPrinter) -> bool:
    """"Print to file" from the preview's print dialog must not name the data file either."""
    from socialdesk.export_files import belongs_to_data
    from socialdesk.ui.common.save_guard import SaveGuard, data_file_of, refused_text

    name, data_file = printer.outputFileName(), data_file_of(parent)
    if name and data_file is not None and belongs_to_data(Path(name), data_file):
        SaveGuard.tell(parent, refused_text(Path(name)))
        return False
    paint(printer)
    return True
