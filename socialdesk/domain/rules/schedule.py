"""Which rules count in which ISO week: weekly ones every week, monthly ones in one week."""

import calendar
from datetime import date, timedelta

from socialdesk.domain.rules.model import LAST_WEEK_OF_MONTH, Frequency, Rule
from socialdesk.domain.weeks import IsoWeek, first_monday_of_month


def monday_of_month_week(year: int, month: int, month_week: int) -> date:
    """The n-th Monday of the month (1…4), or its last Monday for LAST_WEEK_OF_MONTH."""
    if month_week == LAST_WEEK_OF_MONTH:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=last.weekday())
    if not 1 <= month_week <= 4:
        raise ValueError(f"month week must be 1…4 or {LAST_WEEK_OF_MONTH}, not {month_week}")
    return first_monday_of_month(year, month) + timedelta(weeks=month_week - 1)


def monthly_week(year: int, month: int, month_week: int = 1) -> IsoWeek:
    """The ISO week in which a monthly rule of that month is due."""
    return IsoWeek.of(monday_of_month_week(year, month, month_week))


def is_active(rule: Rule, week: IsoWeek) -> bool:
    """Whether the rule existed, not yet archived, in that week."""
    if rule.first_week is None or week.key < rule.first_week.key:
        return False
    return rule.archived_week is None or week.key < rule.archived_week.key


def is_due(rule: Rule, week: IsoWeek) -> bool:
    """Whether the rule is on that week's checklist."""
    if not is_active(rule, week):
        return False
    if rule.frequency is Frequency.WEEKLY:
        return True
    # Every Monday belongs to one month, so each month has exactly one due week.
    monday = week.monday
    return monthly_week(monday.year, monday.month, rule.month_week) == week


def due_rules(rules: list[Rule], week: IsoWeek) -> list[Rule]:
    return [rule for rule in rules if is_due(rule, week)]
