"""One special day of the opening hours, asked for in a dialog: closed, or one or two ranges, and a reason."""

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QRadioButton,
)

from socialdesk.domain.hours.model import DayException, HoursRefused, Span, day_problem
from socialdesk.ui.common.hours_words import refusal_text
from socialdesk.ui.common.special_days import DEFAULT_SPANS, day_spans, time_edit


class SpecialDayDialog(QDialog):
    """One dated day: closed, or one or two ranges; an optional reason. `fixed_day`: the date cannot change."""

    def __init__(self, parent, exception: DayException, fixed_day: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Special day"))
        self.day = QDateEdit(QDate(exception.day), self)
        self.day.setCalendarPopup(True)
        self.day.setEnabled(not fixed_day)
        self.closed = QRadioButton(self.tr("&Closed all day"), self)
        self.opened = QRadioButton(self.tr("&Open:"), self)
        shown = list(exception.spans) + list(DEFAULT_SPANS[len(exception.spans):])
        names = (self.tr("Opens"), self.tr("Closes"), self.tr("Opens again"), self.tr("Closes again"))
        self.edits = [time_edit(self, minutes, name)
                      for minutes, name in zip((shown[0].start, shown[0].end, shown[1].start, shown[1].end), names)]
        self.second = QCheckBox(self.tr("an&d"), self)
        self.second.setAccessibleName(self.tr("A second range"))
        self.second.setChecked(len(exception.spans) > 1)
        (self.opened if exception.spans else self.closed).setChecked(True)
        self.reason = QLineEdit(exception.reason, self)
        self.reason.setPlaceholderText(self.tr("Christmas Eve, Lily of the valley…"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        for widget in (self.closed, self.opened, self.second):
            widget.toggled.connect(self._check)
        for edit in self.edits:
            edit.timeChanged.connect(self._check)
        self._check()

    def _lay_out(self) -> None:
        ranges = QHBoxLayout()
        for widget in (self.opened, self.edits[0], QLabel("–"), self.edits[1], self.second, self.edits[2],
                       QLabel("–"), self.edits[3]):
            ranges.addWidget(widget)
        form = QFormLayout(self)
        form.addRow(self.tr("Da&te:"), self.day)
        form.addRow(self.closed)
        form.addRow(ranges)
        form.addRow(self.tr("&Reason (optional):"), self.reason)
        form.addRow(self.problem)
        form.addRow(self.buttons)

    def spans(self) -> tuple[Span, ...]:
        return day_spans(self.closed, self.second, self.edits)

    def value(self) -> DayException:
        return DayException(self.day.date().toPython(), self.spans(), self.reason.text().strip())

    def _check(self, *_args) -> None:
        open_day = self.opened.isChecked()
        for edit in self.edits[:2]:
            edit.setEnabled(open_day)
        self.second.setEnabled(open_day)
        for edit in self.edits[2:]:
            edit.setEnabled(open_day and self.second.isChecked())
        problem = day_problem(self.spans())
        self.problem.setText("" if problem is None else refusal_text(HoursRefused(problem, days=())))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)

    @classmethod
    def ask(cls, parent, exception: DayException, fixed_day: bool = False) -> DayException | None:
        dialog = cls(parent, exception, fixed_day)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
