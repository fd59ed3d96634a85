"""Monthly series at the ends of months: the day a month lacks becomes its last day, no drift."""

from datetime import date

import pytest

from socialdesk.domain.calendar.recurrence import Frequency, Recurrence, add_months


@pytest.mark.parametrize("day, months, expected", [
    (date(2027, 1, 31), 1, date(2027, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),  # leap year
    (date(2028, 2, 29), 12, date(2029, 2, 28)),  # 29 February + 1 year
    (date(2028, 2, 29), 48, date(2032, 2, 29)),
    (date(2027, 12, 15), 1, date(2028, 1, 15)),
    (date(2027, 3, 31), -1, date(2027, 2, 28)),
])
def test_adding_months(day, months, expected):
    assert add_months(day, months) == expected


def test_a_series_on_the_31st_comes_back_to_the_31st_after_a_short_month():
    series = Recurrence(Frequency.MONTHLY, date(2027, 1, 31), count=5).dates()
    assert series == [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31), date(2027, 4, 30), date(2027, 5, 31)]


def test_a_yearly_post_on_29_february_falls_on_28_february_then_back():
    series = Recurrence(Frequency.MONTHLY, date(2028, 2, 29), interval=12, count=5).dates()
    assert series == [date(2028, 2, 29), date(2029, 2, 28), date(2030, 2, 28), date(2031, 2, 28), date(2032, 2, 29)]
