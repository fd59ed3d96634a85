"""A public holiday's preparation follows the shop's answer for that day: open as usual, special hours or closed."""

import json
import sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from socialdesk.domain.calendar.closures import Occasion
from socialdesk.domain.calendar.special_days import public_holidays
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.model import OpeningHours, Span
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.year_dialog import PrepareDialog
from socialdesk.ui.common.special_day_dialog import SpecialDayDialog
from socialdesk.ui.i18n import install_translators

NNBSP, NBSP = "\u202f", "\u00a0"
WEEK = ((),) + ((Span(540, 720), Span(840, 1140)),) * 5 + ((),)  # Tue–Sat 9–12, 14–19; Sun, Mon closed
WORDS = {
    "en": {"ask": "Is the shop open on 1 May?", "usual": "Open on 1 May, 9am–noon and 2pm–7pm. See you soon!",
           "special": "Open on 1 May, 8am–1pm. See you soon!", "closed": "Closed on 1 May. See you soon!",
           "google": "special hours for that day (8am–1pm)", "listing": "TripAdvisor: show the special hours"},
    "fr": {"ask": f"La boutique est-elle ouverte le 1er mai{NNBSP}?",
           "usual": f"Ouvert le 1er mai de 9{NBSP}h à 12{NBSP}h et de 14{NBSP}h à 19{NBSP}h. À bientôt{NNBSP}!",
           "special": f"Ouvert le 1er mai de 8{NBSP}h à 13{NBSP}h. À bientôt{NNBSP}!",
           "closed": f"Fermé le 1er mai. À bientôt{NNBSP}!",
           "google": f"horaires exceptionnels de ce jour (8{NBSP}h–13{NBSP}h)",
           "listing": f"TripAdvisor{NBSP}: indiquer les horaires exceptionnels"},
}


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _holiday(day: date) -> Occasion:
    code = dict(public_holidays(day.year))[day]
    return Occasion(day, day, holiday=code)


def _dialog(qtbot, store, bus, day: date) -> PrepareDialog:
    dialog = PrepareDialog(None, store, bus, fixed_clock(day - timedelta(days=11)), _holiday(day))
    qtbot.addWidget(dialog)
    return dialog


def _with_week(store, week=WEEK, text: str = "") -> None:
    card = store.shop.get()
    card.hours, card.opening_hours = (OpeningHours(week) if week is not None else None), text
    store.shop.save(card)


def _stored(path) -> list:
    text = sqlite3.connect(path).execute("SELECT opening_week FROM shop WHERE id = 1").fetchone()[0]
    return json.loads(text)["exceptions"]


def _answer_eight_to_one():
    def fill():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SpecialDayDialog) and not dialog.day.isEnabled()
        dialog.opened.setChecked(True)
        dialog.second.setChecked(False)
        dialog.edits[0].setTime(QTime(8, 0))
        dialog.edits[1].setTime(QTime(13, 0))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    QTimer.singleShot(0, fill)


def test_the_three_answers_change_the_ready_post_and_are_kept_per_date(qtbot, bus, tmp_path, language):
    words = WORDS[language]
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    _with_week(store)
    store.presence.add(Listing("tripadvisor", status=ListingStatus.CLAIMED))
    tasks = _dialog(qtbot, store, bus, date(2027, 5, 1)).tasks  # a Saturday: usually open
    assert tasks.answer.label.text().startswith(words["ask"])
    assert not tasks.place_button.isEnabled() and "Fermé" not in tasks.post_preview.text()
    tasks.answer.usual_button.click()
    assert words["usual"] in tasks.post_preview.text()
    assert _stored(path) == [{"day": "2027-05-01", "spans": [[540, 720], [840, 1140]], "reason": tasks.answer.reason}]
    _answer_eight_to_one()
    tasks.answer.special_button.click()
    assert words["special"] in tasks.post_preview.text()
    assert words["google"] in tasks.boxes["google_hours"].text()
    assert words["listing"] in tasks.boxes["listing:tripadvisor"].text()
    tasks.place_button.click()
    assert [post.text for post in store.calendar.posts_between(date(2027, 4, 1), date(2027, 5, 1))] == \
        [words["special"]]
    tasks.answer.closed_button.click()  # the placed post said it opens: out of date, named, a new one offered
    assert words["closed"] in tasks.post_preview.text() and tasks.place_button.isEnabled()
    assert tasks.old_posts.isVisibleTo(tasks)
    store.calendar.delete([post.id for post in store.calendar.posts_between(date(2027, 4, 1), date(2027, 5, 1))])
    store.close()
    assert _stored(path)[0]["spans"] == []
    again = open_store(path)  # remembered for that date after a restart; 8 May is still to answer
    assert words["closed"] in _dialog(qtbot, again, bus, date(2027, 5, 1)).tasks.post_preview.text()
    assert not _dialog(qtbot, again, bus, date(2027, 5, 8)).tasks.place_button.isEnabled()
    again.close()


def test_a_holiday_on_a_weekday_the_shop_is_closed_is_closed_without_asking(qtbot, store, bus, language):
    _with_week(store)
    tasks = _dialog(qtbot, store, bus, date(2026, 11, 1)).tasks  # a Sunday
    assert tasks.place_button.isEnabled()
    assert ("Fermé le 1er novembre." if language == "fr" else "Closed on 1 November.") in tasks.post_preview.text()
    assert not tasks.answer.usual_button.isEnabled()


def test_without_hours_the_answer_is_kept_and_the_typed_hours_stay(qtbot, store, bus):
    install_translators("en")
    _with_week(store, None, "open most days, ring the bell")
    tasks = _dialog(qtbot, store, bus, date(2027, 5, 1)).tasks
    assert not tasks.answer.usual_button.isEnabled() and not tasks.place_button.isEnabled()
    tasks.answer.closed_button.click()
    assert "Closed on 1 May." in tasks.post_preview.text()
    card = store.shop.get()
    assert card.opening_hours == "open most days, ring the bell" and card.hours.is_empty
