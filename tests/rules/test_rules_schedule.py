"""Which week a rule lands in: monthly rules across year boundaries, ISO week 53."""

from datetime import date

import pytest

from socialdesk.domain.rules.model import LAST_WEEK_OF_MONTH, Frequency, Rule
from socialdesk.domain.rules.schedule import is_active, is_due, monthly_week
from socialdesk.domain.weeks import IsoWeek


def _monthly(month_week=1, first=IsoWeek(2020, 1)):
    return Rule(id=1, text="listings", frequency=Frequency.MONTHLY, month_week=month_week, first_week=first)


@pytest.mark.parametrize(("year", "month", "month_week", "expected"), [
    (2027, 1, 1, IsoWeek(2027, 1)),   # 1 Jan 2027 is a Friday: first Monday 4 Jan, week 1
    (2026, 1, 1, IsoWeek(2026, 2)),   # 1 Jan 2026 is a Thursday: first Monday 5 Jan, week 2
    (2026, 12, LAST_WEEK_OF_MONTH, IsoWeek(2026, 53)),  # last Monday 28 Dec 2026: week 53
    (2020, 12, 4, IsoWeek(2020, 53)),  # 2020 also has 53 weeks; 4th Monday is 28 Dec
    (2026, 6, 1, IsoWeek(2026, 23)),  # 1 June 2026 is itself a Monday
    (2025, 12, 1, IsoWeek(2025, 49)),
])
def test_monthly_week(year, month, month_week, expected):
    assert monthly_week(year, month, month_week) == expected


def test_a_monthly_rule_is_due_once_a_month_across_the_year_boundary():
    rule = _monthly()
    weeks = [IsoWeek(2026, 49).shifted(i) for i in range(10)]  # Dec 2026 … Feb 2027, with W53
    assert IsoWeek(2026, 53) in weeks
    due = [w.key for w in weeks if is_due(rule, w)]
    assert due == ["2026-W50", "2027-W01", "2027-W05"]  # 1 Feb 2027 is a Monday


def test_the_last_week_of_december_2026_is_week_53():
    rule = _monthly(LAST_WEEK_OF_MONTH)
    assert [w.week for w in (IsoWeek(2026, 52), IsoWeek(2026, 53), IsoWeek(2027, 1)) if is_due(rule, w)] == [53]


def test_a_weekly_rule_is_due_in_week_53_and_shifting_crosses_it():
    rule = Rule(id=2, text="answer", first_week=IsoWeek(2026, 50))
    assert IsoWeek(2026, 52).shifted(1) == IsoWeek(2026, 53)
    assert IsoWeek(2026, 53).shifted(1) == IsoWeek(2027, 1)
    assert is_due(rule, IsoWeek(2026, 53))


def test_an_archived_rule_counts_only_before_its_archiving_week():
    rule = Rule(id=3, text="x", first_week=IsoWeek(2026, 10), archived_week=IsoWeek(2026, 20))
    assert not is_active(rule, IsoWeek(2026, 9))
    assert is_active(rule, IsoWeek(2026, 10))
    assert is_active(rule, IsoWeek(2026, 19))
    assert not is_active(rule, IsoWeek(2026, 20))


def test_month_week_out_of_range_is_refused():
    with pytest.raises(ValueError):
        monthly_week(2026, 3, 5)


def test_week_of_a_day_near_new_year():
    assert IsoWeek.of(date(2027, 1, 3)) == IsoWeek(2026, 53)
    assert IsoWeek.of(date(2025, 12, 29)) == IsoWeek(2026, 1)
