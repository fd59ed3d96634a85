"""The plan out of the app and back: iCalendar and CSV exports, CSV import, the printed week."""

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.calendar.day_notes import closed_word, day_note, shut_and_closed
from socialdesk.ui.common.save_guard import SaveGuard, write_guarded, writes_files
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.common.day_words import day_text

if TYPE_CHECKING:
    from socialdesk.domain.calendar.plan_words import Dialect
    from socialdesk.ui.calendar.printing import WeekPainter

ICS_HISTORY = timedelta(weeks=4)


class PlanFiles(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.export_ics_action = self._action(self.tr("Export to a &calendar (.ics)…"), self.export_ics)
        self.export_csv_action = self._action(self.tr("Export to a &spreadsheet (CSV)…"), self.export_csv)
        self.import_csv_action = self._action(self.tr("&Import a CSV…"), self.import_csv)
        self.print_action = self._action(self.tr("&Print the week…"), self.print_week, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action(self.tr("Save the week as P&DF…"), self.save_pdf)
        writes_files(self.export_ics_action, "calendarExportIcs")
        writes_files(self.export_csv_action, "calendarExportCsv")
        writes_files(self.pdf_action, "calendarSavePdf")

    def _action(self, text, slot, shortcut=None) -> QAction:
        action = QAction(text, self.tab)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.tab.addAction(action)
        return action

    def populate(self, menu):
        menu.addActions([self.export_ics_action, self.export_csv_action, self.import_csv_action])
        menu.addSeparator()
        menu.addActions([self.print_action, self.pdf_action])
        menu.addSeparator()
        menu.addActions([self.tab.edits.limits, self.tab.edits.extras])

    def ask_save_path(self, title: str, suggested: str, filters: str, suffix: str) -> Path | None:
        """The file dialog asks before replacing a file, so a path from it may be overwritten; a name typed without
        `suffix` gets it (and is asked about if that file exists)."""
        answer = SaveGuard.ask(self.tab, title, suggested, filters, suffix=suffix)
        return answer[0] if answer else None

    def _write(self, path: Path, data: bytes) -> bool:
        """Through the shared guard: never the data file; a failed write leaves the old file whole."""
        def write(temp: Path) -> None:
            temp.write_bytes(data)

        return write_guarded(self.tab, path, write) is not None

    def export_ics(self):
        """The plan from four weeks back onwards: a phone needs what is coming, not ten years of past."""
        path = self.ask_save_path(self.tr("Export the plan to a calendar (from four weeks ago onwards)"),
                                  default_name(FileKind.PLAN_ICS, current_language()), self.tr("iCalendar (*.ics)"),
                                  "ics")
        if path:
            first = self.tab.today() - ICS_HISTORY
            posts = [p for p in self.tab.store.calendar.all_posts() if p.day is not None and p.day >= first]
            name = self.tab.store.shop.get().name or "SocialDesk"
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                from socialdesk.domain.calendar.ics_format import export_ics  # icalendar: 60 ms

                data = export_ics(posts, self.tab.clock().astimezone(), name, current_language())
            finally:
                QApplication.restoreOverrideCursor()
            self._write(path, data)

    def ask_csv_path(self) -> "tuple[Path, Dialect] | None":
        """Where to save, and the dialect: the language's own first, as the command line's default."""
        from socialdesk.domain.calendar.plan_words import Dialect, default_dialect  # the CSV code loads on first use

        filters = {Dialect.EXCEL: self.tr("CSV separated by commas (*.csv)"),
                   Dialect.EXCEL_FR: self.tr("CSV for Excel in French, separated by semicolons (*.csv)"),
                   Dialect.RFC4180: self.tr("CSV for other programs, without byte order mark (*.csv)")}
        language = current_language()
        suggested = default_name(FileKind.PLAN_CSV, language, day=self.tab.today().isoformat())
        answer = SaveGuard.ask(self.tab, self.tr("Export the plan to a spreadsheet"), suggested,
                               ";;".join(filters.values()), filters[default_dialect(language)], "csv")
        if not answer:
            return None
        path, chosen = answer
        return path, next((d for d, text in filters.items() if text == chosen), default_dialect(language))

    def export_csv(self):
        answer = self.ask_csv_path()
        if answer:
            path, dialect = answer
            from socialdesk.domain.calendar.csv_format import export_plan

            self._write(path, export_plan(self.tab.store.calendar.all_posts(), dialect, current_language()))

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.tab, self.tr("Import a plan"), "",
                                              self.tr("CSV (*.csv *.txt)"))
        return Path(path) if path else None

    def import_csv(self):
        path = self.ask_open_path()
        if path is None:
            return
        from socialdesk.domain.calendar.csv_format import MAX_BYTES, parse_csv
        from socialdesk.input_files import InputRefused, read_bounded
        from socialdesk.ui.calendar.import_dialog import ImportDialog

        try:
            data = read_bounded(path, MAX_BYTES)  # a pipe or /dev/zero is refused at once
        except InputRefused as refused:
            QMessageBox.warning(self.tab, self.tr("Nothing was imported"), self._unread_text(path, refused))
            return
        parsed = parse_csv(data)
        repo = self.tab.store.calendar
        plan = repo.sort_import(parsed.posts, parsed.lines, parsed.absent) if not parsed.errors else None
        if plan is not None:
            parsed.lines, parsed.posts = [line for line, _ in plan.landing], [post for _, post in plan.landing]
        if not ImportDialog.ask(self.tab, parsed, path.name, plan) or parsed.errors or not parsed.posts:
            return
        ids = [post.id for post in plan.updated]  # undo puts the updated posts back as they were
        if self.tab.record(fill(self.tr("Import %1"), path.name), ids, lambda: repo.apply_import(plan)):
            dated = [p.day for p in parsed.posts if p.day]
            if dated:
                self.tab.show_week(min(dated))

    def _unread_text(self, path: Path, refused) -> str:
        """Why the chosen file was not read, as `import csv` says it (attack 35b, F4)."""
        from socialdesk.input_files import InputProblem
        from socialdesk.ui.i18n import os_reason

        if refused.problem is InputProblem.NOT_A_FILE:
            return fill(self.tr("%1 is not a file (a folder, a pipe or a device)."), path.name)
        if refused.problem is InputProblem.TOO_BIG:
            return fill(self.tr("%1 is larger than 50 MB."), path.name)
        reason = os_reason(refused.cause) if refused.cause is not None else ""
        return fill(self.tr("%1 cannot be read (%2)."), path.name, reason) if reason else \
            fill(self.tr("%1 cannot be read."), path.name)

    # ----- the printed week
    def painter(self) -> "WeekPainter":
        from socialdesk.ui.calendar.printing import WeekPainter  # QtPrintSupport loads when printing

        tab = self.tab
        locale = QLocale()
        days = tab.days()
        iso = IsoWeek.of(tab.start + timedelta(days=3))
        shop = tab.store.shop.get().name
        span = f"{day_text(days[0], 'd MMMM', locale)} – {day_text(days[-1], 'd MMMM yyyy', locale)}"
        title = fill(self.tr("Week %1 · %2"), str(iso.week), span)
        title = f"{shop} — {title}" if shop else title
        footer = tab.targets_label.text()
        alsace = tab.store.shop.alsace_moselle()  # the week on screen's holidays (attack 34c, F5)
        _, shut = shut_and_closed(tab.store, days)  # and its closed days, "Closed" as on screen (34d, F5)
        notes = {}
        for day in days:
            note = day_note(day, False, alsace)  # holidays, shop dates
            lines = ((closed_word(),) if day in shut else ()) + (note.lines if note else ())
            if lines:
                notes[day] = lines
        return WeekPainter(title, days, tab.store.calendar.posts_in_week(tab.start), footer, notes)

    def print_week(self):
        from socialdesk.ui.calendar.printing import week_printer
        from socialdesk.ui.printing.output import show_preview

        painter = self.painter()
        show_preview(self.tab, painter.paint, week_printer(painter.title, self.tab))

    def save_pdf(self):
        suggested = default_name(FileKind.WEEK_PDF, current_language(),
                                 week=IsoWeek.of(self.tab.start + timedelta(days=3)).key)
        path = self.ask_save_path(self.tr("Save the week as PDF"), suggested, self.tr("PDF (*.pdf)"), "pdf")
        if path:
            from socialdesk.ui.calendar.printing import week_printer
            from socialdesk.ui.printing.output import paint_pdf_to

            painter = self.painter()
            write_guarded(self.tab, path, lambda temp: paint_pdf_to(temp, painter.paint, week_printer(painter.title, self.tab)))
