"""Is the shop open on a public holiday? Its answer from the hours, or three buttons that write it as a special day."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.domain.calendar.closures import holiday_answer
from socialdesk.domain.hours.model import DayException, Span, exception_on, with_exception
from socialdesk.ui.calendar.occasion_words import day_words
from socialdesk.ui.common.hours_words import hours_text
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill

_SPECIAL_DEFAULT = (Span(9 * 60, 13 * 60),)


def holiday_spans(store, day: date) -> tuple[Span, ...] | None:
    """The shop's hours that day: special day, closure or closed weekday; None when the owner has not said."""
    return holiday_answer(store.shop.get().hours, store.calendar.closures.closures(), day)


class HolidayAnswer(QWidget):
    """Emits `changed` with the Change it wrote when the owner answers; the answer is kept per date."""

    changed = Signal(object)

    def __init__(self, store, day: date, reason: str, parent=None, access_key: bool = True, clock=None):
        super().__init__(parent)
        self.store, self.day, self.reason = store, day, reason
        self.clock = clock  # the time of an answer: a ready post answered back to ticks its task again
        self.label = QLabel(self)
        self.label.setObjectName("holidayAnswer")
        self.label.setWordWrap(True)
        texts = (self.tr("Ope&n as usual"), self.tr("Special openin&g hours…"), self.tr("Closed th&at day"))
        self.usual_button, self.special_button, self.closed_button = (
            QPushButton(text if access_key else text.replace("&", "", 1), self) for text in texts)
        for button in (self.usual_button, self.special_button, self.closed_button):  # « Noël : Fermé ce jour-là »:
            button.setAccessibleName(fill(self.tr("%1: %2"), reason, button.text().replace("&", "")))  # which one
        self.usual_button.clicked.connect(self.open_as_usual)
        self.special_button.clicked.connect(self.special_hours)
        self.closed_button.clicked.connect(self.closed)
        buttons = QHBoxLayout()
        for button in (self.usual_button, self.special_button, self.closed_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addLayout(buttons)
        self.refresh()

    def spans(self) -> tuple[Span, ...] | None:
        return holiday_spans(self.store, self.day)

    def _usual(self) -> tuple[Span, ...]:
        hours = self.store.shop.get().hours
        return hours.week[self.day.weekday()] if hours is not None else ()

    def refresh(self) -> None:
        spans, day = self.spans(), day_words(self.day)
        if spans is None:
            text = fill(self.tr("Is the shop open on %1? Say it once: the ready post and the listings' tasks "
                                "follow your answer."), day)
        elif spans:
            text = fill(self.tr("Open on %1: %2."), day, hours_text(spans))
        else:
            text = fill(self.tr("Closed on %1."), day)
        self.label.setText(text)
        usual = self._usual()
        self.usual_button.setEnabled(bool(usual))
        self.usual_button.setToolTip(fill(self.tr("Usual hours that weekday: %1"), hours_text(usual)) if usual
                                     else self.tr("The shop's week has no hours for that weekday."))

    def _write(self, spans: tuple[Span, ...]) -> None:
        card = self.store.shop.get()
        card.hours = with_exception(card.hours, DayException(self.day, spans, self.reason))
        with saving(self) as attempt:
            change = self.store.shop.save(card, self.clock() if self.clock is not None else None)
        if not attempt.failed:
            self.refresh()
            self.changed.emit(change)

    def open_as_usual(self) -> None:
        self._write(self._usual())

    def special_hours(self) -> None:
        from socialdesk.ui.common.special_day_dialog import SpecialDayDialog  # its widgets load when first asked for

        found = exception_on(self.store.shop.get().hours, self.day)
        shown = found.spans if found is not None and found.spans else (self._usual() or _SPECIAL_DEFAULT)
        exception = SpecialDayDialog.ask(self, DayException(self.day, shown, self.reason), fixed_day=True)
        if exception is not None:
            self._write(exception.spans)

    def closed(self) -> None:
        self._write(())
