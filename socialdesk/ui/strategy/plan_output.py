"""The plan on paper and on disk: print preview, PDF and Markdown, from the same document."""

from dataclasses import replace
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.document import PlanDocument, to_markdown
from socialdesk.ui.common.save_guard import SaveGuard, write_guarded
from socialdesk.ui.printing.output import make_printer, paint_pdf_to, paper_of, show_preview
from socialdesk.ui.strategy.labels import STEP_TITLES
from socialdesk.ui.strategy.plan_document import to_html


FONT_SIZES = (8.0, 7.5, 7.0, 6.5, 6.0, 5.5)  # points: the largest that keeps the plan on one page wins
OVERFLOW_SIZE = 7.0  # when nothing fits: readable type over two pages, the essentials first
# The steps that matter most when the plan runs over: what we stand for and the rhythm first.
IMPORTANCE = (Step.STAND, Step.CHANNELS, Step.COMMUNITY, Step.CONVERSATIONS, Step.LISTENING, Step.SHOP)


def _text_document(html: str, printer, size: float) -> QTextDocument:
    text = QTextDocument()
    font = QFont()
    font.setPointSizeF(size)
    for tag in ("liga", "clig"):  # "ﬁ" glyphs would make the PDF's text unsearchable
        font.setFeature(QFont.Tag(tag), 0)
    text.setDefaultFont(font)
    text.setDefaultStyleSheet(f"h1 {{ font-size: {size * 1.75:.1f}pt; margin-bottom: 0; }} p {{ margin: 0; }} "
                              f"h2 {{ font-size: {size * 1.3:.1f}pt; margin-top: 3pt; margin-bottom: 1pt; }}")
    # Lay out at the printer's resolution (true point sizes) and within the printer's
    # margins only: without a page size QTextDocument would add 2 cm of its own.
    text.documentLayout().setPaintDevice(printer)
    text.setHtml(html)
    text.setDocumentMargin(0)
    text.setPageSize(printer.pageRect(QPrinter.Unit.DevicePixel).size())
    return text


def _essentials_first(document: PlanDocument) -> PlanDocument:
    rank = {STEP_TITLES[step]: index for index, step in enumerate(IMPORTANCE)}
    sections = sorted(document.sections, key=lambda s: rank.get(s.title, len(rank)))
    return replace(document, sections=sections)


def overflow_words() -> str:
    return QCoreApplication.translate("PlanOutput", "This plan does not fit on one page: what we stand for and "
                                                    "the channels come first, the rest follows on the next page.")


def lay_out(document: PlanDocument, printer) -> tuple[QTextDocument, bool]:
    """The plan laid out for `printer`: on one page if any type size allows, else the essentials first
    and a line saying so (the second value tells whether it fits)."""
    html = to_html(document, compact=True)
    for size in FONT_SIZES:
        text = _text_document(html, printer, size)
        if text.pageCount() == 1:
            return text, True
    head, subtitle, rest = to_html(_essentials_first(document), compact=True).split("\n", 2)
    note = f"<p><b>{escape(overflow_words())}</b></p>"
    return _text_document("\n".join((head, subtitle, note, rest)), printer, OVERFLOW_SIZE), False


def plan_painter(document: PlanDocument):
    """A page painter for the printing helpers: black on white whatever the screen's palette."""

    def paint(printer) -> None:
        lay_out(document, printer)[0].print_(printer)

    return paint


def fits_one_page(parent, document: PlanDocument) -> bool:
    """Whether the plan fits one sheet of the paper chosen in Preferences."""
    printer = make_printer(document.title, paper_of(parent))
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    return lay_out(document, printer)[1]


class OverflowNotice:
    """Tells the owner the plan runs over one page (tests replace `tell`)."""

    @classmethod
    def tell(cls, parent) -> None:
        QMessageBox.information(parent, QCoreApplication.translate("PlanOutput", "More than one page"),
                                overflow_words() + "\n\n" + QCoreApplication.translate(
                                    "PlanOutput", "Shorter answers bring it back to one page."))


def _tell_if_overflowing(parent, document: PlanDocument) -> None:
    if parent is not None and not fits_one_page(parent, document):
        OverflowNotice.tell(parent)


def preview_plan(parent, document: PlanDocument) -> None:
    _tell_if_overflowing(parent, document)
    show_preview(parent, plan_painter(document), make_printer(document.title, paper_of(parent)))


def write_plan_pdf(parent, path: Path, document: PlanDocument) -> Path | None:
    """From the window: the shared guard, and its one message if refused or failed."""
    written = write_guarded(parent, path, lambda temp: paint_pdf_to(temp, plan_painter(document),
                                                                  make_printer(document.title, paper_of(parent))))
    if written is not None:
        _tell_if_overflowing(parent, document)
    return written


def write_plan_markdown(parent, path: Path, document: PlanDocument) -> Path | None:
    return write_guarded(parent, path, lambda temp: temp.write_bytes(to_markdown(document).encode("utf-8")))


class SaveTarget:
    """Where to write a file: the shared save dialog (it asks before replacing a file)."""

    @classmethod
    def ask(cls, parent, caption: str, suggested: str, file_filter: str, suffix: str = "") -> Path | None:
        answer = SaveGuard.ask(parent, caption, str(Path.home() / suggested), file_filter, suffix=suffix)
        return answer[0] if answer else None

