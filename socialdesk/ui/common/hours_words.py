"""Opening hours in the interface's words: weekday names, why typed hours were refused, a day's difference."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.hours.model import HoursRefused
from socialdesk.domain.hours.words import day_name, group_separator, spans_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language

if TYPE_CHECKING:  # the listings' comparison (and the parser it reads them with) loads with the listings
    from socialdesk.domain.hours.compare import DayDifference

CONTEXT = "HoursWords"
_LONG = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_REFUSALS = {
    "unknown_word": "“%1” is not a day, an hour or “closed”.",
    "no_days": "say which days these hours are for (e.g. “Tue–Sat 9:00–19:00”).",
    "days_without_hours": "%2: no hours and not “closed”.",
    "day_twice": "%2 is given twice.",
    "too_many_ranges": "%2 has more than two ranges (a morning and an afternoon at most).",
    "ends_before_start": ("on %2 a range ends before it starts (a range may close after midnight, "
                          "by 6:00 the next morning: 18:00–2:00)."),
    "out_of_day": "“%1” is not an hour of the day.",
    "ranges_overlap": "on %2 the two ranges overlap.",
    "ambiguous_hour": ("“%1” could be morning or afternoon: add am or pm, or write it on the 24-hour clock "
                       "(6:00–10:00, 18:00–22:00)."),
    "empty": "no hours given.",
    "no_opening": "only closed days are given: say when the shop is open.",
    "part_of_day": "%2 “%1”: give its hours (e.g. “Sat 9:00–12:00”); SocialDesk does not guess them.",
}


def day_long(weekday: int) -> str:
    return QCoreApplication.translate(CONTEXT, _LONG[weekday])


def day_in_sentence(weekday: int) -> str:
    """The weekday's name inside a sentence: lower case in French (« que : lundi, mardi »), capitalised in English."""
    name = day_long(weekday)
    return name.lower() if current_language() == "fr" else name


def days_read(week, days) -> str:
    """“Monday–Tuesday 9am–7pm; Wednesday closed; Sunday closed”: these days of `week` as read, in a sentence,
    the days running on with the same hours joined."""
    language, runs = current_language(), []
    for day in sorted(days):
        if runs and runs[-1][1] == day - 1 and week[day] == week[day - 1]:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return group_separator(language).join(
        day_in_sentence(first) + (f"–{day_in_sentence(last)}" if last > first else "") + " "
        + hours_text(week[first], language) for first, last in runs)


def refusal_text(refused: HoursRefused) -> str:
    """One sentence saying what could not be read; nothing is guessed."""
    days = ", ".join(day_long(day) for day in refused.days)
    sentence = _REFUSALS.get(refused.code, _REFUSALS["unknown_word"])
    return fill(QCoreApplication.translate(CONTEXT, sentence), refused.words, days)


def hours_text(spans, language: str = "") -> str:
    return spans_text(spans, language or current_language())


def difference_text(first: int, last: int, difference: "DayDifference", listing_name: str) -> str:
    """“Google says Mon closed, the shop says Mon 9 h–12 h” (Tue–Sat for a run of days)."""
    language = current_language()
    day = day_name(first, language) + (f"–{day_name(last, language)}" if last > first else "")
    return fill(QCoreApplication.translate(CONTEXT, "%1 says %2 %3, the shop says %2 %4"), listing_name, day,
                hours_text(difference.listing, language), hours_text(difference.shop, language))
