"""The QR designer's outputs: PNG (300/600 dpi), SVG and PDF files, and printing the code."""

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QComboBox, QGridLayout, QPushButton, QWidget

from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.presence.qr_dialogs import QrDialogs


class QrOutputBar(QWidget):
    """Asks the page for the current design (`current()` -> (Checked, caption, call to action) or
    None); emits `reported(str, bool)` with a sentence for the owner and whether it went well."""

    reported = Signal(str, bool)

    def __init__(self, current, parent=None, identity=tuple):
        super().__init__(parent)
        self._current, self._identity = current, identity  # identity(): the shop's name and trade
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.dpi = QComboBox(self)
        self.dpi.setAccessibleName(self.tr("PNG resolution"))
        self.dpi.addItem(self.tr("300 dpi"), 300)
        self.dpi.addItem(self.tr("600 dpi"), 600)
        self.png = QPushButton(self.tr("E&xport PNG…"), self)
        self.svg = QPushButton(self.tr("Export SVG…"), self)
        self.pdf = QPushButton(self.tr("Export PDF…"), self)
        for button, name in ((self.png, "qrExportPng"), (self.svg, "qrExportSvg"), (self.pdf, "qrExportPdf")):
            button.setObjectName(name)  # in save_guard.FILE_WRITING
        self.print = QPushButton(self.tr("Print…"), self)
        grid.addWidget(self.png, 0, 0)
        grid.addWidget(self.dpi, 0, 1)
        grid.addWidget(self.svg, 0, 2)
        grid.addWidget(self.pdf, 0, 3)
        grid.addWidget(self.print, 0, 4)
        self.png.clicked.connect(self._on_png_clicked)
        self.svg.clicked.connect(self._on_svg_clicked)
        self.pdf.clicked.connect(self._on_pdf_clicked)
        self.print.clicked.connect(self._on_print_clicked)

    def set_ready(self, ready: bool) -> None:
        for button in (self.png, self.svg, self.pdf, self.print):
            button.setEnabled(ready)

    def _on_png_clicked(self) -> None:
        self.export("png")

    def _on_svg_clicked(self) -> None:
        self.export("svg")

    def _on_pdf_clicked(self) -> None:
        self.export("pdf")

    def export(self, suffix: str) -> None:
        current = self._current()
        if current is None:
            return
        checked, caption, call_to_action = current
        if not self._words_allowed(checked, caption, call_to_action):
            return
        path = QrDialogs.ask_save(self, suffix, default_name(FileKind.QR_CODE, current_language()))
        if path is None:
            return
        dpi = self.dpi.currentData() if suffix == "png" else 300
        final = self._final_check(checked, dpi)
        if final is None:
            return
        from socialdesk.ui.common.save_guard import write_guarded

        written = write_guarded(self, path, lambda temp: self._write(suffix, temp, final, dpi, caption, call_to_action),
                                lambda text: self.reported.emit(text, False))
        if written is None:
            return
        self.reported.emit(fill(self.tr("Saved %1. It decodes exactly at %2 dpi."), str(path), str(dpi)), True)

    def _words_allowed(self, checked, caption: str, call_to_action: str) -> bool:
        """The same review-rules question as the cards' before a file or a page carries the words."""
        from socialdesk.domain.cards import CardItem
        from socialdesk.ui.presence.card_rules import words_allowed

        allowed, text = words_allowed(self, [CardItem(checked.code.design.payload, caption, call_to_action)],
                                      identity=self._identity())
        if not allowed:
            self.reported.emit(fill(self.tr("Not saved: %1"), text), False)
        return allowed

    def _final_check(self, checked, dpi: int):
        """Re-run the scan check at the output's own resolution before writing anything."""
        from socialdesk.qr.verify import check

        final = check(checked.code.design, dpi)
        if not final.verdict.ok:
            self.reported.emit(fill(self.tr("Not saved: the code does not decode at %1 dpi."), str(dpi)),
                               False)
            return None
        return final

    @staticmethod
    def _write(suffix, path, checked, dpi, caption, call_to_action) -> None:
        from socialdesk.qr.files import write_code_png, write_code_svg

        words = " — ".join(t for t in (call_to_action, caption) if t)
        if suffix == "png":
            write_code_png(path, checked, dpi, words)
        elif suffix == "svg":
            write_code_svg(path, checked, words)
        else:
            from socialdesk.ui.presence.qr_export import paint_code_pdf_to

            paint_code_pdf_to(path, checked, caption, call_to_action)

    def _on_print_clicked(self) -> None:
        current = self._current()
        if current is None:
            return
        from socialdesk.ui.presence.qr_export import paint_code_page
        from socialdesk.ui.presence.qr_paint import MmCanvas
        from socialdesk.ui.printing.output import make_printer, show_preview

        checked, caption, call_to_action = current
        if not self._words_allowed(checked, caption, call_to_action):
            return

        def paint(printer) -> None:
            painter = QPainter(printer)
            try:
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
                canvas = MmCanvas(printer.resolution())
                page: QRectF = printer.pageLayout().paintRect()  # millimetres
                left = max(0.0, (page.width() - checked.code.total_size_mm) / 2)
                paint_code_page(painter, canvas, checked, caption, call_to_action, 0.0, left)
            finally:
                painter.end()

        show_preview(self, paint, make_printer(self.tr("QR code")))
