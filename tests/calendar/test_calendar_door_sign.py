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
    monkeypatch.setattr("socialdesk.ui.common.special_day_dialog.SpecialDayDialog.ask",
                        staticmethod(lambda parent, exception, fixed_day=False:
                                     DayException(ASSUMPTION, (Span(9 * 60, 13 * 60),), exception.reason)))
    box.answer.special_hours()
    assert door.isVisibleTo(box) and door.text().startswith("Print the door sign: “Open on 15 August, 9")


LEAVE = Closure(date(2026, 8, 3), date(2026, 8, 8), "congés")  # the closure the sign is printed for
WORKS = Closure(date(2026, 9, 7), date(2026, 9, 12), "travaux")
ALL_SAINTS = date(2026, 11, 1)  # past the two months ahead: not on the August sign


def _announcing_store(path, works_reason: str = "travaux"):
    """A shop closed 3–8 August, open 9–13 on 15 August, closed on 1 November, works 7–12 September."""
    store = open_store(path)
    hours = with_exception(WEEK, DayException(ASSUMPTION, (Span(9 * 60, 13 * 60),), "Assomption"))
    hours = with_exception(hours, DayException(ALL_SAINTS, (), "Toussaint"))
    store.shop.save(ShopCard(name="Boulangerie Léa", address="3 rue de la Paix", postcode="75002", city="Paris",
                             hours=hours))
    store.calendar.closures.add(LEAVE)
    store.calendar.closures.add(Closure(WORKS.first, WORKS.last, works_reason))
    return store


def test_the_coming_days_are_the_next_answered_holidays_and_closures_within_two_months():
    from socialdesk.domain.calendar.closures import coming_after

    leave, works = Closure(LEAVE.first, LEAVE.last, LEAVE.reason, 1), Closure(WORKS.first, WORKS.last, "", 2)
    hours = with_exception(WEEK, DayException(ASSUMPTION, (Span(9 * 60, 13 * 60),), ""))
    hours = with_exception(hours, DayException(ALL_SAINTS, (), ""))
    closures = [leave, works]
    coming = coming_after(occasion_of(leave, closures), closures, hours=hours)
    assert [(o.first, o.holiday, o.closure) for o in coming] == [(ASSUMPTION, SpecialDay.ASSUMPTION, None),
                                                                   (WORKS.first, None, works)]
    # From the works on, All Saints is within two months; the Armistice (unanswered) never is announced.
    assert [o.first for o in coming_after(occasion_of(works, closures), closures, hours=hours)] == [ALL_SAINTS]
    # Open as usual on the Assumption: nothing to announce that day.
    usual = with_exception(WEEK, DayException(ASSUMPTION, WEEK.week[ASSUMPTION.weekday()], ""))
    assert [o.first for o in coming_after(occasion_of(leave, closures), closures, hours=usual)] == [WORKS.first]
    # Three at most, the nearest first.
    many = [leave] + [Closure(date(2026, 8, day), date(2026, 8, day), "", day) for day in (18, 20, 25, 27)]
    assert [o.first.day for o in coming_after(occasion_of(leave, many), many, hours=hours)] == [15, 18, 20]


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_the_door_sign_announces_the_coming_days_in_the_shops_language(qtbot, tmp_path, monkeypatch, language,
                                                                        paper):
    from tests.outside.readers import pdf_pages

    store = _announcing_store(tmp_path / "shop.sqlite3")
    if paper == "letter":
        card = store.shop.get()
        card.country = "US"
        store.shop.save(card)
    leave = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(date(2026, 7, 20)), occasion_of(leave, store.calendar.closures.closures()))
    qtbot.addWidget(box)
    target = tmp_path / "affiche.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
    box.door_button.click()
    store.close()
    size = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert ("612 x 792" in size) is (paper == "letter") and ("595" in size) is (paper == "a4")
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    if language == "fr":
        said = ["Fermé du 3 au 8 août (congés)", "Prochainement", "Ouvert le 15 août de 9 h à 13 h",
                "Fermé du 7 au 12 septembre (travaux)"]
    else:
        said = ["Closed from 3 to 8 August (congés)", "Coming up", "Open on 15 August, 9am–1pm",
                "Closed from 7 to 12 September (travaux)"]
    places = [text.find(words) for words in said]
    assert -1 not in places and places == sorted(places), (said, text)
    assert "novembre" not in text and "November" not in text
    zbar, zxing = both_decoders(pdf_pages(target, 150)[0])
    assert len(zbar) == 1 and zbar == zxing


def test_the_coming_days_pass_the_review_rules_question_like_every_printed_word(qtbot, tmp_path, monkeypatch):
    from socialdesk.ui.presence.card_rules import CardRulesDialogs

    install_translators("fr")
    try:
        store = _announcing_store(tmp_path / "shop.sqlite3", "travaux — 5 étoiles = un bouquet offert")
        leave = store.calendar.closures.closures()[0]
        box = OccasionTasks(store, fixed_clock(date(2026, 7, 20)),
                            occasion_of(leave, store.calendar.closures.closures()))
        qtbot.addWidget(box)
        asked = []
        monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway",
                            staticmethod(lambda parent, text: asked.append(text) or False))
        target = tmp_path / "affiche.pdf"
        monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
        box.door_button.click()
        assert len(asked) == 1 and "bouquet offert" in asked[0] and "Google" in asked[0]
        assert not target.exists() and not box.boxes["door_sign"].isChecked()
        assert box.door_report.text().startswith("Non imprimée")
        monkeypatch.setattr(CardRulesDialogs, "ask_print_anyway", staticmethod(lambda parent, text: True))
        box.door_button.click()  # "Print anyway": the owner knows which rule
        assert target.exists() and box.boxes["door_sign"].isChecked()
        store.close()
    finally:
        install_translators("en")
