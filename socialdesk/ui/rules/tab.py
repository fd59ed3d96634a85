"""The community checklist tab: tick the week's posts and rules, see the habits hold over time."""

from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from socialdesk.domain.changes import Area
from socialdesk.domain.file_names import FileKind, default_name
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.bus import is_own
from socialdesk.ui.common.later_tabs import LaterTabs
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.week_keys import add_week_keys
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.rules import labels
from socialdesk.ui.rules.week_page import WeekPage
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.theme.style import mark_tabs

class RulesTab(QWidget):
    calendar_requested = Signal(object, object)  # a day and post ids to show in the calendar (the window does)

    def __init__(self, store, bus, clock, parent=None):
        super().__init__(parent)
        self.setObjectName("rulesTabContent")
        self.store = store
        self.bus = bus
        self.clock = clock
        self.week = IsoWeek.of(self.clock().date())
        self._seed_starter_rules()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.pages = QTabWidget()
        self.pages.setObjectName("rulesPages")
        mark_tabs(self.pages, inner=True)
        self.week_page = WeekPage(store, self.clock)
        self.pages.addTab(self.week_page, self.tr("&Week"))
        self._later = LaterTabs(self.pages)  # the other pages are built the first time they are shown
        self._history = self._later.add(self.tr("Over ti&me"), self._make_history_page)
        self._rules = self._later.add(self.tr("R&ules"), self._make_rules_page)
        self._drivers = self._later.add(self.tr("Ke&y people"), self._make_drivers_page)
        self.week_page.rules_requested.connect(lambda: self.pages.setCurrentWidget(self.rules_page))
        self.week_page.calendar_requested.connect(self.calendar_requested)
        self.week_page.changed.connect(partial(self.bus.publish, initiator=self.week_page))
        layout.addWidget(self.pages, 1)
        self.setFocusProxy(self.pages)
        bus.changed.connect(self._on_bus_changed)
        self.reload()

    @property
    def history_page(self):
        return self._later.page(self._history)

    @property
    def rules_page(self):
        return self._later.page(self._rules)

    @property
    def drivers_page(self):
        return self._later.page(self._drivers)

    def _make_history_page(self):
        from socialdesk.ui.rules.history_page import HistoryPage

        page = HistoryPage(self.store, self.clock)
        page.reload()
        return page

    def _make_rules_page(self):
        from socialdesk.ui.rules.rules_page import RulesPage

        return self._publishing(RulesPage(self.store, self.clock))

    def _make_drivers_page(self):
        from socialdesk.ui.rules.drivers_page import DriversPage

        return self._publishing(DriversPage(self.store, self.clock))

    def _publishing(self, page):
        page.changed.connect(partial(self.bus.publish, initiator=page))
        page.reload()
        return page

    def _build_header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"))
        self.today_button = QPushButton(self.tr("&This week"))
        self.week_label = QLabel()
        self.week_label.setAccessibleName(self.tr("Week shown"))
        font = self.week_label.font()
        font.setBold(True)
        self.week_label.setFont(font)
        self.week_label.setWordWrap(True)  # a long French date wraps: the window keeps its width
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"))
        self.pdf_button.setObjectName("checklistSavePdf")  # in save_guard.FILE_WRITING
        self.previous_button.clicked.connect(lambda: self.show_week(self.week.shifted(-1)))
        self.next_button.clicked.connect(lambda: self.show_week(self.week.shifted(1)))
        self.today_button.clicked.connect(lambda: self.show_week(IsoWeek.of(self.clock().date())))
        self.print_button.clicked.connect(self.print_requested)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        for widget in (self.previous_button, self.next_button, self.today_button):
            row.addWidget(widget)
        add_week_keys(self, {"Alt+Left": self.previous_button, "Alt+Right": self.next_button,
                             "Alt+Home": self.today_button})  # as in the calendar
        row.addWidget(self.week_label, 1)  # after the buttons, as in the calendar: the free width keeps it on one line
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        return row

    def _seed_starter_rules(self) -> None:
        with saving(self) as attempt:
            change = self.store.rules.ensure_starter_set(self.clock().date(), labels.language())
        if attempt.failed:
            return
        if change is not None:
            self.bus.publish(change, self)

    def show_week(self, week: IsoWeek) -> None:
        self.week = week
        self.week_label.setText(labels.week_title(week))
        self.today_button.setEnabled(week != IsoWeek.of(self.clock().date()))
        self.week_page.show_week(week)

    def place(self) -> tuple[IsoWeek, int]:
        """The week shown and the inner page (week, over time, rules, key people)."""
        return self.week, self.pages.currentIndex()

    def go_to_place(self, place: tuple[IsoWeek, int]) -> None:
        week, page = place
        self.show_week(week)
        self.pages.setCurrentIndex(page)

    def new_day(self, old: date, new: date) -> None:
        """Midnight passed with the window open: last week's checklist, if shown as this week, follows to the new
        one; any week shown is said in its tense again (MainWindow's NewDay)."""
        if IsoWeek.of(old) == IsoWeek.of(new):  # only the holidays ahead change within a week (38c, L3); a note
            self.week_page.refresh_closures()  # being typed keeps its place (38b, L3)
            return
        if self.week == IsoWeek.of(old) and not self.week_page.typing():  # a note typed across midnight stays
            # whole on its week (38c, L4); a box ticked on Sunday does not keep Monday's ticks on it (38d, M1)
            self.week = IsoWeek.of(new)
        self.reload()

    def reload(self) -> None:
        self.show_week(self.week)
        for page in self._later.built():
            page.reload()

    def _on_bus_changed(self, change, initiator) -> None:
        """Each page is a subscriber: the one that wrote already shows its change (a rebuild would
        steal the focus), the others reload."""
        watched = change.concerns(Area.RULES) or change.concerns(Area.CALENDAR)
        watched = watched or change.concerns(Area.STRATEGY, "applied")
        watched = watched or change.concerns(Area.STRATEGY, "hours")  # a closure's opened days, a holiday's answer
        # The week page also lists printed codes, reprints and the listings to update before a closure.
        if (watched or change.concerns(Area.PRESENCE)) and not is_own(initiator, self.week_page):
            self.show_week(self.week)
        if not watched:
            return
        for page in self._later.built():
            if not is_own(initiator, page):
                page.reload()

    # -- printing ----------------------------------------------------------------------------
    def _printer(self):
        from socialdesk.ui.printing.output import make_printer, paper_of  # QtPrintSupport loads when printing

        monday = day_text(self.week.monday, "d MMM yyyy")  # not "2026-W48"
        return make_printer(fill(self.tr("Community checklist — %1"), fill(self.tr("Week of %1"), monday)),
                            paper_of(self))

    def print_requested(self) -> None:
        from socialdesk.ui.printing.output import show_preview
        from socialdesk.ui.rules.printout import build_sheet, paint_sheet

        sheet = build_sheet(self.store, self.week, self.clock().date())
        show_preview(self, lambda printer: paint_sheet(printer, sheet), self._printer())

    def save_pdf(self, path: Path) -> Path:
        from socialdesk.ui.printing.output import write_pdf
        from socialdesk.ui.rules.printout import build_sheet, paint_sheet

        sheet = build_sheet(self.store, self.week, self.clock().date())
        return write_pdf(path, lambda printer: paint_sheet(printer, sheet), self._printer(), self.store.path)

    def _on_pdf_button_clicked(self) -> None:
        from socialdesk.ui.common.save_guard import save_as
        from socialdesk.ui.printing.output import paint_pdf_to
        from socialdesk.ui.rules.printout import build_sheet, paint_sheet

        suggested = str(Path.home() / default_name(FileKind.CHECKLIST_PDF, current_language(), week=self.week.key))
        sheet = build_sheet(self.store, self.week, self.clock().date())
        save_as(self, self.tr("Save the checklist as PDF"), suggested, self.tr("PDF files (*.pdf)"),
                lambda temp, _chosen: paint_pdf_to(temp, lambda printer: paint_sheet(printer, sheet), self._printer()),
                suffix="pdf")
