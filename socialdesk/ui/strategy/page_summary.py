"""Step 7, the summary: the plan on one page, print, PDF, Markdown, and Apply to the week."""


from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout

from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.domain.strategy.apply import apply_plan
from socialdesk.domain.strategy.fields import STEPS, Step
from socialdesk.domain.strategy.progress import filled_count
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.strategy.labels import STEP_TITLES, confirm_text, report_text
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.plan_document import PlanWords, to_html
from socialdesk.ui.strategy.texts import ADVICE, TIPS


class ApplyConfirm:
    """Asks the owner before Apply changes the other tabs (tests replace `ask`)."""

    @classmethod
    def ask(cls, parent, text: str) -> bool:
        return ask(parent, QCoreApplication.translate("SummaryPage", "Apply the plan"), text,
                   QCoreApplication.translate("SummaryPage", "&Apply"), QCoreApplication.translate("SummaryPage", "&Cancel"),
                   default_no=False)


class SummaryPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.SUMMARY], ADVICE[Step.SUMMARY], parent,
                         tip=TIPS[Step.SUMMARY])
        self.strategy = None
        self.shop = None
        self.view = QTextBrowser(self.body)
        self.view.setAccessibleName(self.tr("The plan"))
        self.view.setOpenLinks(False)
        self.view.setTabChangesFocus(True)
        self.preview_button = QPushButton(self.tr("&Print preview…"), self.body)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self.body)
        self.markdown_button = QPushButton(self.tr("Export as &text (Markdown)…"), self.body)
        self.pdf_button.setObjectName("strategySavePdf")  # in save_guard.FILE_WRITING
        self.markdown_button.setObjectName("strategySaveMarkdown")
        self.apply_button = QPushButton(self.tr("&Apply to the week…"), self.body)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.markdown_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.apply_button.setAccessibleName(self.tr("Apply to the week"))
        buttons.addWidget(self.apply_button)
        self.apply_status = QLabel(self.body)
        self.apply_status.setWordWrap(True)
        self.apply_status.setAccessibleName(self.tr("What Apply changed"))
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.empty = EmptyState("emptyStrategy", self.body)
        self.empty.set_words(self.tr("The plan is still empty. Each step takes a few minutes; the first one, "
                                     "the shop, needs only its name."), self.tr("Start with the sh&op"))
        self.empty.button.clicked.connect(self._on_empty_button_clicked)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.apply_status)
        self.preview_button.clicked.connect(self._on_preview_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.markdown_button.clicked.connect(self._on_markdown_button_clicked)
        self.apply_button.clicked.connect(self._on_apply_button_clicked)

    def load(self, strategy, shop, read_only: bool) -> None:
        self.strategy, self.shop = strategy, shop
        self.view.setHtml(to_html(self.document()))
        self.empty.setVisible(filled_count(strategy, shop) == 0)
        self.apply_button.setEnabled(not read_only)
        self.apply_button.setToolTip("" if not read_only else self.tr("Only the current version can be applied."))
        applied = self.writer.store.strategy.applied_at()
        if applied is not None and not self.apply_status.text():
            when = QLocale().toString(QDateTime(applied), QLocale.FormatType.ShortFormat)
            self.apply_status.setText(fill(self.tr("Last applied on %1."), when))
        super().load(strategy, shop, read_only)

    def _on_empty_button_clicked(self):
        self.writer.parent().go_to(STEPS[0])  # the strategy tab that made this page: an empty plan starts at the shop

    def document(self):
        return PlanWords().build(self.strategy, self.shop, self.writer.clock().date())

    def first_field(self):
        return self.view

    def _suggested(self, suffix: str) -> str:
        return default_name(FileKind.STRATEGY, current_language(), shop=self.shop.name or "", suffix=suffix)

    @staticmethod
    def _output():
        """The printing and file code, loaded when first used (it costs start-up time)."""
        from socialdesk.ui.strategy import plan_output

        return plan_output

    def preview(self):
        self._output().preview_plan(self, self.document())

    def _on_preview_button_clicked(self):
        self.preview()

    def _on_pdf_button_clicked(self):
        output = self._output()
        path = output.SaveTarget.ask(self, self.tr("Save the plan as PDF"), self._suggested("pdf"),
                                     self.tr("PDF (*.pdf)"), "pdf")
        if path is not None:
            output.write_plan_pdf(self, path, self.document())  # guarded, tells the owner

    def _on_markdown_button_clicked(self):
        output = self._output()
        path = output.SaveTarget.ask(self, self.tr("Export the plan as Markdown"), self._suggested("md"),
                                     self.tr("Markdown (*.md)"), "md")
        if path is not None:
            output.write_plan_markdown(self, path, self.document())  # guarded, tells the owner

    def _on_apply_button_clicked(self):
        plan = apply_plan(self.strategy)
        if not ApplyConfirm.ask(self, confirm_text(plan)):
            return
        with saving(self) as attempt:
            report = self.writer.store.strategy.apply(self.writer.clock())
        if attempt.failed:
            return
        for change in report.changes:
            self.writer.bus.publish(change, self)  # the tab around this page reloads too
        self.apply_status.setText(report_text(report))
