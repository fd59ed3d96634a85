"""Holidays against published dates (2026–2030), closures kept in the file, the year view and the tasks before each."""

import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.calendar.special_days import public_holidays
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.settings import checked
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar import year_dialog
from socialdesk.ui.calendar.year_dialog import ClosureDialog, PrepareDialog, YearDialog
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.week_page import WeekPage

# Published by the French administration (service-public.fr, "jours fériés"): Easter Monday, Ascension, Whit Monday.
MOVABLE = {
    2026: ("2026-04-06", "2026-05-14", "2026-05-25"),
    2027: ("2027-03-29", "2027-05-06", "2027-05-17"),
    2028: ("2028-04-17", "2028-05-25", "2028-06-05"),
    2029: ("2029-04-02", "2029-05-10", "2029-05-21"),
    2030: ("2030-04-22", "2030-05-30", "2030-06-10"),
}
GOOD_FRIDAY = {2026: "2026-04-03", 2027: "2027-03-26", 2028: "2028-04-14", 2029: "2029-03-30", 2030: "2030-04-19"}
FIXED = ("01-01", "05-01", "05-08", "07-14", "08-15", "11-01", "11-11", "12-25")


@pytest.mark.parametrize("year", sorted(MOVABLE))
def test_public_holidays_match_the_published_dates(year):
    expected = sorted([date.fromisoformat(f"{year}-{day}") for day in FIXED]
                      + [date.fromisoformat(day) for day in MOVABLE[year]])
    assert [day for day, _code in public_holidays(year)] == expected


@pytest.mark.parametrize("year", sorted(MOVABLE))
def test_alsace_moselle_adds_good_friday_and_26_december(year):
    extra = set(day for day, _ in public_holidays(year, True)) - set(day for day, _ in public_holidays(year))
    assert extra == {date.fromisoformat(GOOD_FRIDAY[year]), date(year, 12, 26)}


def test_the_alsace_moselle_setting_is_a_yes_or_no():
    assert checked("alsace_moselle", True) is True
    assert checked("alsace_moselle", "yes") is False


def test_closures_and_ticks_are_kept_in_the_data_file(tmp_path):
    store = open_store(tmp_path / "shop.sqlite3")
    store.calendar.closures.add(Closure(date(2027, 8, 2), date(2027, 8, 22), "Congés annuels"))
    closure = store.calendar.closures.closures()[0]
    store.calendar.closures.set_tick(f"closure:{closure.id}", "google_closed", True, datetime(2027, 7, 12, 9))
    store.close()
    rows = sqlite3.connect(tmp_path / "shop.sqlite3").execute(
        "SELECT first_day, last_day, reason, task FROM closures, occasion_ticks").fetchall()
    assert rows == [("2027-08-02", "2027-08-22", "Congés annuels", "google_closed")]


def _answer_closure(first: date, last: date, reason: str, qtbot):
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClosureDialog)
        dialog.first.setDate(QDate(first))
        dialog.last.setDate(QDate(last))
        dialog.reason.setText(reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_year_view_adds_edits_and_removes_a_closure(qtbot, store, bus, language, monkeypatch):
    dialog = YearDialog(None, store, bus, fixed_clock(date(2026, 7, 1)), 2026)
    qtbot.addWidget(dialog)
    whats = [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]
    assert ("Assomption" if language == "fr" else "Assumption Day") in whats
    _answer_closure(date(2026, 8, 3), date(2026, 8, 23), "Travaux", qtbot)
    dialog.add_button.click()
    closure = store.calendar.closures.closures()[0]
    assert (closure.first, closure.last, closure.reason) == (date(2026, 8, 3), date(2026, 8, 23), "Travaux")
    kinds = [dialog.table.item(row, 2).text() for row in range(dialog.table.rowCount())]
    assert kinds.count("Fermeture" if language == "fr" else "Closure") == 1
    dialog.select_closure(closure.id)
    _answer_closure(date(2026, 8, 10), date(2026, 8, 23), "Travaux", qtbot)
    dialog.edit_button.click()
    assert store.calendar.closures.closures()[0].first == date(2026, 8, 10)
    monkeypatch.setattr(year_dialog, "ask", lambda *args: True)
    dialog.select_closure(closure.id)
    dialog.remove_button.click()
    assert store.calendar.closures.closures() == []


def test_a_closure_ending_before_it_starts_cannot_be_saved(qtbot):
    dialog = ClosureDialog(None, Closure(date(2026, 8, 10), date(2026, 8, 1)))
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.problem.text()


def test_three_weeks_before_the_checklist_lists_the_tasks_and_keeps_ticks(qtbot, store, language):
    store.presence.add(Listing("tripadvisor", status=ListingStatus.CLAIMED))
    store.presence.add(Listing("yelp", status=ListingStatus.NOT_RELEVANT))
    store.calendar.closures.add(Closure(date(2026, 8, 3), date(2026, 8, 14), "Congés annuels"))  # ends before 15 Aug
    clock = fixed_clock(date(2026, 7, 20))
    page = WeekPage(store, clock)
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(date(2026, 7, 20)))
    closure_tasks, holiday_tasks = page.occasion_tasks  # the closure from 3 August, then 15 August
    assert closure_tasks.warning.isVisibleTo(page) and not holiday_tasks.warning.isVisibleTo(page)
    assert "6" in closure_tasks.warning.text()
    assert "google_closed" in closure_tasks.boxes and "google_hours" in holiday_tasks.boxes
    assert "listing:tripadvisor" in closure_tasks.boxes and "listing:yelp" not in closure_tasks.boxes
    holiday_tasks.boxes["apple_hours"].click()
    page.show_week(IsoWeek.of(date(2026, 7, 20)))  # read back from the file
    assert page.occasion_tasks[1].boxes["apple_hours"].isChecked()
    page.show_week(IsoWeek.of(date(2026, 7, 27)))  # not done yet: still there the next week
    assert [tasks.occasion.first for tasks in page.occasion_tasks] == [date(2026, 8, 3), date(2026, 8, 15)]
    page.show_week(IsoWeek.of(date(2026, 8, 17)))  # both days passed
    assert not page.closures_group.isVisibleTo(page)


def test_one_click_places_the_ready_post(qtbot, store, bus, language):
    store.calendar.closures.add(Closure(date(2026, 8, 3), date(2026, 8, 14)))
    page = WeekPage(store, fixed_clock(date(2026, 7, 20)))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(date(2026, 7, 20)))
    closure_tasks, holiday_tasks = page.occasion_tasks
    holiday_tasks.answer.closed()  # no opening hours in this file: the owner says the shop is closed that day
    holiday_tasks.place_button.click()
    closure_tasks.place_button.click()
    posts = store.calendar.posts_between(date(2026, 7, 1), date(2026, 8, 31))
    texts = {post.day: post.text for post in posts}
    if language == "fr":
        assert texts[date(2026, 8, 12)].startswith("Fermé le 15 août.")
        assert texts[date(2026, 7, 31)].startswith("Vacances du 3 au 14 août.")
    else:
        assert texts[date(2026, 8, 12)].startswith("Closed on 15 August.")
        assert texts[date(2026, 7, 31)].startswith("Holidays from 3 to 14 August.")
    assert holiday_tasks.boxes["post"].isChecked()
    assert "post" in store.calendar.closures.ticks(holiday_tasks.occasion.key)


def test_a_six_day_closure_keeps_holiday_hours(qtbot, store, bus):
    store.calendar.closures.add(Closure(date(2026, 3, 2), date(2026, 3, 7)))
    closure = store.calendar.closures.closures()[0]
    from socialdesk.domain.calendar.closures import Occasion
    dialog = PrepareDialog(None, store, bus, fixed_clock(date(2026, 2, 9)), Occasion(closure.first, closure.last,
                                                                                      closure=closure))
    qtbot.addWidget(dialog)
    assert "google_hours" in dialog.tasks.boxes and not dialog.tasks.warning.isVisibleTo(dialog)


def _tick_all(store, tasks_box, when):
    for key in tasks_box.boxes:
        store.calendar.closures.set_tick(tasks_box.occasion.key, key, True, when)


def test_a_closure_entered_late_and_tasks_left_undone_stay_to_prepare_until_the_first_day(qtbot, store):
    from socialdesk.ui.due_panel import collect_due
    from socialdesk.domain.guide import DueKind

    install_translators("en")
    store.calendar.closures.add(Closure(date(2026, 12, 17), date(2026, 12, 19), "Works"))
    today = date(2026, 12, 7)  # ten days before the closure, eighteen before Christmas
    page = WeekPage(store, fixed_clock(today))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(today))
    firsts = [tasks.occasion.first for tasks in page.occasion_tasks]
    assert firsts == [date(2026, 12, 17), date(2026, 12, 25), date(2027, 1, 1)]  # New Year: three weeks from Friday
    due = [item.label for item in collect_due(store, today)[DueKind.OCCASION]]
    assert len(due) == 3 and "Works" in due[0]
    _tick_all(store, page.occasion_tasks[0], datetime(2026, 12, 8, 9))  # the closure is done on Tuesday
    page.show_week(IsoWeek.of(today))
    assert len(page.occasion_tasks) == 3  # still shown, ticked, the week it was done
    assert len(collect_due(store, date(2026, 12, 8))[DueKind.OCCASION]) == 2
    page.show_week(IsoWeek.of(date(2026, 12, 14)))
    assert [tasks.occasion.first for tasks in page.occasion_tasks] == [date(2026, 12, 25), date(2027, 1, 1)]


def test_the_closure_tasks_name_google_and_apple_once_each(qtbot, store):
    install_translators("en")
    for key in ("google_business", "apple", "tripadvisor"):
        store.presence.add(Listing(key, status=ListingStatus.CLAIMED))
    store.calendar.closures.add(Closure(date(2027, 8, 1), date(2027, 8, 20), "Annual leave"))
    page = WeekPage(store, fixed_clock(date(2027, 7, 12)))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(date(2027, 7, 12)))
    texts = [box.text() for box in page.occasion_tasks[0].boxes.values()]
    assert sum("Google" in text for text in texts) == 1 and sum("Apple" in text for text in texts) == 1
    assert any("TripAdvisor" in text for text in texts)
