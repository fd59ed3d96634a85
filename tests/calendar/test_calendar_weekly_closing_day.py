"""The shop's weekly closing day (a weekday its opening hours leave empty) says "Closed" under its date, on screen
and on paper, unless a dated exception opens it that day (attack 34e, F7)."""

from datetime import date, timedelta

from socialdesk.domain.calendar.week_plan import closed_on
from socialdesk.domain.hours.model import DayException, OpeningHours, Span
from socialdesk.domain.shop import ShopCard

DAY = (Span(8 * 60, 19 * 60),)
CLOSED_MONDAY_AND_SUNDAY = OpeningHours(week=((), DAY, DAY, DAY, DAY, DAY, ()))
WEEK = [date(2026, 11, 23) + timedelta(days=n) for n in range(7)]  # Monday 23 November


def test_the_weekly_closing_days_are_closed_unless_an_exception_opens_them():
    opened = OpeningHours(CLOSED_MONDAY_AND_SUNDAY.week, (DayException(date(2026, 11, 29), (Span(9 * 60, 12 * 60),)),
                                                          DayException(date(2026, 11, 25))))
    assert closed_on(WEEK, [], CLOSED_MONDAY_AND_SUNDAY) == {date(2026, 11, 23), date(2026, 11, 29)}
    assert closed_on(WEEK, [], opened) == {date(2026, 11, 23), date(2026, 11, 25)}  # open that Sunday, shut Wednesday
    assert closed_on(WEEK, [], None) == frozenset()  # hours not known: nothing said
    assert closed_on(WEEK, [], OpeningHours()) == frozenset()  # an empty grid is hours not given, not a closed week


def test_the_week_and_its_print_say_closed_on_the_weekly_closing_day(tab, store, bus):
    bus.publish(store.shop.save(ShopCard(name="Fleurs", hours=CLOSED_MONDAY_AND_SUNDAY)), None)
    tab.show_week(date(2026, 11, 26))
    on_screen = {day for day, column in zip(tab.days(), tab.week.columns) if column.closed.text() == "Closed"}
    printed = {day for day, lines in tab.files.painter().notes.items() if "Closed" in lines}
    assert on_screen == printed == {date(2026, 11, 23), date(2026, 11, 29)}
    monday = tab.week.columns[tab.days().index(date(2026, 11, 23))]
    assert monday.closed.isVisibleTo(tab) and "Closed" in monday.posts.accessibleName()


def test_a_special_day_that_opens_a_date_of_a_closure_opens_it_as_the_checklist_says(store):
    """The week and its print let the dated exception win over the closure, as the holiday answer does
    (attack 35, F1: 15 August open 7-13 during the annual leave read « Fermé » in the week, open in the checklist)."""
    from socialdesk.domain.calendar.closures import Closure
    from socialdesk.domain.calendar.week_plan import closed_days
    from socialdesk.domain.hours.model import day_answer, with_closures

    leave = [Closure(date(2027, 8, 3), date(2027, 8, 23), "Congés annuels")]
    open_morning = (Span(7 * 60, 13 * 60),)
    hours = OpeningHours(CLOSED_MONDAY_AND_SUNDAY.week, (DayException(date(2027, 8, 15), open_morning),))
    days = [date(2027, 8, 9) + timedelta(days=n) for n in range(7)]
    assert closed_on(days, leave, hours) == set(days) - {date(2027, 8, 15)}
    assert date(2027, 8, 15) not in closed_days(leave, hours)
    answers = {day: day_answer(with_closures(hours, leave), day) for day in days}  # the checklist's reading
    assert {day for day, spans in answers.items() if spans == ()} == closed_on(days, leave, hours)


def test_the_month_marks_the_days_the_week_says_closed_and_no_other(tab, store, bus, qtbot):
    """The month cell says « Fermé » where the week does: a closure (unless a special day opens the date), a special
    day closed (with its reason), the weekly closing day (attack 35b, F1)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from socialdesk.domain.calendar.closures import Closure

    hours = OpeningHours(CLOSED_MONDAY_AND_SUNDAY.week, (DayException(date(2026, 12, 24), (Span(8 * 60, 13 * 60),)),
                                                         DayException(date(2026, 12, 9), (), "Inventaire")))
    bus.publish(store.shop.save(ShopCard(name="Fleurs", hours=hours)), None)
    store.calendar.closures.add(Closure(date(2026, 12, 21), date(2026, 12, 26), "Congés"))
    tab.show_week(date(2026, 12, 10))
    QTest.mouseClick(tab.months.month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.months.shown)
    cells = {cell.posts.day: cell.marks for cell in tab.months.view.cells}
    closed = {day for day, marks in cells.items() if any(mark.startswith("✕") for mark in marks)}
    from socialdesk.domain.calendar.week_plan import closed_on

    assert closed == closed_on(list(cells), store.calendar.closures.closures(), hours)
    assert date(2026, 12, 24) not in closed  # opened inside the leave
    assert "✕ Closed: Inventaire" in cells[date(2026, 12, 9)]
    assert "✕ Closed: Congés" in cells[date(2026, 12, 25)]
    assert "✕ Closed" in cells[date(2026, 12, 14)]  # a Monday
