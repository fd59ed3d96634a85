"""SMART goals against the calendar: which ones have a date already past."""

from collections.abc import Iterable
from datetime import date

from socialdesk.domain.strategy.model import Goal


def overdue_goals(goals: Iterable[Goal], today: date) -> list[Goal]:
    """Goals whose date is before `today` (a goal due today is still on time)."""
    return [goal for goal in goals if goal.due is not None and goal.due < today and goal.text.strip()]
