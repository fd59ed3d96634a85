"""Recurring posts: every week or every month, until a date or a number of times."""

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

MAX_OCCURRENCES = 260  # five years of weekly posts; a series is a plan, not a robot


class Frequency(str, Enum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass(frozen=True)
class Recurrence:
    """When a series repeats. It ends at `until` (inclusive) or after `count` times."""

    frequency: Frequency
    first_day: date
    interval: int = 1
    until: date | None = None
    count: int | None = None

    def dates(self) -> list[date]:
        """Every day of the series, in order (at least the first day)."""
        limit = MAX_OCCURRENCES if not self.count else min(self.count, MAX_OCCURRENCES)
        days: list[date] = []
        step = max(1, self.interval)
        index = 0
        while len(days) < limit:
            day = self._nth(index * step)
            if self.until is not None and day > self.until:
                break
            days.append(day)
            index += 1
        return days or [self.first_day]

    def _nth(self, offset: int) -> date:
        if self.frequency is Frequency.WEEKLY:
            return self.first_day + timedelta(weeks=offset)
        return add_months(self.first_day, offset)


def add_months(day: date, months: int) -> date:
    """Same day of the month `months` later; the 31st falls back to the month's last day."""
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))
