"""The printed week says which days the shop is closed, as the week on screen does (attack 34d, F5)."""

from datetime import date

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.changes import Area, Change


def test_a_closed_day_reads_closed_on_paper_as_on_screen(tab, store, bus):
    store.calendar.closures.add(Closure(date(2026, 11, 28), date(2026, 12, 3), "Inventaire"))
    bus.publish(Change(Area.CALENDAR), None)
    tab.show_week(date(2026, 11, 26))
    on_screen = {day for day, column in zip(tab.days(), tab.week.columns) if column.closed.text() == "Closed"}
    printed = {day for day, lines in tab.files.painter().notes.items() if "Closed" in lines}
    assert on_screen == printed == {date(2026, 11, 28), date(2026, 11, 29)}
