"""Before a closure or a holiday not kept as usual: the door sign to print, on the checklist and saved as PDF."""

import sqlite3
import subprocess
from datetime import date

import pytest

from socialdesk.domain.calendar.closures import Closure, Occasion, Task, TaskKind, occasion_of, tasks
from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.model import DayException, OpeningHours, Span, with_exception
from socialdesk.domain.shop import ShopCard
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
from socialdesk.ui.common.save_guard import SaveGuard
from socialdesk.ui.i18n import install_translators
from tests.outside.readers import both_decoders, pdf_pages

DOOR = Task(TaskKind.DOOR_SIGN)
ASSUMPTION = date(2026, 8, 15)  # a Saturday
WEEK = OpeningHours(week=((), *((Span(8 * 60, 19 * 60),),) * 6))  # closed on Monday


def _holiday(hours) -> list[Task]:
    return tasks(Occasion(ASSUMPTION, ASSUMPTION, holiday=SpecialDay.ASSUMPTION), [], hours)


def test_a_closure_asks_for_its_door_sign():
    closure = Closure(date(2026, 8, 3), date(2026, 8, 14), "Congés", 1)
    assert DOOR in tasks(Occasion(closure.first, closure.last, closure=closure), ["tripadvisor"])


@pytest.mark.parametrize("spans, wanted", [((), True), ((Span(9 * 60, 13 * 60),), True),
                                           ((Span(8 * 60, 19 * 60),), False)])
def test_a_holiday_asks_for_it_when_closed_or_on_special_hours_not_open_as_usual(spans, wanted):
    hours = with_exception(WEEK, DayException(ASSUMPTION, spans, "Assomption"))
    assert (DOOR in _holiday(hours)) is wanted


def test_an_unanswered_holiday_has_no_door_sign_yet():
    assert DOOR not in _holiday(WEEK) and DOOR not in _holiday(None)


@pytest.fixture(params=["fr", "en"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_the_door_sign_button_saves_the_sign_ticks_the_task_and_keeps_it_at_the_door(qtbot, tmp_path, monkeypatch,
                                                                                     language):
    data = tmp_path / "shop.sqlite3"
    store = open_store(data)
    store.shop.save(ShopCard(name="Boulangerie Léa", address="3 rue de la Paix", postcode="75002", city="Paris"))
    store.calendar.closures.add(Closure(ASSUMPTION, ASSUMPTION))
    closure = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(date(2026, 7, 27)), occasion_of(closure, [closure]))
    qtbot.addWidget(box)
    line = "Fermé le 15 août" if language == "fr" else "Closed on 15 August"
    expected = "Imprimer l'affiche de la porte\u00a0: «\u00a0Fermé le 15 août\u00a0»" if language == "fr" \
        else "Print the door sign: “Closed on 15 August”"
    assert box.boxes["door_sign"].text() == expected and not box.boxes["door_sign"].isChecked()
    target = tmp_path / "out" / "affiche.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
    box.door_button.click()
    store.close()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert line in " ".join(text.split()) and "Boulangerie Léa" in text
    zbar, zxing = both_decoders(pdf_pages(target, 150)[0])
    assert len(zbar) == 1 and zbar == zxing and "google.com/maps" in zbar[0]
    with sqlite3.connect(data) as db:
        assert db.execute("SELECT task FROM occasion_ticks").fetchall() == [("door_sign",)]
        assert db.execute("SELECT place, template, payload FROM printed_codes").fetchall() == [
            ("door", "door-a4", zbar[0])]


def test_the_due_panel_keeps_the_closure_until_its_door_sign_is_printed(tmp_path):
    from datetime import datetime

    from socialdesk.storage.due import occasions_to_prepare

    store = open_store(tmp_path / "shop.sqlite3")
    store.calendar.closures.add(Closure(ASSUMPTION, ASSUMPTION))
    closure = store.calendar.closures.closures()[0]
    today, done = date(2026, 7, 27), datetime(2026, 7, 27, 9)
    for task in ("google_hours", "apple_hours", "post"):
        store.calendar.closures.set_tick(f"closure:{closure.id}", task, True, done)
    assert [o.first for o in occasions_to_prepare(store, today)] == [ASSUMPTION]
    store.calendar.closures.set_tick(f"closure:{closure.id}", "door_sign", True, done)
    assert occasions_to_prepare(store, today) == []
    store.close()


def test_a_holidays_door_sign_follows_the_owners_answer(qtbot, store, monkeypatch):
    install_translators("en")
    card = store.shop.get()
    card.hours = WEEK
    store.shop.save(card)
    box = OccasionTasks(store, fixed_clock(date(2026, 7, 27)),
                        Occasion(ASSUMPTION, ASSUMPTION, holiday=SpecialDay.ASSUMPTION))
    qtbot.addWidget(box)
    door = box.boxes["door_sign"]
    assert not door.isVisibleTo(box) and not box.door_button.isVisibleTo(box)  # not answered yet
    box.answer.closed()
    assert door.isVisibleTo(box) and box.door_button.isVisibleTo(box)
    assert door.text() == "Print the door sign: “Closed on 15 August”"
    box.answer.open_as_usual()
    assert not door.isVisibleTo(box)
    monkeypatch.setattr("socialdesk.ui.common.special_days.SpecialDayDialog.ask",
                        staticmethod(lambda parent, exception, fixed_day=False:
                                     DayException(ASSUMPTION, (Span(9 * 60, 13 * 60),), exception.reason)))
    box.answer.special_hours()
    assert door.isVisibleTo(box) and door.text().startswith("Print the door sign: “Open on 15 August, 9")
