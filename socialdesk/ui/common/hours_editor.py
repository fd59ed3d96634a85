"""The week's opening hours as a grid (weekdays × two ranges, "closed", copy Tuesday, typed hours) and special days."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QTimeEdit, QVBoxLayout,
    QWidget,
)

from socialdesk.domain.hours.model import HoursRefused, OpeningHours, Span, day_problem
from socialdesk.ui.common.questions import choose
from socialdesk.ui.common.words import fill
from socialdesk.ui.common.hours_words import day_in_sentence, day_long, days_read, refusal_text
from socialdesk.ui.common.special_days import SpecialDaysBox, day_spans, qtime

TUESDAY = 1
KEEP, CLOSE = "keep", "close"  # what to do with the days typed hours leave out
_DEFAULTS = ((9 * 60, 12 * 60), (14 * 60, 19 * 60))


class _DayRow:
    """One weekday's widgets: closed tick, first range, second-range tick and range."""

    def __init__(self, editor: "HoursEditor", grid: QGridLayout, weekday: int):
        self.weekday = weekday
        self.label = QLabel(day_long(weekday), editor)
        self.closed = QCheckBox(editor.tr("Closed"), editor)
        self.closed.setAccessibleName(fill(editor.tr("%1 closed"), day_long(weekday)))
        self.edits = [self._time(editor, f"{weekday}-{n}") for n in range(2)]  # made in reading order (Tab's)
        self.second = QCheckBox(editor.tr("and"), editor)
        self.second.setAccessibleName(fill(editor.tr("%1: a second range"), day_long(weekday)))
        self.edits += [self._time(editor, f"{weekday}-{n}") for n in range(2, 4)]
        names = (editor.tr("%1, opens"), editor.tr("%1, closes"), editor.tr("%1, opens again"),
                 editor.tr("%1, closes again"))
        for edit, name in zip(self.edits, names):  # a screen reader says which day and which time
            edit.setAccessibleName(fill(name, day_long(weekday)))
        for column, widget in enumerate((self.label, self.closed, self.edits[0], self.edits[1], self.second,
                                         self.edits[2], self.edits[3])):
            grid.addWidget(widget, weekday + 1, column)
        for widget in (self.closed, self.second):
            widget.toggled.connect(editor.on_grid_changed)
        for edit in self.edits:
            edit.timeChanged.connect(editor.on_grid_changed)

    @staticmethod
    def _time(editor, name) -> QTimeEdit:
        edit = QTimeEdit(editor)
        edit.setObjectName(f"hours-{name}")
        edit.setDisplayFormat("HH:mm")
        return edit

    def spans(self) -> tuple[Span, ...]:
        return day_spans(self.closed, self.second, self.edits)

    def show_spans(self, spans: tuple[Span, ...]) -> None:
        self.closed.setChecked(not spans)
        self.second.setChecked(len(spans) > 1)
        shown = list(spans) + [Span(*d) for d in _DEFAULTS[len(spans):]]
        for index, span in enumerate(shown[:2]):
            self.edits[2 * index].setTime(qtime(span.start))
            self.edits[2 * index + 1].setTime(qtime(span.end))
        self.refresh()

    def refresh(self) -> None:
        open_day = not self.closed.isChecked()
        for widget in (self.edits[0], self.edits[1], self.second):
            widget.setEnabled(open_day)
        for widget in self.edits[2:]:
            widget.setEnabled(open_day and self.second.isChecked())


class HoursEditor(QWidget):
    """Emits `changed` with the week each time the grid holds a week that can be kept."""

    changed = Signal(object)  # OpeningHours
    replacing = Signal()  # typed hours are about to replace the grid's (the page keeps the week to undo to)
    replaced = Signal(str)  # …and did: the undo command's name

    def __init__(self, parent=None, clock=None):
        super().__init__(parent)
        self._loading = False
        self._exceptions = ()
        grid = QGridLayout()
        for column, title in ((2, self.tr("Opens")), (3, self.tr("Closes")), (5, self.tr("Opens")),
                              (6, self.tr("Closes"))):
            grid.addWidget(QLabel(f"<i>{title}</i>", self), 0, column)
        self.rows = [_DayRow(self, grid, day) for day in range(7)]
        self.copy_button = QPushButton(self.tr("Copy T&uesday to the other open days"), self)
        self.copy_button.clicked.connect(self.copy_tuesday)
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(self.tr("Opening hours as text"))
        self.typed.setPlaceholderText(self.tr("or type them: Tue–Sat 7:00–13:00, 15:30–19:30; Sun 7:00–13:00"))
        self.read_button = QPushButton(self.tr("Read"), self)  # no Alt letter: Enter in the field reads (the
        # shop page has more fields than letters once the menus' F, E, V, H are kept out)
        self.read_button.clicked.connect(self.read_typed)
        self.typed.returnPressed.connect(self.read_typed)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("hoursProblem")
        typed_row = QHBoxLayout()
        typed_row.addWidget(self.typed, 1)
        typed_row.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.copy_button)
        layout.addLayout(typed_row)
        layout.addWidget(self.problem)
        self.special = SpecialDaysBox(self, clock)  # saved with the week; needs a week to be saved with
        self.special.changed.connect(self._on_special_changed)
        layout.addWidget(self.special)
        self.load(None, "")

    def load(self, hours: OpeningHours | None, text: str) -> None:
        """Show the stored week; without one, the text as typed and why it could not be read."""
        self._loading = True
        self._exceptions = hours.exceptions if hours is not None else ()
        week = hours.week if hours is not None else ((),) * 7
        for row in self.rows:
            row.show_spans(week[row.weekday])
        self.special.set_exceptions(self._exceptions)
        self.special.setEnabled(any(week) or bool(self._exceptions))  # kept days stay within reach (36c, F5)
        self._refresh_copy()
        self._loading = False
        self.problem.clear()
        if not text.strip():
            self._show_unknown(week)
        if (hours is None or hours.is_empty) and text.strip():
            self.typed.setText(text)
            self._explain_unread(text)

    def _explain_unread(self, text: str) -> None:
        from socialdesk.domain.hours.parse import parse_hours  # its regexes load with hours to read, not with the grid

        try:
            parse_hours(text)
        except HoursRefused as refused:
            kept = fill(self.tr("Your hours are kept as you typed them (“%1”) and printed so, but SocialDesk "
                                "could not read them: %2 Fill in the grid to have the listings compared."),
                        text.strip(), refusal_text(refused))
            self.problem.setText(kept)

    def hours(self) -> OpeningHours | None:
        """The grid's week, or None (and the problem shown) when a day cannot be kept."""
        week = tuple(row.spans() for row in self.rows)
        for day, spans in enumerate(week):
            if (problem := day_problem(spans)) is not None:
                self.problem.setText(fill(self.tr("Not kept: %1"), refusal_text(HoursRefused(problem, days=(day,)))))
                return None
        return OpeningHours(week, self._exceptions)

    def on_grid_changed(self, *_args) -> None:
        if self._loading:  # each row refreshes as it is shown; the rest once the week is in (not at every tick)
            return
        for row in self.rows:
            row.refresh()
        self._refresh_copy()
        self.special.setEnabled(any(row.spans() for row in self.rows) or bool(self._exceptions))
        hours = self.hours()
        if hours is not None:
            self._show_unknown(hours.week)
            self.changed.emit(hours)

    def _show_unknown(self, week) -> None:
        """No day open and no special day: the hours are not given yet (the calendar closes no day for them), which
        the grid's ticked « Closed » boxes alone would not say (attack 37, L5)."""
        unknown = not any(week) and not self._exceptions
        self.problem.setText(self.tr("No opening hours yet: untick “Closed” on each day the shop opens, or type "
                                     "them below.") if unknown else "")

    def _on_special_changed(self, exceptions) -> None:
        self._exceptions = tuple(exceptions)
        self.on_grid_changed()

    def _refresh_copy(self) -> None:
        tuesday_closed = self.rows[TUESDAY].closed.isChecked()
        self.copy_button.setEnabled(not tuesday_closed)  # copying a closed day would close the whole week
        self.copy_button.setToolTip(self.tr("Tuesday is closed: fill in Tuesday's hours first.")
                                    if tuesday_closed else "")

    def copy_tuesday(self) -> None:
        source = self.rows[TUESDAY].spans()
        if not source:
            return
        self._loading = True
        for row in self.rows:
            if row.weekday != TUESDAY and not row.closed.isChecked():
                row.show_spans(source)
        self._loading = False
        self.on_grid_changed()

    def read_typed(self) -> None:
        """Typed hours that leave out days the grid has open ask first: keep those days (the default) or close them."""
        from socialdesk.domain.hours.parse import parse_hours_named  # on the first typed hours, not with the grid

        try:
            hours, spoken = parse_hours_named(self.typed.text())
        except HoursRefused as refused:
            self.problem.setText(fill(self.tr("Not read: %1"), refusal_text(refused)))
            return
        grid = tuple(row.spans() for row in self.rows)
        left_out = [day for day in range(7) if day not in spoken and grid[day]]
        week = hours.week
        if left_out:
            choice = self.ask_other_days([day for day in range(7) if day in spoken], left_out, hours.week)
            if choice is None:
                return
            if choice == KEEP:
                week = tuple(hours.week[day] if day in spoken else grid[day] for day in range(7))
        self.replacing.emit()
        self.load(OpeningHours(week, self._exceptions), "")
        self.typed.clear()
        self.on_grid_changed()
        self.replaced.emit(self.tr("Read the typed hours"))

    def ask_other_days(self, spoken: list[int], left_out: list[int], read) -> str | None:
        """KEEP the days the typed hours leave out as they are, CLOSE them, or None (Cancel, Escape); the
        question shows how the typed days were read (`read`: the week read), so no reading is a silent guess."""
        text = fill(self.tr("The typed hours only give: %1.\nOpen in the grid but not typed: %2.\n\n"
                            "Keep those days as they are, or close them?"),
                    days_read(read, spoken), ", ".join(map(day_in_sentence, left_out)))
        return choose(self, self.tr("The other days"), text,
                      [(self.tr("&Keep the other days"), QMessageBox.ButtonRole.AcceptRole, KEEP, "hoursKeepOthers"),
                       (self.tr("C&lose the other days"), QMessageBox.ButtonRole.DestructiveRole, CLOSE,
                        "hoursCloseOthers"),
                       (None, QMessageBox.StandardButton.Cancel, None, "hoursCancel")],
                      default=KEEP, escape=None)
