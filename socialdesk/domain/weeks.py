"""Weeks as the owner sees them: ISO numbers, first day of the week, month's first Monday."""

from dataclasses import dataclass
from datetime import date, timedelta

# Every date the app accepts (import, options, dialogs, the week box) lies in this range: far from
# the ends of Python's and Qt's calendars, so a week, an event's end or a reminder always exists.
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2199, 12, 31)


def in_range(day: date) -> bool:
    return FIRST_DAY <= day <= LAST_DAY


def clamp(day: date) -> date:
    """The nearest day the app accepts."""
    return min(max(day, FIRST_DAY), LAST_DAY)


@dataclass(frozen=True)
class IsoWeek:
    """An ISO 8601 week: year and number (1…52 or 53)."""

    year: int
    week: int

    @classmethod
    def of(cls, day: date) -> "IsoWeek":
        iso = day.isocalendar()
        return cls(iso[0], iso[1])

    @property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    def shifted(self, weeks: int) -> "IsoWeek":
        return IsoWeek.of(self.monday + timedelta(weeks=weeks))

    @property
    def key(self) -> str:
        """Sortable text form such as '2026-W53', used as a storage key."""
        return f"{self.year:04d}-W{self.week:02d}"

    @classmethod
    def from_key(cls, key: str) -> "IsoWeek":
        year, week = key.split("-W")
        return cls(int(year), int(week))


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def week_start(day: date, first_weekday: int = 1) -> date:
    """First day of the week holding `day`, weeks starting on ISO weekday 1…7."""
    offset = (day.isoweekday() - first_weekday) % 7
    return day - timedelta(days=offset)


def week_days(start: date) -> list[date]:
    return [start + timedelta(days=i) for i in range(7)]


def first_monday_of_month(year: int, month: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(7 - first.weekday()) % 7)
