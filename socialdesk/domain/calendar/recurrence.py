"""Recurring posts: every week or every month, until a date or a number of times."""

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from dateutil.relativedelta import relativedelta

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
    """Same day of the month `months` later; a day the month lacks falls back to its last day
    (31 January + 1 month = 28 or 29 February; 29 February + 12 months = 28 February)."""
    return day + relativedelta(months=months)
