"""The usual posting days left to plan: never a day the shop is closed, never a day already past."""

from datetime import date, timedelta

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.calendar.week_plan import closed_days, days_to_plan
from socialdesk.domain.hours.model import DayException, OpeningHours, Span
from socialdesk.domain.posts import Post, PostStatus

DECEMBER = [date(2026, 12, 1) + timedelta(days=i) for i in range(31)]
WED_FRI_SAT = frozenset({3, 5, 6})


def test_closure_days_and_closed_dates_of_the_hours_are_not_holes_to_fill():
    hours = OpeningHours(((Span(540, 1140),),) * 7, (DayException(date(2026, 12, 23)),  # closed that day
                                                     DayException(date(2026, 12, 19), (Span(540, 720),))))
    shut = closed_days([Closure(date(2026, 12, 26), date(2027, 1, 4), "Congés annuels")], hours)
    holes = days_to_plan(DECEMBER, [], WED_FRI_SAT, date(2026, 12, 1), shut)
    assert date(2026, 12, 26) not in holes and date(2026, 12, 30) not in holes  # annual leave
    assert date(2026, 12, 23) not in holes  # closed in the opening hours
    assert date(2026, 12, 19) in holes  # short hours: open, still a posting day
    assert holes[-1] == date(2026, 12, 25)


def test_days_before_today_are_not_holes_today_still_is():
    posts = [Post(day=date(2026, 12, 11), text="Pain", status=PostStatus.PLANNED),
             Post(day=date(2026, 12, 12), text="Idée", status=PostStatus.SKIPPED)]
    holes = days_to_plan(DECEMBER, posts, WED_FRI_SAT, today=date(2026, 12, 9))
    assert holes[:3] == [date(2026, 12, 9), date(2026, 12, 12), date(2026, 12, 16)]
    assert date(2026, 12, 2) not in holes and date(2026, 12, 5) not in holes
