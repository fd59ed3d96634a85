"""A closure with a special day that opens one of its dates (attack 35c, F6): the to-do, the ready post, the door
sign and the printed checklist say that day is open, as the calendar does."""

import subprocess
from datetime import date

import pytest

from socialdesk.domain.calendar.closures import Closure, Occasion, opened_within, occasion_of
from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.model import DayException, OpeningHours, Span, with_exception
from socialdesk.domain.shop import ShopCard
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
from socialdesk.ui.common.save_guard import SaveGuard
from socialdesk.ui.i18n import install_translators
from tests.outside.readers import both_decoders, pdf_pages

WEEK = OpeningHours(week=((), *((Span(8 * 60, 19 * 60),),) * 6))  # closed on Monday
LEAVE = Closure(date(2026, 12, 21), date(2027, 1, 3), "congés", 1)
NEW_YEARS_EVE = DayException(date(2026, 12, 31), (Span(9 * 60, 12 * 60),), "Réveillon")


@pytest.fixture(params=["fr", "en"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _plain(text: str) -> str:
    """Blanks as one space: French puts no-break spaces in « 9 h », and pdftotext gives them as it likes."""
    return " ".join(text.split())


def _store(path, hours):
    store = open_store(path)
    store.shop.save(ShopCard(name="Boulangerie Léa", address="3 rue de la Paix", postcode="75002", city="Paris",
                             hours=hours))
    store.calendar.closures.add(Closure(LEAVE.first, LEAVE.last, LEAVE.reason))
    return store


def test_only_special_days_with_hours_inside_the_closure_are_opened_days():
    occasion = Occasion(LEAVE.first, LEAVE.last, closure=LEAVE)
    closed_day = DayException(date(2026, 12, 24), (), "")
    after = DayException(date(2027, 1, 4), (Span(9 * 60, 12 * 60),), "")
    hours = WEEK
    for exception in (after, NEW_YEARS_EVE, closed_day, DayException(date(2026, 12, 26), (Span(600, 700),), "")):
        hours = with_exception(hours, exception)
    assert [e.day for e in opened_within(occasion, hours)] == [date(2026, 12, 26), date(2026, 12, 31)]
    assert opened_within(occasion, None) == ()
    holiday = Occasion(date(2026, 12, 31), date(2026, 12, 31), holiday=SpecialDay.NEW_YEAR)
    assert opened_within(holiday, hours) == ()


def test_the_closures_to_do_post_and_door_sign_say_the_opened_day(qtbot, tmp_path, monkeypatch, language):
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    closure = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(date(2026, 12, 7)), occasion_of(closure, [closure]))
    qtbot.addWidget(box)
    opened = "31 décembre de 9 h à 12 h" if language == "fr" else "31 December, 9am–noon"
    door = _plain(box.boxes["door_sign"].text())
    assert opened in door and ("Fermé du 21 décembre 2026" in door if language == "fr" else
                               "Closed from 21 December 2026" in door), door
    google = _plain(box.boxes["google_closed"].text())
    assert opened in google, google
    post = _plain(box.post_preview.text())
    said = ("Ouvert le 31 décembre de 9 h à 12 h." if language == "fr" else "Open on 31 December, 9am–noon.")
    assert said in post, post
    target = tmp_path / "affiche.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
    box.door_button.click()
    store.close()
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert opened in text, text
    zbar, zxing = both_decoders(pdf_pages(target, 150)[0])
    assert len(zbar) == 1 and zbar == zxing


def test_a_closure_with_no_opened_day_keeps_its_words(qtbot, tmp_path):
    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, DayException(date(2026, 12, 24), (), "")))
    closure = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(date(2026, 12, 7)), occasion_of(closure, [closure]))
    qtbot.addWidget(box)
    assert "open on" not in box.boxes["door_sign"].text() and "Open on" not in box.post_preview.text()
    assert box.boxes["google_closed"].text() == \
        "Google: mark the shop “temporarily closed” for these dates"


def test_the_printed_checklist_says_the_opened_day(tmp_path):
    from socialdesk.domain.weeks import IsoWeek
    from socialdesk.ui.rules.printout import _occasion_lines

    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    lines = _occasion_lines(store, IsoWeek.of(date(2026, 12, 7)), date(2026, 12, 7))
    words = " ".join(line.text + " " + line.detail for line in lines)
    assert "but open on 31 December, 9am–noon" in words and "Open on 31 December, 9am–noon." in words, words
