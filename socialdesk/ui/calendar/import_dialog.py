"""Preview of a CSV import: every line that will land, or every problem that stops it."""

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from socialdesk.domain.calendar.csv_format import CsvImport
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.calendar.labels import ABOUTS, STATUSES, WORDS, csv_error_text
from socialdesk.ui.common.words import fill

PREVIEW_ROWS = 500


class ImportDialog(QDialog):
    def __init__(self, parent, parsed: CsvImport, file_name: str, already: int = 0):
        super().__init__(parent)
        self._already = already
        self.setWindowTitle(fill(self.tr("Import %1"), file_name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(self)
        self.table.setAccessibleName(self.tr("Import preview"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(fill(self.tr("&Import %1 posts"), str(len(parsed.posts))),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if parsed.errors:
            self._show_errors(parsed)
        else:
            self._show_posts(parsed)
        self.import_button.setEnabled(not parsed.errors and bool(parsed.posts))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.resize(860, 520)

    def _show_errors(self, parsed: CsvImport):
        self.summary.setText(fill(self.tr("Nothing will be imported: %1 problem(s) below. Correct them in the file "
                                          "and import it again (an import lands whole or not at all)."),
                                  str(len(parsed.errors))))
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.table.setRowCount(len(parsed.errors))
        for row, error in enumerate(parsed.errors):
            self.table.setItem(row, 0, QTableWidgetItem(str(error.line)))
            self.table.setItem(row, 1, QTableWidgetItem(csv_error_text(error)))

    def _show_posts(self, parsed: CsvImport):
        encoding = {"cp1252": "Windows-1252", "utf-16": "UTF-16"}.get(parsed.encoding, "UTF-8")
        text = fill(self.tr("%1 posts ready to import (%2, separator “%3”)."), str(len(parsed.posts)), encoding,
                    parsed.delimiter.replace("\t", "Tab"))
        if self._already:
            text += " " + fill(self.tr("%1 of the file's posts are already in your plan and are left out."),
                               str(self._already))
        if parsed.cleaned:
            text += " " + fill(self.tr("Invisible control characters were removed from %1 cell(s)."),
                               str(parsed.cleaned))
        self.summary.setText(text)
        headers = [self.tr("Line"), self.tr("Day"), self.tr("Time"), self.tr("Networks"), self.tr("Status"),
                   self.tr("About"), self.tr("Text")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        shown = list(zip(parsed.lines, parsed.posts))[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        for row, (line, post) in enumerate(shown):
            cells = [str(line), post.day.isoformat() if post.day else self.tr("idea"),
                     post.time.strftime("%H:%M") if post.time else "", ", ".join(map(network_name, post.networks)),
                     STATUSES[post.status], ABOUTS.get(post.about, WORDS["not_said"]) if post.about else "",
                     post.first_line]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    @classmethod
    def ask(cls, parent, parsed: CsvImport, file_name: str, already: int = 0) -> bool:
        """`parsed.posts` are those that will land; `already` counts the file's posts left out."""
        return cls(parent, parsed, file_name, already).exec() == QDialog.DialogCode.Accepted
