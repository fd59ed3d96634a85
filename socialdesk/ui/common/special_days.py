"""Special days of the opening hours: a dated day closed or with its own ranges (24 Dec 9:00–16:00, 15 Aug closed)."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QTime, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QTimeEdit, QVBoxLayout

from socialdesk.domain.hours.model import DAY_END, DayException, Span, night_end
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.hours_words import hours_text
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.words import fill

DEFAULT_SPANS = (Span(9 * 60, 12 * 60), Span(14 * 60, 19 * 60))


def qtime(minutes: int) -> QTime:
    """23:59 for midnight; an end after midnight (26:00) as the clock shows it (02:00)."""
    if minutes == DAY_END:
        return QTime(23, 59)
    return QTime(minutes % DAY_END // 60, minutes % 60)


def time_edit(parent, minutes: int, name: str) -> QTimeEdit:
    edit = QTimeEdit(qtime(minutes), parent)
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name)
    return edit


def _minutes(edit: QTimeEdit, is_end: bool) -> int:
    value = edit.time().hour() * 60 + edit.time().minute()
    return DAY_END if is_end and value in (0, DAY_END - 1) else value


def span_of(opens: QTimeEdit, closes: QTimeEdit) -> Span:
    """A closing time before the opening one, by 6:00, is the next morning: 18:00–02:00."""
    start = _minutes(opens, False)
    return Span(start, night_end(start, _minutes(closes, True)))


def day_spans(closed, second, edits) -> tuple[Span, ...]:
    """A day's ranges as its widgets hold them: none when `closed` is ticked, the first range, or both."""
    if closed.isChecked():
        return ()
    first = span_of(edits[0], edits[1])
    return (first, span_of(edits[2], edits[3])) if second.isChecked() else (first,)


def special_day_text(exception: DayException) -> str:
    """« samedi 1er mai 2027 : 8 h–13 h — Muguet » in the interface's language."""
    words = fill(QCoreApplication.translate("SpecialDaysBox", "%1: %2"), day_text(exception.day, "dddd d MMMM yyyy"), hours_text(exception.spans))
    return f"{words} — {exception.reason}" if exception.reason else words


class SpecialDaysBox(QGroupBox):
    """The list of special days with Add / Edit / Remove; emits `changed` with the new tuple of exceptions."""

    changed = Signal(object)

    def __init__(self, parent=None, clock=None):
        super().__init__(parent)
        self.setTitle(self.tr("Special days (holidays, late openings, closed days)"))
        self.clock = clock
        self._exceptions: tuple[DayException, ...] = ()
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Special days"))
        self.list.setMaximumHeight(110)
        self.list.itemDoubleClicked.connect(self.edit_day)
        self.list.currentRowChanged.connect(self._refresh_buttons)
        self.add_button = QPushButton(self.tr("&Add a special day…"), self)
        self.edit_button = QPushButton(self.tr("Change…"), self)  # no Alt letter, as Remove: the shop page
        # has used them all (double-click changes the day)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add_day)
        self.edit_button.clicked.connect(self.edit_day)
        self.remove_button.clicked.connect(self.remove_day)
        buttons = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.set_exceptions(())

    def _today(self) -> date | None:
        return self.clock().date() if self.clock is not None else None

    def set_exceptions(self, exceptions) -> None:
        self._exceptions = tuple(sorted(exceptions, key=lambda e: e.day))
        self.list.clear()
        today = self._today()
        grey = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for exception in self._exceptions:
            item = QListWidgetItem(special_day_text(exception))
            item.setData(Qt.ItemDataRole.UserRole, exception.day.isoformat())
            if today is not None and exception.day < today:  # past: kept, shown greyed
                item.setForeground(grey)
                item.setToolTip(self.tr("This day is past."))
            self.list.addItem(item)
        if not self._exceptions:
            self.list.addItem(QListWidgetItem(self.tr("None: the week above applies every day.")))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._refresh_buttons()

    def exceptions(self) -> tuple[DayException, ...]:
        return self._exceptions

    def selected(self) -> DayException | None:
        row = self.list.currentRow()
        return self._exceptions[row] if self._exceptions and 0 <= row < len(self._exceptions) else None

    def select_day(self, day: date) -> None:
        row = next((n for n, e in enumerate(self._exceptions) if e.day == day), -1)
        self.list.setCurrentRow(row)

    def _refresh_buttons(self, *_args) -> None:
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(self.selected() is not None)

    def _put(self, exception: DayException, replaced: date | None = None) -> None:
        kept = [e for e in self._exceptions if e.day not in (exception.day, replaced)]
        self.set_exceptions(kept + [exception])
        self.select_day(exception.day)
        self.changed.emit(self._exceptions)

    def _replace_refused(self, exception: DayException, replaced: date | None = None) -> bool:
        """A date that already has another special day asks first; "keep it" selects the one kept."""
        existing = next((e for e in self._exceptions if e.day == exception.day and e.day != replaced), None)
        if existing is None:
            return False
        question = fill(self.tr("Replace the special day of %1?\nIt now reads: %2"),
                        day_text(existing.day, "d MMMM yyyy"), special_day_text(existing))
        if ask(self, self.tr("Replace a special day"), question, self.tr("&Replace"), self.tr("&Keep it")):
            return False
        self.select_day(existing.day)
        return True

    def add_day(self) -> None:
        start = self._today() or date(2000, 1, 1)
        from socialdesk.ui.common.special_day_dialog import SpecialDayDialog  # its widgets load when first asked for

        exception = SpecialDayDialog.ask(self, DayException(start + timedelta(days=1), (DEFAULT_SPANS[0],)))
        if exception is not None and not self._replace_refused(exception):
            self._put(exception)

    def edit_day(self, *_args) -> None:
        current = self.selected()
        if current is None:
            return
        from socialdesk.ui.common.special_day_dialog import SpecialDayDialog

        exception = SpecialDayDialog.ask(self, current)
        if exception is not None and not self._replace_refused(exception, current.day):
            self._put(exception, replaced=current.day)

    def remove_day(self) -> None:
        current = self.selected()
        if current is None:
            return
        question = fill(self.tr("Remove the special day %1?"), day_text(current.day, "d MMMM yyyy"))
        if ask(self, self.tr("Remove a special day"), question, self.tr("&Remove"), self.tr("&Keep it")):
            self.set_exceptions([e for e in self._exceptions if e.day != current.day])
            self.changed.emit(self._exceptions)

