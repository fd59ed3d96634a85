"""The plan out of the app and back: iCalendar and CSV exports, CSV import, the printed week."""

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from socialdesk.domain.calendar.csv_format import MAX_BYTES, export_csv, parse_csv
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.calendar.import_dialog import ImportDialog
from socialdesk.ui.calendar.printing import WeekPainter, week_printer
from socialdesk.ui.common.save_guard import SaveGuard, write_guarded, writes_files
from socialdesk.ui.common.words import fill
from socialdesk.ui.printing.output import paint_pdf_to, show_preview

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
        menu.addAction(self.tab.edits.limits)

    def ask_save_path(self, title: str, suggested: str, filters: str) -> Path | None:
        """The file dialog asks before replacing a file, so a path from it may be overwritten."""
        answer = SaveGuard.ask(self.tab, title, suggested, filters)
        return answer[0] if answer else None

    def _write(self, path: Path, data: bytes) -> bool:
        """Through the shared guard: never the data file; a failed write leaves the old file whole."""
        def write(temp: Path) -> None:
            temp.write_bytes(data)

        return write_guarded(self.tab, path, write) is not None

    def export_ics(self):
        """The plan from four weeks back onwards: a phone needs what is coming, not ten years of past."""
        path = self.ask_save_path(self.tr("Export the plan to a calendar (from four weeks ago on)"),
                                  "socialdesk-plan.ics", self.tr("iCalendar (*.ics)"))
        if path:
            first = self.tab.today() - ICS_HISTORY
            posts = [p for p in self.tab.store.calendar.all_posts() if p.day is not None and p.day >= first]
            name = self.tab.store.shop.get().name or "SocialDesk"
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                from socialdesk.domain.calendar.ics_format import export_ics  # icalendar: 60 ms

                data = export_ics(posts, self.tab.clock().astimezone(), name)
            finally:
                QApplication.restoreOverrideCursor()
            self._write(path, data)

    def ask_csv_path(self) -> tuple[Path, str] | None:
        """Where to save, and the separator: Excel splits on the one its regional settings use."""
        comma = self.tr("CSV separated by commas (*.csv)")
        semicolon = self.tr("CSV for Excel in French, separated by semicolons (*.csv)")
        preferred = semicolon if QLocale().decimalPoint() == "," else comma
        answer = SaveGuard.ask(self.tab, self.tr("Export the plan to a spreadsheet"), "socialdesk-plan.csv",
                               f"{comma};;{semicolon}", preferred)
        if not answer:
            return None
        path, chosen = answer
        return path, ";" if chosen == semicolon else ","

    def export_csv(self):
        answer = self.ask_csv_path()
        if answer:
            path, delimiter = answer
            self._write(path, export_csv(self.tab.store.calendar.all_posts(), delimiter))

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.tab, self.tr("Import a plan"), "",
                                              self.tr("CSV (*.csv *.txt)"))
        return Path(path) if path else None

    def import_csv(self):
        path = self.ask_open_path()
        if path is None:
            return
        from socialdesk.input_files import InputRefused, read_bounded

        try:
            data = read_bounded(path, MAX_BYTES)  # a pipe or /dev/zero is refused at once
        except InputRefused:
            QMessageBox.warning(self.tab, self.tr("Nothing was imported"),
                                fill(self.tr("%1 cannot be read, or it is larger than 50 MB."), path.name))
            return
        parsed = parse_csv(data)
        repo = self.tab.store.calendar
        total = len(parsed.posts)
        fresh = set(map(id, repo.not_yet_planned(parsed.posts)))
        kept = [(line, post) for line, post in zip(parsed.lines, parsed.posts) if id(post) in fresh]
        parsed.lines, parsed.posts = [k[0] for k in kept], [k[1] for k in kept]
        already = total - len(parsed.posts)
        if not ImportDialog.ask(self.tab, parsed, path.name, already) or parsed.errors or not parsed.posts:
            return
        if self.tab.record(fill(self.tr("Import %1"), path.name), [], lambda: repo.import_posts(parsed.posts)):
            dated = [p.day for p in parsed.posts if p.day]
            if dated:
                self.tab.show_week(min(dated))

    # ----- the printed week
    def painter(self) -> WeekPainter:
        tab = self.tab
        locale = QLocale()
        days = tab.days()
        iso = IsoWeek.of(tab.start + timedelta(days=3))
        shop = tab.store.shop.get().name
        span = f"{locale.toString(days[0], 'd MMMM')} – {locale.toString(days[-1], 'd MMMM yyyy')}"
        title = fill(self.tr("Week %1 · %2"), str(iso.week), span)
        title = f"{shop} — {title}" if shop else title
        footer = tab.targets_label.text()
        return WeekPainter(title, days, tab.store.calendar.posts_in_week(tab.start), footer)

    def print_week(self):
        painter = self.painter()
        show_preview(self.tab, painter.paint, week_printer(painter.title, self.tab))

    def save_pdf(self):
        path = self.ask_save_path(self.tr("Save the week as PDF"), "socialdesk-week.pdf", self.tr("PDF (*.pdf)"))
        if path:
            painter = self.painter()
            write_guarded(self.tab, path, lambda temp: paint_pdf_to(temp, painter.paint, week_printer(painter.title, self.tab)))
