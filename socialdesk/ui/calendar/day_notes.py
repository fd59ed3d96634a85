"""The week's marks: a day's holiday, shop date or "nothing planned" line, and a card's "too long" warning."""

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel

from socialdesk.domain.calendar.special_days import is_holiday, special_days
from socialdesk.domain.calendar.week_plan import closed_days, closed_on, days_to_plan
from socialdesk.ui.calendar.day_names import DAY_NAMES
from socialdesk.ui.calendar.icons import network_name
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme.palette import DARK, LIGHT

translate = QCoreApplication.translate



@dataclass(frozen=True)
class DayNote:
    lines: tuple[str, ...]  # shown under the day's name
    tips: tuple[str, ...]  # its tooltip, one sentence a line
    holiday: bool = False


def day_note(day: date, to_plan: bool, alsace_moselle: bool = False) -> DayNote | None:
    """The marks of one day, or None when it has none."""
    lines, tips, holiday = [], [], False
    for code in special_days(day, alsace_moselle):
        name = DAY_NAMES[code]
        if is_holiday(code):
            holiday = True
            lines.append("⚑ " + name)
            tips.append(fill(translate("CalendarDays", "%1: a public holiday in France. Is the shop open?"), name))
        else:
            lines.append("★ " + name)
            tips.append(fill(translate("CalendarDays", "%1: a date of the shop calendar, something to post about "
                                                       "if it fits the shop."), name))
    if to_plan:
        lines.append("○ " + translate("CalendarDays", "Usual posting day — nothing planned"))
        tips.append(translate("CalendarDays", "One of the posting days you chose, with nothing planned yet. "
                                              "Better to stay silent than to post something dull."))
    return DayNote(tuple(lines), tuple(tips), holiday) if lines else None


def day_note_label(parent) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("dayNote")
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)  # level with the other days
    label.setWordWrap(True)
    label.hide()
    return label


def show_note(label: QLabel, note: DayNote | None) -> list[str]:
    """Put the note under the day's name (the week shows or hides every day's note at once, so that its
    post lists start level); returns its lines, for the day's accessible name. Only what changed is set:
    a week switch lays the week out once."""
    text, tips = ("\n".join(note.lines), "\n".join(note.tips)) if note else ("", "")
    if label.text() != text:
        label.setText(text)
    if label.toolTip() != tips:
        label.setToolTip(tips)
    if label.font().bold() != bool(note and note.holiday):
        font = label.font()
        font.setBold(bool(note and note.holiday))
        label.setFont(font)
    return list(note.lines) if note else []


def too_long_words(over) -> list[str]:
    """"Too long for X (312 / 280)", one a network, for the card's tooltip and accessible text."""
    return [fill(translate("CalendarDays", "Too long for %1 (%2 / %3)"), network_name(count.network),
                 str(count.used), str(count.limit)) for count in over]


def place_too_long(metrics, status_line: QRect, status_width: int, last_line: QRect) -> tuple[QRect, str]:
    """Where the card's warning goes and its words: after the status word when it fits there whole, else on
    the card's last line (a narrow column), in a short word if need be, elided with "…" only past that."""
    full = "⚠ " + translate("CalendarDays", "too long")
    short = "⚠ " + translate("CalendarDays", "long", "too long, in a narrow day column")
    after = status_line.adjusted(status_width, 0, 0, 0)
    for room, words in ((after, full), (last_line, full), (last_line, short)):
        if metrics.horizontalAdvance(words) <= room.width():
            return room, words
    return last_line, metrics.elidedText(short, Qt.TextElideMode.ElideRight, max(0, last_line.width())) or "⚠"


def draw_too_long(painter, room: QRect, words: str, dark: bool) -> None:
    """The card's warning, in a colour that reads on light and dark themes."""
    painter.setPen(QColor((DARK if dark else LIGHT).danger))
    painter.drawText(room, Qt.AlignmentFlag.AlignLeft, words)


def closed_word() -> str:
    """What the week says under the date of a day the shop is closed, on screen and on paper."""
    return translate("CalendarDays", "Closed", "under a day's date: the shop is closed that day")


def shut_and_closed(store, days: list[date]) -> tuple[frozenset[date], frozenset[date]]:
    """From one reading of the closures and the opening hours: the dates nothing is to be planned (closures and
    closed special days), and those of `days` that say `closed_word()` under their date (the weekly closing day
    too)."""
    closures, hours = store.calendar.closures.closures(), store.shop.get().hours
    return closed_days(closures, hours), closed_on(days, closures, hours)


def week_notes(days: list[date], posts, today: date, weekdays: frozenset[int], left: int | None,
               alsace_moselle: bool = False, closed=frozenset()) -> dict:
    """Each day's note: its special dates, and "nothing planned" on the coming posting days the shop is open
    while the week's cadence is not met, no more of them than posts left (`left` None: every empty one counts)."""
    coming = days_to_plan(days, posts, weekdays, today, closed)
    empty = set(coming if left is None else coming[:max(0, left)])
    notes = {day: day_note(day, day in empty, alsace_moselle) for day in days}
    return {day: note for day, note in notes.items() if note is not None}
