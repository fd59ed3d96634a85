"""The plan on paper and on disk: print preview, PDF and Markdown, from the same document."""

from pathlib import Path

from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from socialdesk.domain.strategy.document import PlanDocument, to_markdown
from socialdesk.ui.common.save_guard import SaveGuard, write_guarded
from socialdesk.ui.printing.output import make_printer, paint_pdf_to, paper_of, show_preview
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
    show_preview(parent, plan_painter(document), make_printer(document.title, paper_of(parent)))


def write_plan_pdf(parent, path: Path, document: PlanDocument) -> Path | None:
    """From the window: the shared guard, and its one message if refused or failed."""
    return write_guarded(parent, path, lambda temp: paint_pdf_to(temp, plan_painter(document),
                                                                  make_printer(document.title, paper_of(parent))))


def write_plan_markdown(parent, path: Path, document: PlanDocument) -> Path | None:
    return write_guarded(parent, path, lambda temp: temp.write_bytes(to_markdown(document).encode("utf-8")))


class SaveTarget:
    """Where to write a file: the shared save dialog (it asks before replacing a file)."""

    @classmethod
    def ask(cls, parent, caption: str, suggested: str, file_filter: str) -> Path | None:
        answer = SaveGuard.ask(parent, caption, str(Path.home() / suggested), file_filter)
        return answer[0] if answer else None

