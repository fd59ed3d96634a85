"""Typed hours naming one day keep (or, if asked, close) the others, and Édition ▸ Annuler puts the week back (17d E8)."""

import json
import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.parse import parse_hours
from socialdesk.storage import open_store
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.common.hours_editor import KEEP, HoursEditor
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.main_window import MainWindow

BAKERY = "mar.–dim. 7h-13h, 15h30-19h30"  # Tuesday to Sunday, two ranges
FRIDAY_NIGHT = [[18 * 60, 26 * 60]]


@pytest.fixture
def window(qtbot, tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    card = store.shop.get()
    store.shop.save(replace(card, name="Boulangerie Léa", hours=parse_hours(BAKERY), opening_hours=BAKERY))
    win = MainWindow(store, DataBus(), fixed_clock(datetime(2026, 12, 3, 10, 0)))
    qtbot.addWidget(win)
    win.show()
    win.show_tab(0)
    win.tabs.widget(0).ensure_built()
    yield win, path
    store.close()


def stored_week(path) -> list:
    with sqlite3.connect(path) as db:  # read back as the file holds it, not through our repository
        (text,) = db.execute("SELECT opening_week FROM shop").fetchone()
    return json.loads(text)["week"]


def answer(button_name: str, seen: list):
    def click():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, click)
            return
        seen.append(box.text())
        box.findChild(QPushButton, button_name).click()
    QTimer.singleShot(20, click)


def undo_action(win):
    return next(a for menu in win.menuBar().actions() for a in menu.menu().actions()
                if a.shortcut().toString() == "Ctrl+Z")


def type_friday(win, button_name, seen):
    editor = win.findChild(HoursEditor)
    editor.typed.setText("vendredi 18h-2h")
    answer(button_name, seen)
    editor.read_button.click()
    return editor


def test_one_typed_day_keeps_the_others_and_undo_restores_the_week(window):
    win, path = window
    before = stored_week(path)
    assert before[1] and before[6]
    seen = []
    editor = type_friday(win, "hoursKeepOthers", seen)
    assert seen and "Friday" in seen[0] and "Tuesday" in seen[0]  # the question names the days left out
    after = stored_week(path)
    assert after[4] == FRIDAY_NIGHT
    assert [after[d] for d in (0, 1, 2, 3, 5, 6)] == [before[d] for d in (0, 1, 2, 3, 5, 6)]
    undo = undo_action(win)
    assert undo.isEnabled()
    undo.trigger()
    assert stored_week(path) == before
    assert editor.rows[4].spans() and not editor.rows[1].closed.isChecked()


def test_closing_the_other_days_is_asked_and_can_be_undone(window):
    win, path = window
    before = stored_week(path)
    seen = []
    editor = type_friday(win, "hoursCloseOthers", seen)
    week = stored_week(path)
    assert week[4] == FRIDAY_NIGHT and not any(week[d] for d in (0, 1, 2, 3, 5, 6))
    undo_action(win).trigger()
    assert stored_week(path) == before
    assert not editor.rows[1].closed.isChecked()


def test_cancel_changes_nothing(window):
    win, path = window
    before = stored_week(path)
    type_friday(win, "hoursCancel", [])
    assert stored_week(path) == before
    assert not undo_action(win).isEnabled()


def test_a_whole_week_typed_is_not_asked_about(window):
    win, path = window
    editor = win.findChild(HoursEditor)
    editor.typed.setText("lun-sam 9h-19h, dimanche fermé")  # every day named: nothing to ask
    editor.read_button.click()
    week = stored_week(path)
    assert week[0] == [[540, 1140]] and week[6] == []


@pytest.fixture(params=["fr", "en"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def read_typed(win, typed: str, button_name: str = "", seen: list | None = None) -> HoursEditor:
    editor = win.findChild(HoursEditor)
    editor.typed.setText(typed)
    if button_name:
        answer(button_name, seen)
    editor.read_button.click()
    return editor


CLOSED_LIST = {"fr": "Fermé dimanche, lundi. Mardi-samedi 9h-19h",
               "en": "Closed Sunday, Monday. Tuesday-Saturday 9am-7pm"}


def test_closed_days_in_a_comma_list_are_stored_closed(window, language):  # 17e N9: Monday was opened 9–19
    win, path = window
    editor = read_typed(win, CLOSED_LIST[language])
    week = stored_week(path)
    assert week[0] == [] and week[6] == []
    assert all(week[day] == [[540, 1140]] for day in range(1, 6))
    assert editor.rows[0].closed.isChecked() and editor.rows[6].closed.isChecked()


SAUF_WEDNESDAY = {"fr": "Du lundi au samedi 9h-19h sauf le mercredi", "en": "Mon-Sat 9am-7pm except Wednesday"}


def test_keeping_the_other_days_still_closes_the_excepted_day(window, language):  # 17e N1
    win, path = window
    before = stored_week(path)
    assert before[2] and before[6]  # the bakery's grid opens Wednesday and Sunday
    seen = []
    read_typed(win, SAUF_WEDNESDAY[language], "hoursKeepOthers", seen)
    week = stored_week(path)
    assert week[2] == [] and week[6] == before[6]  # Wednesday closed as typed; Sunday, not typed, kept
    assert week[0] == [[540, 1140]] and week[5] == [[540, 1140]]
    given, left_out = seen[0].split("\n")[:2]
    if language == "fr":  # lower case mid-sentence, each day as read, and Wednesday is not among the days "not typed"
        assert given.endswith("que\u00a0: lundi–mardi 9\u00a0h–19\u00a0h\u202f; mercredi fermé\u202f; "
                              "jeudi–samedi 9\u00a0h–19\u00a0h.") and left_out.endswith("\u00a0: dimanche.")
    else:
        assert given.endswith("give: Monday–Tuesday 9am–7pm; Wednesday closed; Thursday–Saturday 9am–7pm.")
        assert left_out.endswith(": Sunday.")


def test_every_day_but_one_asks_nothing_and_closes_that_day(window, language):
    win, path = window
    typed = {"fr": "Tous les jours sauf le mardi 9h-19h", "en": "Every day except Tuesday 9am-7pm"}[language]
    asked = []
    editor = win.findChild(HoursEditor)
    editor.ask_other_days = lambda *days: asked.append(days) or KEEP  # never a box left waiting
    read_typed(win, typed)
    week = stored_week(path)
    assert asked == []  # every day said: nothing to ask
    assert week[1] == [] and all(week[day] == [[540, 1140]] for day in (0, 2, 3, 4, 5, 6))


def test_an_excepted_afternoon_is_refused_and_the_week_is_left_alone(window, language):
    win, path = window
    before = stored_week(path)
    typed = {"fr": "Mardi-samedi 9h-19h sauf jeudi après-midi",
             "en": "Tuesday-Saturday 9am-7pm except Thursday afternoon"}[language]
    editor = read_typed(win, typed)
    assert stored_week(path) == before
    said = {"fr": "Jeudi «\u00a0après-midi\u00a0»\u00a0: donnez ses horaires",
            "en": "Thursday “afternoon”: give its hours"}[language]
    assert said in editor.problem.text()


GOOGLE_HOLIDAY = {"en": "Friday (Good Friday)\t6 PM–2 AM\nHours might differ\nSaturday\t6 PM–2 AM",
                  "fr": "Vendredi (Vendredi saint)\t18:00–02:00\nLes horaires peuvent être modifiés\nSamedi\t18:00–02:00"}


def test_googles_holiday_week_pasted_is_read_and_stored(window, language):  # 17e N10: was « Pas lu : Good »
    win, path = window
    before = stored_week(path)
    editor = win.findChild(HoursEditor)
    QApplication.clipboard().setText(GOOGLE_HOLIDAY[language])
    editor.typed.paste()
    answer("hoursKeepOthers", seen := [])
    editor.read_button.click()
    week = stored_week(path)
    assert week[4] == FRIDAY_NIGHT and week[5] == FRIDAY_NIGHT and week[1] == before[1]
    read = {"fr": "vendredi–samedi 18\u00a0h–2\u00a0h.", "en": "Friday–Saturday 6pm–2am."}[language]
    assert editor.problem.text() == "" and read in seen[0]  # the question says how the two days were read


CLOSED_SUNDAY_MONDAY_HOURS = {
    "fr": ("Fermé dimanche, lundi 9h-19h", "que\u00a0: lundi 9\u00a0h–19\u00a0h\u202f; dimanche fermé."),
    "en": ("Closed Sunday, Monday 9am-7pm", "give: Monday 9am–7pm; Sunday closed."),
}


def test_closed_sunday_then_monday_hours_is_read_so_and_the_question_shows_the_reading(window, language):
    """« Fermé dimanche, lundi 9h-19h »: closed on Sunday, open Monday 9–19 (no full stop ends the closed list);
    the question before keeping the other days says how each typed day was read, not only which."""
    win, path = window
    before = stored_week(path)
    typed, said = CLOSED_SUNDAY_MONDAY_HOURS[language]
    seen = []
    read_typed(win, typed, "hoursKeepOthers", seen)
    assert len(seen) == 1 and said in seen[0].split("\n")[0], seen
    week = stored_week(path)
    assert week[0] == [[540, 1140]] and week[6] == []
    assert [week[day] for day in range(1, 6)] == [before[day] for day in range(1, 6)]  # kept, as answered


def test_undoing_the_first_typed_hours_keeps_the_special_days(qtbot, tmp_path):
    """A shop with no hours types them, adds a special day, then undoes the typed hours: the week goes back to
    empty, the special day stays, and redo brings the week back with it (attack 36b, M2)."""
    from datetime import date

    from socialdesk.domain.hours.model import DayException, Span
    from socialdesk.ui.common.special_days import SpecialDaysBox

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.shop.save(replace(store.shop.get(), name="Fleurs & Co"))
    win = MainWindow(store, DataBus(), fixed_clock(datetime(2027, 7, 15, 9)))
    qtbot.addWidget(win)
    win.show()
    win.show_tab(0)
    win.tabs.widget(0).ensure_built()
    editor = win.findChildren(HoursEditor)[0]
    editor.typed.setText("mar-sam 9h-19h")
    editor.read_typed()
    market = DayException(date(2027, 8, 7), (Span(540, 720),), "marché")
    win.findChildren(SpecialDaysBox)[0]._put(market)
    assert store.shop.get().hours.exceptions == (market,)
    win.undo_group.undo()
    hours = store.shop.get().hours
    assert hours is not None and not any(hours.week) and hours.exceptions == (market,)
    assert win.findChildren(SpecialDaysBox)[0].isEnabled()  # the kept day can still be changed or removed (36c, F5)
    win.undo_group.redo()
    hours = store.shop.get().hours
    assert any(hours.week) and hours.exceptions == (market,)
    store.close()
