"""The year's special days (holidays, shop calendar dates, the shop's closures); closures are added and edited here."""

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from socialdesk.domain.calendar.closures import Closure, Occasion, closure_problem, latest_last_day, merged, \
    needs_preparing, occasion_of, overlapping
from socialdesk.domain.calendar.special_days import is_holiday, year_days
from socialdesk.ui.calendar.day_notes import DAY_NAMES
from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
from socialdesk.ui.calendar.occasion_words import long_day, occasion_when, short_when
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill


class ClosureDialog(QDialog):
    def __init__(self, parent, closure: Closure):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Shop closed"))
        self.closure = closure
        form = QFormLayout(self)
        self.first, self.last = QDateEdit(QDate(closure.first)), QDateEdit(QDate(closure.last))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.dateChanged.connect(self._check)
        self.reason = QLineEdit(closure.reason)
        self.reason.setPlaceholderText(self.tr("Annual leave, works…"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.tr("&First day closed:"), self.first)
        form.addRow(self.tr("&Last day closed:"), self.last)
        form.addRow(self.tr("&Reason:"), self.reason)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self._check()

    def value(self) -> Closure:
        return Closure(self.first.date().toPython(), self.last.date().toPython(), self.reason.text().strip(),
                       self.closure.id)

    def _check(self) -> None:
        first, last = self.value().first, self.value().last
        problem = closure_problem(first, last)
        words = {"ends_before_start": self.tr("The last day is before the first."),
                 "longer_than_a_year": fill(self.tr("A closure lasts a year at most: its last day is %1 at the "
                                                    "latest."), long_day(latest_last_day(first)))}
        self.problem.setText(words.get(problem, ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    @classmethod
    def ask(cls, parent, closure: Closure) -> Closure | None:
        dialog = cls(parent, closure)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None


class YearDialog(QDialog):
    def __init__(self, parent, store, bus, clock, year: int):
        super().__init__(parent)
        self.setObjectName("yearDialog")
        self.setWindowTitle(self.tr("Holidays and closures"))
        self.store, self.bus, self.clock = store, bus, clock
        self.rows: list[Occasion | None] = []  # per table row: what "Edit" acts on
        self.prepares: list[Occasion | None] = []  # per table row: what "Prepare" opens (None: nothing to do)
        self.posts_asked = None  # (day, post ids) to show in the calendar once closed
        self.year = QSpinBox()
        self.year.setRange(1900, 2200)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.valueChanged.connect(self.reload)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move inside
        self.table.setAccessibleName(self.tr("Special days of the year"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Kind")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes what the date and kind leave
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = self._button(self.tr("&Add a closure…"), self.add_closure)
        self.edit_button = self._button(self.tr("&Edit…"), self.edit_closure)
        self.remove_button = self._button(self.tr("&Remove"), self.remove_closure)
        self.prepare_button = self._button(self.tr("&Prepare…"), self.prepare)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.prepare_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(760, 560)
        self.reload()

    def _button(self, text, slot) -> QPushButton:
        button = QPushButton(text)
        button.clicked.connect(slot)
        return button

    # ----- the table
    def reload(self) -> None:
        year = self.year.value()
        alsace = self.store.shop.alsace_moselle()
        closures = self.store.calendar.closures.closures()
        entries = [(day, DAY_NAMES[code], self.tr("Public holiday") if is_holiday(code) else self.tr("Shop calendar"),
                    Occasion(day, day, holiday=code) if is_holiday(code) else None)
                   for day, code in year_days(year, alsace)]
        entries += [(c.first, c.reason or self.tr("Shop closed"), self.tr("Closure"), Occasion(c.first, c.last, closure=c))
                    for c in closures if c.first.year <= year <= c.last.year]
        entries.sort(key=lambda entry: entry[0])
        self.table.setRowCount(len(entries))
        self.rows = [entry[3] for entry in entries]
        hours = self.store.shop.get().hours
        self.prepares = [self._to_prepare(entry[3], closures, hours) for entry in entries]
        for row, (day, what, kind, occasion) in enumerate(entries):
            when = short_when(occasion) if occasion and occasion.closure else long_day(day)
            tip = (occasion_when(occasion) if occasion and occasion.closure
                   else self._nothing_tip(occasion, closures, self.prepares[row]))
            for column, text in enumerate((when, what, kind)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, day.isoformat())
                item.setToolTip(tip)
                self.table.setItem(row, column, item)
        self._update_buttons()

    @staticmethod
    def _to_prepare(occasion: Occasion | None, closures: list[Closure], hours) -> Occasion | None:
        """What "Prepare" opens for a row: a closure's whole period, a holiday that changes something, else None."""
        if occasion is None:
            return None
        if occasion.closure is not None:
            return occasion_of(occasion.closure, closures)
        return occasion if needs_preparing(occasion, closures, hours) else None

    def _nothing_tip(self, occasion: Occasion | None, closures: list[Closure], prepare: Occasion | None) -> str:
        """A holiday's tip when it asks for nothing (`prepare`: its `_to_prepare`, None then): why."""
        if occasion is None or prepare is not None:
            return ""
        if any(c.first <= occasion.first <= c.last for c in closures):
            return self.tr("Within a closure: its tasks and post cover this day.")
        return self.tr("The shop is closed on that weekday anyway: nothing to announce.")

    def selected(self) -> Occasion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def selected_to_prepare(self) -> Occasion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.prepares[rows[0].row()] if rows else None

    def select_closure(self, closure_id: int) -> None:
        for row, occasion in enumerate(self.rows):
            if occasion is not None and occasion.closure is not None and occasion.closure.id == closure_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        occasion = self.selected()
        is_closure = occasion is not None and occasion.closure is not None
        self.edit_button.setEnabled(is_closure)
        self.remove_button.setEnabled(is_closure)
        self.prepare_button.setEnabled(self.selected_to_prepare() is not None)

    # ----- closures
    def _write(self, write) -> bool:
        with saving(self) as attempt:
            change = write()
        if attempt.failed:
            return False
        self.bus.publish(change, self)
        self.reload()
        return True

    def add_closure(self) -> None:
        today = self.clock().date()
        start = today if today.year == self.year.value() else date(self.year.value(), 1, 1)
        closure = ClosureDialog.ask(self, Closure(start, start))
        if closure is not None:
            self._save(closure)

    def edit_closure(self) -> None:
        occasion = self.selected()
        if occasion is None or occasion.closure is None:
            return
        closure = ClosureDialog.ask(self, occasion.closure)
        if closure is not None:
            self._save(closure)

    def _save(self, closure: Closure) -> None:
        """Adds or updates a closure; one sharing days with others is merged with them if the owner says so."""
        repo = self.store.calendar.closures
        others = overlapping(closure, repo.closures())
        if others and self._merge_wanted(closure, others):
            kept, removed = merged(closure, others)
            if self._write(lambda: repo.merge(kept, removed, self.clock())):
                self.select_closure(kept.id)
        elif closure.id is None:
            self._write(lambda: repo.add(closure, self.clock()))
        elif self._write(lambda: repo.update(closure, self.clock())):
            self.select_closure(closure.id)

    def _merge_wanted(self, closure: Closure, others: list[Closure]) -> bool:
        named = ", ".join(short_when(Occasion(c.first, c.last, closure=c)) for c in others)
        question = fill(self.tr("This closure shares days with another one: %1. Merge them into one closure? "
                                "If you keep both, their tasks and ready post are made once, for the whole "
                                "period."), named)
        return ask(self, self.tr("Closures overlap"), question, self.tr("&Merge them"), self.tr("&Keep both"),
                   default_no=False)

    def remove_closure(self) -> None:
        occasion = self.selected()
        if occasion is None or occasion.closure is None:
            return
        from socialdesk.ui.calendar.occasion_tasks import ready_posts_to_publish
        from socialdesk.ui.rules.labels import post_when

        ready = ready_posts_to_publish(self.store, occasion)  # they would announce a closure that is no more
        question = fill(self.tr("Remove the closure %1?"), occasion_when(occasion))
        if ready:
            question = fill(self.tr("Remove the closure %1? Its ready post (%2) is taken off the calendar too."),
                            occasion_when(occasion), "; ".join(post_when(post) for post in ready))
        if ask(self, self.tr("Remove a closure"), question, self.tr("&Remove"), self.tr("&Keep it")):
            self._write(lambda: self.store.calendar.closures.remove(occasion.closure.id, self.clock(),
                                                                    [post.id for post in ready]))

    def prepare(self) -> None:
        occasion = self.selected_to_prepare()
        if occasion is None:
            return
        dialog = PrepareDialog(self, self.store, self.bus, self.clock, occasion)
        dialog.exec()
        if dialog.posts_asked is not None:  # both dialogs close on the calendar at those posts
            self.posts_asked = dialog.posts_asked
            self.accept()

    @classmethod
    def show_year(cls, parent, store, bus, clock, year: int) -> None:
        """`parent`: the calendar, which shows the posts the owner asks to see from the tasks."""
        dialog = cls(parent, store, bus, clock, year)
        dialog.exec()
        if dialog.posts_asked is not None:
            day, ids = dialog.posts_asked
            parent.show_week(day)
            parent.select_posts(ids)


class PrepareDialog(QDialog):
    """The tasks before one holiday or closure (the same as in that week's checklist)."""

    def __init__(self, parent, store, bus, clock, occasion: Occasion):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Before the holiday or closure"))
        self.tasks = OccasionTasks(store, clock, occasion, self)
        self.tasks.changed.connect(lambda change: bus.publish(change, self))
        self.posts_asked = None  # (day, post ids) to show in the calendar once closed
        self.tasks.week_requested.connect(self._on_week_requested)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tasks)
        layout.addStretch(1)  # the tasks keep their height; the room left goes below them
        layout.addWidget(buttons)

    def _on_week_requested(self, day, ids) -> None:
        self.posts_asked = (day, list(ids))
        self.accept()
