"""Date boxes limited to the days the app accepts (domain.weeks FIRST_DAY…LAST_DAY)."""

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from socialdesk.domain.weeks import FIRST_DAY, LAST_DAY


def bounded(edit: QDateEdit) -> QDateEdit:
    """The same box, refusing dates before 1900 or after 2199 (Qt's own range runs to 9999)."""
    edit.setDateRange(QDate(FIRST_DAY), QDate(LAST_DAY))
    return edit


class JumpDateEdit(QDateEdit):
    """A date box that says `date_chosen` only for a whole date: picked, stepped, typed in full, or left.

    While the owner types, Qt's dateChanged fires on every valid half-typed date (28 of 28122026 is
    already 28/11); a box that moves the view must wait for the last section typed in full.
    """

    date_chosen = Signal(QDate)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._typing = False
        self._said = self.date()
        self.dateChanged.connect(self._on_self_date_changed)
        self.editingFinished.connect(self._say)

    def keyPressEvent(self, event):
        self._typing = bool(event.text().strip()) and event.text().isprintable()
        typed_into = self.currentSection()
        try:
            super().keyPressEvent(event)
        finally:
            typing, self._typing = self._typing, False
        if typing and self._typed_in_full(typed_into):
            self._say()

    def _typed_in_full(self, typed_into) -> bool:
        """The key went into the last section (the year, mostly) and filled it."""
        last = self.sectionAt(self.sectionCount() - 1)
        if typed_into != last or self.currentSection() != last:
            return False
        token = {QDateTimeEdit.Section.YearSection: "y", QDateTimeEdit.Section.MonthSection: "M",
                 QDateTimeEdit.Section.DaySection: "d"}.get(last, "")
        width = max(2, self.displayFormat().count(token)) if token else 2
        return len(self.sectionText(last)) >= width

    def _on_self_date_changed(self, _day):
        if not self._typing:
            self._say()

    def _say(self):
        if self.date() != self._said:
            self._said = self.date()
            self.date_chosen.emit(self._said)

    def show_date(self, day: QDate) -> None:
        """Show a date chosen elsewhere (the week moved) without saying it back."""
        self.setDate(day)
        self._said = self.date()
