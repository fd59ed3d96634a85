"""A closure's ticks belong to its dates, and its dates read right across a year: the ready post, the door sign,
the year view and the overlap question give each date its year when the closure runs into another; a closure
lasts a year at most."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.calendar.closures import Closure, Occasion, occasion_of
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.calendar import year_dialog
from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
from socialdesk.ui.calendar.occasion_words import door_line, post_text
from socialdesk.ui.calendar.year_dialog import ClosureDialog, YearDialog
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.week_page import WeekPage

TICKED_AT = datetime(2027, 7, 12, 9, 0)


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _answer_closure(first: date, last: date, reason: str):
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ClosureDialog)
        dialog.first.setDate(QDate(first))
        dialog.last.setDate(QDate(last))
        dialog.reason.setText(reason)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def _tick_everything(store, qtbot, closure_id: int) -> OccasionTasks:
    closures = store.calendar.closures.closures()
    closure = next(c for c in closures if c.id == closure_id)
    tasks = OccasionTasks(store, lambda: TICKED_AT, occasion_of(closure, closures))
    qtbot.addWidget(tasks)
    for box in tasks.boxes.values():
        box.setChecked(True)
    return tasks


def _edit(dialog, closure_id: int, first: date, last: date, reason: str) -> None:
    dialog.select_closure(closure_id)
    _answer_closure(first, last, reason)
    dialog.edit_button.click()


def test_new_dates_start_unticked_and_a_new_reason_keeps_the_ticks_but_the_door_signs(qtbot, store, bus):
    install_translators("en")
    store.calendar.closures.add(Closure(date(2027, 8, 3), date(2027, 8, 23), "Congés annuels"))
    closure_id = store.calendar.closures.closures()[0].id
    ticked = set(_tick_everything(store, qtbot, closure_id).boxes)
    assert {"google_closed", "door_sign", "post"} <= ticked
    dialog = YearDialog(None, store, bus, fixed_clock(date(2027, 7, 12)), 2027)
    qtbot.addWidget(dialog)

    _edit(dialog, closure_id, date(2027, 8, 3), date(2027, 8, 23), "Travaux")  # the reason alone: the printed
    assert set(store.calendar.closures.ticks(f"closure:{closure_id}")) == ticked - {"door_sign"}  # sign says it

    _edit(dialog, closure_id, date(2027, 9, 1), date(2027, 9, 3), "Travaux")  # new dates
    assert store.calendar.closures.ticks(f"closure:{closure_id}") == {}
    page = WeekPage(store, fixed_clock(date(2027, 8, 16)))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(date(2027, 8, 16)))
    (tasks,) = [t for t in page.occasion_tasks if t.occasion.closure is not None]
    assert tasks.occasion.first == date(2027, 9, 1)
    assert "google_closed" not in tasks.boxes  # three days: holiday hours, no longer "temporarily closed"
    assert not any(box.isChecked() for box in tasks.boxes.values())


def test_a_closure_added_beside_another_clears_the_ticks_of_the_period_it_lengthens(qtbot, store, bus, monkeypatch):
    install_translators("en")
    store.calendar.closures.add(Closure(date(2027, 8, 3), date(2027, 8, 13), "Congés annuels"))
    store.calendar.closures.add(Closure(date(2027, 10, 4), date(2027, 10, 8), "Travaux"))
    august, october = (c.id for c in store.calendar.closures.closures())
    _tick_everything(store, qtbot, august)
    _tick_everything(store, qtbot, october)
    dialog = YearDialog(None, store, bus, fixed_clock(date(2027, 7, 12)), 2027)
    qtbot.addWidget(dialog)
    _answer_closure(date(2027, 8, 14), date(2027, 8, 20), "Inventaire")  # touches the August closure: one period
    dialog.add_button.click()
    assert store.calendar.closures.ticks(f"closure:{august}") == {}  # its sign and post said "3 to 13 August"
    assert store.calendar.closures.ticks(f"closure:{october}")  # untouched
    monkeypatch.setattr(year_dialog, "ask", lambda *args: True)
    _tick_everything(store, qtbot, august)
    third = max(c.id for c in store.calendar.closures.closures())
    dialog.select_closure(third)
    dialog.remove_button.click()  # back to 3 to 13 August: the period changed again
    assert store.calendar.closures.ticks(f"closure:{august}") == {}
    assert store.calendar.closures.ticks(f"closure:{october}")


def _words(first: date, last: date, reason: str = "") -> tuple[str, str]:
    occasion = Occasion(first, last, closure=Closure(first, last, reason, 1))
    return post_text(occasion, ()), door_line(occasion, ())


def test_a_closure_across_new_year_gives_each_date_its_year(qtbot, language):
    post, door = _words(date(2026, 12, 28), date(2027, 1, 3))
    short, _door = _words(date(2027, 8, 3), date(2027, 8, 23))
    month_to_month, _door = _words(date(2027, 7, 26), date(2027, 8, 6), "Travaux")
    if language == "fr":
        assert post.startswith("Vacances du 28 décembre 2026 au 3 janvier 2027.")
        assert door == "Vacances du 28 décembre 2026 au 3 janvier 2027"
        assert short.startswith("Vacances du 3 au 23 août.")
        assert month_to_month.startswith("Fermé du 26 juillet au 6 août (Travaux).")
    else:
        assert post.startswith("Holidays from 28 December 2026 to 3 January 2027.")
        assert door == "Holidays from 28 December 2026 to 3 January 2027"
        assert short.startswith("Holidays from 3 to 23 August.")
        assert month_to_month.startswith("Closed from 26 July to 6 August (Travaux).")
    long_post, _door = _words(date(2026, 8, 2), date(2027, 8, 1))  # a year less a day: same month, not same year
    assert "2026" in long_post and "2027" in long_post


def test_the_year_view_and_the_overlap_question_give_each_date_its_year(qtbot, store, bus, language, monkeypatch):
    store.calendar.closures.add(Closure(date(2026, 12, 28), date(2027, 1, 3), "Hiver"))
    store.calendar.closures.add(Closure(date(2027, 3, 1), date(2027, 3, 6), "Travaux"))
    dialog = YearDialog(None, store, bus, fixed_clock(date(2026, 12, 3)), 2027)
    qtbot.addWidget(dialog)
    whens = [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())
             if dialog.table.item(row, 1).text() in ("Hiver", "Travaux")]
    winter, works = whens
    assert winter.split(" – ")[0].endswith("2026") and winter.split(" – ")[1].startswith("3 ")
    assert "2027" in winter.split(" – ")[1]
    assert works.startswith("1") and "2027" not in works.split(" – ")[0]  # one year: the year once, at the end
    questions = []
    monkeypatch.setattr(year_dialog, "ask", lambda _parent, _title, question, *args, **kwargs:
                        questions.append(question) or False)
    _answer_closure(date(2027, 1, 2), date(2027, 1, 5), "")
    dialog.add_button.click()
    assert winter in questions[0]


def test_a_closure_lasts_a_year_at_most(qtbot, language):
    dialog = ClosureDialog(None, Closure(date(2026, 8, 2), date(2026, 8, 2)))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.last.setDate(QDate(2027, 8, 1))
    assert ok.isEnabled() and not dialog.problem.text()
    dialog.last.setDate(QDate(2027, 8, 2))  # "from 2 August to 2 August": a year and a day
    assert not ok.isEnabled()
    assert ("1er août 2027" if language == "fr" else "1 August 2027") in dialog.problem.text()
    dialog.first.setDate(QDate(2028, 2, 29))
    dialog.last.setDate(QDate(2029, 2, 28))
    assert ok.isEnabled()
    dialog.last.setDate(QDate(2029, 3, 1))
    assert not ok.isEnabled()


def test_dates_moved_away_and_back_tick_the_post_task_when_its_post_is_on_the_calendar(qtbot, store, bus):
    from socialdesk.domain.calendar.closures import TaskKind
    from socialdesk.ui.calendar.year_dialog import PrepareDialog

    install_translators("en")
    clock = fixed_clock(datetime(2026, 12, 3, 15, 20))
    store.calendar.closures.add(Closure(date(2026, 12, 28), date(2027, 1, 3), "winter"))
    closure_id = store.calendar.closures.closures()[0].id

    def prepare():
        closures = store.calendar.closures.closures()
        closure = next(c for c in closures if c.id == closure_id)
        dialog = PrepareDialog(None, store, bus, clock, occasion_of(closure, closures))
        qtbot.addWidget(dialog)
        return dialog.tasks

    tasks = prepare()
    tasks.place_button.click()
    tasks.boxes[TaskKind.DOOR_SIGN.value].setChecked(True)
    year = YearDialog(None, store, bus, clock, 2026)
    qtbot.addWidget(year)
    _edit(year, closure_id, date(2027, 1, 4), date(2027, 1, 9), "winter")
    tasks = prepare()
    assert not any(box.isChecked() for box in tasks.boxes.values())  # new dates: nothing done for them yet
    assert tasks.place_button.isEnabled()
    year = YearDialog(None, store, bus, clock, 2027)  # the year its new dates are in
    qtbot.addWidget(year)
    _edit(year, closure_id, date(2026, 12, 28), date(2027, 1, 3), "winter")  # back: its post is still there
    tasks = prepare()
    assert not tasks.place_button.isEnabled() and "Placed on the calendar" in tasks.place_button.text()
    assert tasks.boxes[TaskKind.POST.value].isChecked()
    assert not tasks.boxes[TaskKind.DOOR_SIGN.value].isChecked()  # printed for these dates? nobody can tell


def test_removing_a_closure_takes_its_ready_post_off_and_says_so(qtbot, store, bus, monkeypatch):
    """Attack 36d, M1: the post « Fermé du 21 au 23 décembre » no longer announces a closure that is gone."""
    install_translators("en")
    store.calendar.closures.add(Closure(date(2026, 12, 21), date(2026, 12, 23), "inventaire"))
    closure = store.calendar.closures.closures()[0]
    tasks = OccasionTasks(store, fixed_clock(date(2026, 12, 7)), occasion_of(closure, [closure]))
    qtbot.addWidget(tasks)
    tasks.place_post()
    assert len(store.calendar.occasion_posts(f"closure:{closure.id}")) == 1
    asked = []
    monkeypatch.setattr(year_dialog, "ask", lambda parent, title, question, *rest: asked.append(question) or True)
    dialog = YearDialog(None, store, bus, fixed_clock(date(2026, 12, 7)), 2026)
    qtbot.addWidget(dialog)
    dialog.select_closure(closure.id)
    dialog.remove_closure()
    assert "Its ready post" in asked[0]
    assert store.calendar.closures.closures() == [] and store.calendar.occasion_posts(f"closure:{closure.id}") == []
