"""Preview of a CSV import: every line that will land, or every problem that stops it."""

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from socialdesk.domain.calendar.csv_format import CsvImport
from socialdesk.domain.calendar.plan_merge import ImportPlan, changed_fields
from socialdesk.domain.calendar.plan_words import column_names
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.calendar.labels import ABOUTS, STATUSES, WORDS
from socialdesk.ui.calendar.problem_labels import csv_error_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language

PREVIEW_ROWS = 500


def _local_day(day) -> str:
    """The day as the interface writes dates (30/11/2026), not the file's ISO form."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class ImportDialog(QDialog):
    def __init__(self, parent, parsed: CsvImport, file_name: str, plan: ImportPlan | None = None):
        super().__init__(parent)
        self._plan = plan if plan is not None else ImportPlan(new=list(parsed.posts))
        self.setWindowTitle(fill(self.tr("Import %1"), file_name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(self)
        self.table.setTabKeyNavigation(False)  # Tab goes on to Import and Cancel
        self.table.setAccessibleName(self.tr("Import preview"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        label = self.tr("&Import") if parsed.errors else self.tr("&Import %n post(s)", "", len(parsed.posts))
        self.import_button = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
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
        self.summary.setText(self.tr("Nothing will be imported: %n problem(s) below. Correct the file and import it "
                                     "again (the file is imported completely or not at all).", "", len(parsed.errors)))
        self.table.setColumnCount(2)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.table.setRowCount(len(parsed.errors))
        for row, error in enumerate(parsed.errors):
            self.table.setItem(row, 0, QTableWidgetItem(str(error.line)))
            self.table.setItem(row, 1, QTableWidgetItem(csv_error_text(error)))

    def _show_posts(self, parsed: CsvImport):
        encoding = {"cp1252": "Windows-1252", "utf-16": "UTF-16"}.get(parsed.encoding, "UTF-8")
        separator = self.tr("Tab") if parsed.delimiter == "\t" else parsed.delimiter
        text = fill(self.tr("%n post(s) ready to import (%1, separator “%2”).", "", len(parsed.posts)), encoding,
                    separator)
        text += " " + self.counts_text()
        if parsed.cleaned:
            text += " " + self.tr("Invisible control characters were removed from %n cell(s).", "", parsed.cleaned)
        if parsed.dates_guessed == "month/day":
            text += " " + self.tr("Dates were read as month/day, as US Excel writes them (12/1 is 1 December).")
        elif parsed.dates_guessed == "day/month":
            text += " " + self.tr("Dates were read as day/month (12/1 is 12 January).")
        if parsed.absent:  # a spreadsheet of the owner's own, without theme, about or notes
            text += " " + fill(self.tr("The file has no %1 column: left empty on new posts, kept on updated ones."),
                               column_names(" ".join(parsed.absent), current_language()))
        text += "".join(" " + self._clock_change_text(*change) for change in self._plan.clock_changes)
        if len(parsed.posts) > PREVIEW_ROWS:  # the rest are imported all the same (attack 35b, F4)
            text += " " + fill(self.tr("The first %1 are listed below."), str(PREVIEW_ROWS))
        self.summary.setText(text)
        headers = [self.tr("Line"), self.tr("Import"), self.tr("Day"), self.tr("Time"), self.tr("Networks"),
                   self.tr("Status"), self.tr("About"), self.tr("Text"), self.tr("What changes")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        shown = list(zip(parsed.lines, parsed.posts))[:PREVIEW_ROWS]
        self.table.setRowCount(len(shown))
        was = {id(post): old for post, old in zip(self._plan.updated, self._plan.was)}
        for row, (line, post) in enumerate(shown):
            change = self.tr("Update") if id(post) in was else self.tr("New")
            cells = [str(line), change, self._day(post.day),
                     post.time.strftime("%H:%M") if post.time else "", ", ".join(map(network_name, post.networks)),
                     STATUSES[post.status], ABOUTS.get(post.about, WORDS["not_said"]) if post.about else "",
                     post.first_line, self._changes(was[id(post)], post) if id(post) in was else ""]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _clock_change_text(self, line: int, kind: str, day, typed, kept) -> str:
        """A row on a clock change, said as the post dialog says it (attack 41, L2: 02:30 on the night the clocks
        go forward came in without a word, shown 02:30, sent to phones as 03:30)."""
        from socialdesk.domain.hours.words import time_text

        language = current_language()
        typed_text = time_text(typed.hour * 60 + typed.minute, language)
        if kind == "gap":
            return fill(self.tr("Line %1, %2: %3 does not exist that day (clocks go forward): the post will be at %4."),
                        str(line), self._day(day), typed_text, time_text(kept.hour * 60 + kept.minute, language))
        return fill(self.tr("Line %1, %2: %3 happens twice that day (clocks go back): the post will be at the first "
                            "%3, summer time."), str(line), self._day(day), typed_text)

    def _day(self, day) -> str:
        return _local_day(day) if day else self.tr("idea")

    def _changes(self, old, new) -> str:
        """"day 26/11/2026 → 01/12/2026, text": what an updated row changes in its post."""
        names = {"networks": self.tr("networks"), "status": self.tr("status"), "pillar": self.tr("theme"),
                 "about": self.tr("about"), "text": self.tr("text"), "notes": self.tr("notes"),
                 "alt_text": self.tr("alt text")}
        said = []
        for name in changed_fields(old, new):
            if name == "day":
                said.append(fill(self.tr("day %1 → %2"), self._day(old.day), self._day(new.day)))
            elif name == "time":
                said.append(fill(self.tr("time %1 → %2"), *(t.strftime("%H:%M") if t else "–"
                                                            for t in (old.time, new.time))))
            else:
                said.append(names[name])
        return ", ".join(said)

    def counts_text(self) -> str:
        """"In this file: 2 new, 1 updated, 3 unchanged." (a row's id column names the post it updates)"""
        plan = self._plan
        return fill(self.tr("In this file: %1, %2, %3."), self.tr("%n new", "", len(plan.new)),
                    self.tr("%n updated", "", len(plan.updated)), self.tr("%n unchanged", "", plan.unchanged))

    @classmethod
    def ask(cls, parent, parsed: CsvImport, file_name: str, plan: ImportPlan | None = None) -> bool:
        """`parsed.posts` are those that will land (in the file's order); `plan` sorts them into new and updated."""
        return cls(parent, parsed, file_name, plan).exec() == QDialog.DialogCode.Accepted
