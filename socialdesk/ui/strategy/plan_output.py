"""The plan on paper and on disk: print preview, PDF and Markdown, from the same document."""

from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog

from socialdesk.domain.strategy.document import PlanDocument, to_markdown
from socialdesk.export_files import check_output, write_private
from socialdesk.ui.printing.output import make_printer, show_preview, write_pdf
from socialdesk.ui.strategy.plan_document import to_html


def plan_painter(document: PlanDocument):
    """A page painter for the printing helpers: black on white whatever the screen's palette."""
    html = to_html(document)

    def paint(printer) -> None:
        text = QTextDocument()
        font = QFont()
        font.setPointSizeF(8)
        for tag in ("liga", "clig"):  # "ﬁ" glyphs would make the PDF's text unsearchable
            font.setFeature(QFont.Tag(tag), 0)
        text.setDefaultFont(font)
        text.setDefaultStyleSheet("h1 { font-size: 14pt; } h2 { font-size: 10.5pt; margin-top: 4pt; margin-bottom: 1pt; }")
        # Lay out at the printer's resolution (true point sizes) and within the printer's
        # margins only: without a page size QTextDocument would add 2 cm of its own.
        text.documentLayout().setPaintDevice(printer)
        text.setHtml(html)
        text.setDocumentMargin(0)
        text.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
        text.print_(printer)

    return paint


def preview_plan(parent, document: PlanDocument) -> None:
    show_preview(parent, plan_painter(document), make_printer(document.title))


def save_plan_pdf(path: Path, document: PlanDocument) -> Path:
    return write_pdf(Path(path), plan_painter(document), make_printer(document.title))


def save_plan_markdown(path: Path, document: PlanDocument) -> Path:
    check_output(Path(path), force=True)  # the save dialog already asked before replacing
    write_private(Path(path), to_markdown(document).encode("utf-8"))
    return Path(path)


class SaveTarget:
    """Where to write a file: the system's save dialog (it asks before replacing a file)."""

    @classmethod
    def ask(cls, parent, caption: str, suggested: str, file_filter: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(Path.home() / suggested), file_filter)
        return Path(chosen) if chosen else None

