"""The week's or month's title on one line: the longest form that fits ("Week 53 · 28 Dec – 3 Jan 2027", "W53")."""

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtWidgets import QLabel

from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.words import fill

translate = QCoreApplication.translate


def title_forms(start: date, week: int, locale: QLocale | None = None) -> tuple[str, ...]:
    """The week's title from the longest form to the shortest; the first always names the whole span with its year."""
    locale = locale or QLocale()
    last = start + timedelta(days=6)
    span = f"{day_text(start, 'd MMM', locale)} – {day_text(last, 'd MMM yyyy', locale)}"
    if start.month == last.month:
        short = f"{start.day}–{day_text(last, 'd MMM', locale)}"
    else:
        short = f"{day_text(start, 'd MMM', locale)}–{day_text(last, 'd MMM', locale)}"
    return (fill(translate("CalendarTab", "Week %1 · %2"), str(week), span),
            fill(translate("CalendarTab", "W%1 · %2", "a week's number, short: S48 in French"), str(week), short),
            fill(translate("CalendarTab", "W%1", "a week's number, short: S48 in French"), str(week)))


def month_forms(first: date, locale: QLocale | None = None) -> tuple[str, ...]:
    """The month's title, longest form first: « Septembre 2026 », « sept. 2026 », « 09/2026 »."""
    locale = locale or QLocale()
    name = locale.standaloneMonthName(first.month, QLocale.FormatType.LongFormat)
    short = locale.standaloneMonthName(first.month, QLocale.FormatType.ShortFormat)
    return (f"{name[:1].upper()}{name[1:]} {first.year}", f"{short} {first.year}", f"{first.month:02d}/{first.year}")


class WeekTitle(QLabel):
    """A title never wrapped: it shows the longest of its forms that fits its width, the whole one as its tool tip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._forms: tuple[str, ...] = ()

    def show_forms(self, forms: tuple[str, ...]) -> None:
        self._forms = forms
        self.setToolTip(forms[0])
        self.setAccessibleName(forms[0])
        self._fit()
        self.updateGeometry()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name) a plain title (the month's) has one form
        self._forms = ()
        self.setToolTip("")
        self.setAccessibleName("")
        super().setText(text)

    def shown_form(self) -> int:
        """Which form shows: 0 the whole title."""
        return self._forms.index(self.text()) if self.text() in self._forms else 0

    def _fit(self) -> None:
        if not self._forms:
            return
        width = self.contentsRect().width()
        metrics = self.fontMetrics()
        fits = [f for f in self._forms if metrics.horizontalAdvance(f) <= width]
        text = self._forms[0] if not self.isVisible() or width <= 0 else (fits or self._forms[-1:])[0]
        if text != self.text():
            super().setText(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 the shortest form: the toolbar never widens the window
        hint = super().minimumSizeHint()
        if self._forms:
            hint.setWidth(self.fontMetrics().horizontalAdvance(self._forms[-1]) + 2 * self.margin())
        return hint

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        if self._forms:
            hint.setWidth(self.fontMetrics().horizontalAdvance(self._forms[0]) + 2 * self.margin())
        return hint

    def resizeEvent(self, event):  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        self._fit()
