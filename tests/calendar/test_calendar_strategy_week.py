"""The week acts on the strategy: its networks first in the post dialog, its posting days and cadence on the
week, texts over a network's limit marked and asked about, past days asked about, holidays and shop dates shown."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.calendar.special_days import SpecialDay, special_days
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.plan import Pillar
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.i18n import install_translators

TODAY = date(2026, 11, 26)  # a Thursday; the tab's week is 23–29 November
LONG = "Croissants tout chauds ! " * 14  # 349 characters as pasted (not the last space): over X's 280, fine for Facebook


def _apply(store, cadence, days=frozenset()):
    return store.strategy.record_applied(cadence, [Pillar("Saison", 50)], datetime(2026, 11, 2), days)


def _answer(seen: list, button: str):
    """Click askYes/askNo on the next question box, noting its text; never leaves one waiting."""
    def look(tries=500):
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            if tries:  # gives up after about five seconds: no stray click in a later test
                QTimer.singleShot(10, lambda: look(tries - 1))
            return
        seen.append(boxes[0].text())
        boxes[0].findChild(QPushButton, button).click()
    QTimer.singleShot(0, look)


def _dialog(qtbot, store, post):
    dialog = PostDialog(None, post, store, None, True, clock=fixed_clock(TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


# ----- 1. the strategy's networks first
def test_the_post_dialog_shows_the_strategys_networks_first_and_the_others_one_click_away(qtbot, store):
    _apply(store, {"instagram": 3, "facebook": 2})
    dialog = _dialog(qtbot, store, Post(day=TODAY, status=PostStatus.PLANNED))
    assert dialog.networks.shown_keys() == ["facebook", "instagram"]
    assert dialog.selected_networks() == ()  # nothing ticked it does not know
    assert not dialog.network_boxes["x"].isVisible()
    qtbot.mouseClick(dialog.networks.more_button, Qt.MouseButton.LeftButton)
    assert dialog.network_boxes["x"].isVisible() and dialog.network_boxes["youtube"].isVisible()
    dialog.network_boxes["x"].click()
    assert dialog.selected_networks() == ("x",)


def test_without_strategy_networks_every_network_shows_and_none_is_ticked(qtbot, store):
    dialog = _dialog(qtbot, store, Post(day=TODAY, status=PostStatus.PLANNED))
    assert len(dialog.networks.shown_keys()) == len(dialog.network_boxes) == 11
    assert all(box.isVisible() and not box.isChecked() for box in dialog.network_boxes.values())
    assert not dialog.networks.more_button.isVisible()


def test_a_network_the_post_already_has_shows_ticked_beside_the_strategys(qtbot, store):
    _apply(store, {"instagram": 3})
    dialog = _dialog(qtbot, store, Post(day=TODAY, networks=("pinterest",), status=PostStatus.PLANNED))
    assert dialog.networks.shown_keys() == ["instagram", "pinterest"]
    assert dialog.selected_networks() == ("pinterest",)


# ----- 2. posting days and cadence on the week
def _notes(tab):
    return {day: column.note.text() for day, column in zip(tab.days(), tab.week.columns) if column.note.text()}


def test_the_weeks_posting_days_that_still_need_a_post_are_marked_with_the_count_left(tab, store):
    tab.bus.publish(_apply(store, {"facebook": 3}, frozenset({2, 4, 6})), None)  # Tuesday, Thursday, Saturday
    store.calendar.add(Post(day=date(2026, 11, 26), time=time(9, 0), networks=("facebook",), text="Pain",
                            status=PostStatus.PLANNED))
    tab.reload()
    notes = _notes(tab)
    assert "nothing planned" in notes[date(2026, 11, 28)]  # Saturday, coming and empty
    assert date(2026, 11, 26) not in notes  # Thursday has its post
    assert date(2026, 11, 24) not in notes  # Tuesday is past: nothing to plan there any more
    assert date(2026, 11, 27) not in notes  # Friday is not a posting day
    assert tab.targets_label.text() == "This week: Facebook 1/3 · left to plan: 2"
    assert "nothing planned" in tab.week.columns[5].posts.accessibleName()


def test_a_closed_day_of_the_week_is_not_marked_nothing_planned_the_next_open_one_is(tab, store):
    tab.bus.publish(_apply(store, {"facebook": 1}, frozenset({5, 6})), None)  # Friday, Saturday
    store.calendar.closures.add(Closure(date(2026, 11, 27), date(2026, 11, 27), "Inventaire"))
    tab.reload()
    notes = _notes(tab)
    assert "nothing planned" not in notes.get(date(2026, 11, 27), "")  # the shop is closed on Friday
    assert "nothing planned" in notes[date(2026, 11, 28)]


def test_a_met_cadence_leaves_the_other_posting_days_unmarked(tab, store):
    tab.bus.publish(_apply(store, {"facebook": 1}, frozenset({4, 6})), None)
    store.calendar.add(Post(day=date(2026, 11, 26), networks=("facebook",), text="Pain", status=PostStatus.PLANNED))
    tab.reload()
    assert _notes(tab) == {}
    assert tab.targets_label.text().endswith("left to plan: 0")


# ----- 3. over a network's limit
def test_a_post_over_a_networks_limit_is_marked_on_its_card(tab, store):
    store.calendar.add(Post(day=date(2026, 11, 27), networks=("facebook", "x"), text=LONG, status=PostStatus.PLANNED))
    store.calendar.add(Post(day=date(2026, 11, 28), networks=("facebook",), text=LONG, status=PostStatus.PLANNED))
    tab.reload()
    over = tab.week.columns[4].posts.item(0)
    assert "Too long for X (349 / 280)" in over.text() and "Too long for X" in over.toolTip()
    assert "Too long" not in tab.week.columns[5].posts.item(0).text()


def test_the_publishing_assistant_asks_before_copying_a_text_over_the_limit(qtbot, store):
    post = Post(id=1, day=TODAY, networks=("facebook", "x"), text=LONG, status=PostStatus.PLANNED)
    dialog = PublishDialog(None, post, store)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().setText("before")
    seen = []
    _answer(seen, "askNo")
    dialog.buttons["x"].click()
    assert len(seen) == 1 and "Too long for X (349 / 280)" in seen[0]
    assert QGuiApplication.clipboard().text() == "before"  # not copied
    _answer(seen, "askYes")
    dialog.buttons["x"].click()
    assert QGuiApplication.clipboard().text() == LONG.rstrip()  # the text as the network gets it, counted as such
    dialog.buttons["facebook"].click()  # within Facebook's limit: no question
    assert len(seen) == 2


def test_ok_on_a_post_over_the_limit_asks_once(qtbot, store):
    dialog = _dialog(qtbot, store, Post(day=TODAY, networks=("x",), status=PostStatus.PLANNED))
    dialog.text_edit.setPlainText(LONG)
    seen = []
    _answer(seen, "askNo")
    _ok(dialog)
    assert len(seen) == 1 and "Too long for X" in seen[0] and dialog.isVisible()  # back to the text
    _answer(seen, "askYes")
    _ok(dialog)
    assert len(seen) == 2 and not dialog.isVisible()


def test_ok_after_a_refused_save_does_not_ask_again(qtbot, store):
    answers = iter([False, True])
    dialog = PostDialog(None, Post(day=TODAY, networks=("x",), status=PostStatus.PLANNED), store, None, True,
                        clock=fixed_clock(TODAY), save=lambda choice: next(answers))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.text_edit.setPlainText(LONG)
    seen = []
    _answer(seen, "askYes")
    _ok(dialog)  # the file refused: the dialog stays
    assert dialog.isVisible()
    _ok(dialog)  # same text: not asked a second time
    assert len(seen) == 1 and not dialog.isVisible()


# ----- 4. past days, holidays and the shop calendar
def test_planning_on_a_past_day_asks_once(qtbot, store):
    dialog = _dialog(qtbot, store, Post(day=date(2026, 11, 20), networks=("facebook",), status=PostStatus.PLANNED))
    dialog.text_edit.setPlainText("Pain")
    seen = []
    _answer(seen, "askNo")
    _ok(dialog)
    assert seen == ["This day is past — plan it anyway?"] and dialog.isVisible()
    _answer(seen, "askYes")
    _ok(dialog)
    assert len(seen) == 2 and not dialog.isVisible()


def test_moving_posts_onto_a_past_day_asks_once_for_all_of_them(tab, store):
    ids = [store.calendar.add(Post(day=date(2026, 11, 27), networks=("facebook",), text=t,
                                   status=PostStatus.PLANNED)).ids[0] for t in ("Pain", "Brioche")]
    tab.reload()
    seen = []
    _answer(seen, "askNo")
    tab.edits.move(ids, date(2026, 11, 24))
    assert len(seen) == 1 and {p.day for p in store.calendar.get_many(ids)} == {date(2026, 11, 27)}
    _answer(seen, "askYes")
    tab.edits.move(ids, date(2026, 11, 24))
    assert len(seen) == 2 and {p.day for p in store.calendar.get_many(ids)} == {date(2026, 11, 24)}
    tab.edits.move(ids, date(2026, 11, 28))  # a coming day: no question
    assert len(seen) == 2


@pytest.mark.parametrize("day, code", [(date(2027, 3, 29), SpecialDay.EASTER_MONDAY),  # DOMAIN.md's check
                                       (date(2027, 5, 6), SpecialDay.ASCENSION),
                                       (date(2027, 5, 17), SpecialDay.WHIT_MONDAY),
                                       (date(2026, 11, 19), SpecialDay.BEAUJOLAIS),
                                       (date(2026, 5, 31), SpecialDay.MOTHERS_DAY),
                                       (date(2026, 12, 25), SpecialDay.CHRISTMAS)])
def test_special_days_fall_on_their_dates(day, code):
    assert code in special_days(day)


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def test_a_weekly_series_landing_on_christmas_shows_the_holiday_before_it_is_published(tab, store, language):
    store.calendar.add_series(Post(time=time(9, 0), networks=("facebook",), text="Le pain du vendredi",
                                   status=PostStatus.PLANNED), Recurrence(Frequency.WEEKLY, date(2026, 11, 27),
                                                                          count=6))
    tab.show_week(date(2026, 12, 25))
    friday = tab.week.columns[4]
    assert friday.posts.count() == 1
    name, tip = {"en": ("Christmas Day", "public holiday"), "fr": ("Noël", "jour férié")}[language]
    assert name in friday.note.text() and friday.note.isVisible()
    assert name in friday.note.toolTip() and tip in friday.note.toolTip()
    saturday = tab.week.columns[5]
    assert not saturday.note.text()
    tab.show_week(date(2026, 2, 2))
    shop_date = {"en": "Candlemas", "fr": "Chandeleur"}[language]
    assert shop_date in tab.week.columns[0].note.text()
