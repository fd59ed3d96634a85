"""The holiday or closure's ready post: placed once (after a restart too), on the shop's networks, never in the
past; and the posts still planned while the shop is closed named, one click from their week."""

import json
import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from socialdesk.domain.calendar.closures import Closure, Occasion
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.demo import build_demo_file
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.calendar.year_dialog import PrepareDialog
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.week_page import WeekPage

NOW = datetime(2026, 12, 3, 15, 20)  # a Thursday afternoon, three weeks before Christmas


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _checklist(qtbot, store, now=NOW) -> WeekPage:
    page = WeekPage(store, fixed_clock(now))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(now.date()))
    return page


def _christmas(page: WeekPage):
    return next(tasks for tasks in page.occasion_tasks if tasks.occasion.first == date(2026, 12, 25))


PAGES = []  # the checklists of a test, kept alive while it drives them


@pytest.fixture(autouse=True)
def _pages():
    yield
    PAGES.clear()


def _christmas_on(qtbot, store):
    PAGES.append(_checklist(qtbot, store))
    return _christmas(PAGES[-1])


def _christmas_posts(path) -> list[tuple]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT day, time, networks FROM posts WHERE day < '2026-12-25' AND text LIKE ?",
                          ("%25%",)).fetchall()


def test_the_ready_post_is_placed_once_after_a_restart_on_the_strategys_networks(qtbot, tmp_path, language):
    path = tmp_path / "shop.sqlite3"
    build_demo_file(path, NOW.date(), language).close()  # no default networks; the strategy applied
    store = open_store(path)
    tasks = _christmas_on(qtbot, store)
    tasks.answer.closed_button.click()
    tasks.place_button.click()
    assert not tasks.place_button.isEnabled()
    store.close()

    store = open_store(path)  # the app opened again on the same file
    tasks = _christmas_on(qtbot, store)
    assert not tasks.place_button.isEnabled()
    assert ("22 December" if language == "en" else "22 décembre") in tasks.place_button.text()
    tasks.place_post()  # even called straight, no second copy
    [(day, at, networks)] = _christmas_posts(path)
    assert (day, at) == ("2026-12-22", "10:00")
    with sqlite3.connect(path) as db:
        cadence = json.loads(db.execute("SELECT cadence_json FROM strategy_applied").fetchone()[0])
    assert networks and set(networks.split()) == {key for key, per_week in cadence.items() if per_week > 0}
    placed = store.calendar.occasion_post(tasks.occasion.post_key)
    dialog = PublishDialog(None, placed, store)  # the publishing assistant copies and opens each network
    qtbot.addWidget(dialog)
    assert sorted(dialog.buttons) == sorted(networks.split())

    store.calendar.delete([placed.id])  # the owner deleted it: it may be placed again
    tasks = _christmas_on(qtbot, store)
    assert tasks.place_button.isEnabled()
    tasks.place_button.click()
    store.close()
    assert len(_christmas_posts(path)) == 1


def test_without_strategy_the_ready_post_takes_the_networks_the_shop_posts_on_most(qtbot, store):
    install_translators("en")
    for networks in (("instagram",), ("instagram", "facebook"), ("instagram", "google"), ("facebook",)):
        store.calendar.add(Post(day=date(2026, 11, 20), networks=networks, text="x", status=PostStatus.PUBLISHED))
    store.calendar.add(Post(day=date(2026, 11, 21), networks=("linkedin",), text="y", status=PostStatus.PUBLISHED))
    store.calendar.add(Post(day=date(2026, 11, 22), networks=("linkedin", "x"), text="y", status=PostStatus.DRAFT))
    tasks = _christmas_on(qtbot, store)
    tasks.answer.closed_button.click()
    tasks.place_button.click()
    assert store.calendar.occasion_post(tasks.occasion.post_key).networks == ("instagram", "facebook", "linkedin")
    store.settings.set("default_networks", ["x"])  # Preferences ▸ Calendar wins, as for a new post
    store.calendar.delete([store.calendar.occasion_post(tasks.occasion.post_key).id])
    tasks = _christmas_on(qtbot, store)
    tasks.place_button.click()
    assert store.calendar.occasion_post(tasks.occasion.post_key).networks == ("x",)


@pytest.mark.parametrize("now, slot", [
    (datetime(2026, 12, 3, 15, 20), (date(2026, 12, 3), "16:00")),  # after 10:00: the next full hour
    (datetime(2026, 12, 3, 8, 5), (date(2026, 12, 3), "10:00")),
    (datetime(2026, 12, 3, 21, 30), (date(2026, 12, 4), "10:00")),  # late evening: tomorrow morning
])
def test_a_closure_under_way_places_its_post_from_now_on_never_in_the_past(qtbot, store, bus, language, now, slot):
    store.calendar.closures.add(Closure(date(2026, 8, 2), date(2027, 7, 31), "Travaux"))
    closure = store.calendar.closures.closures()[0]
    dialog = PrepareDialog(None, store, bus, fixed_clock(now), Occasion(closure.first, closure.last,
                                                                        closure=closure))
    qtbot.addWidget(dialog)
    text = dialog.tasks.place_button.text().replace("&", "")
    assert "août" not in text and "August" not in text
    if slot[0] == now.date():
        assert ("today" if language == "en" else "aujourd'hui") in text and slot[1] in text
    dialog.tasks.place_button.click()
    post = store.calendar.occasion_post(dialog.tasks.occasion.post_key)
    assert (post.day, post.time.strftime("%H:%M")) == slot
    assert not dialog.tasks.place_button.isEnabled()


def test_a_closure_over_offers_no_post(qtbot, store, bus):
    install_translators("en")
    store.calendar.closures.add(Closure(date(2026, 8, 3), date(2026, 8, 23)))
    closure = store.calendar.closures.closures()[0]
    dialog = PrepareDialog(None, store, bus, fixed_clock(NOW), Occasion(closure.first, closure.last,
                                                                        closure=closure))
    qtbot.addWidget(dialog)
    assert not dialog.tasks.place_button.isEnabled()
    assert dialog.tasks.place_button.text() == "Too late to place the post"


def test_posts_planned_on_a_closed_holiday_are_named_with_one_click_to_their_week(qtbot, tmp_path, language):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    path = tmp_path / "shop.sqlite3"
    build_demo_file(path, NOW.date(), language).close()  # a weekly post on Fridays at 17:00
    store = open_store(path)
    window = MainWindow(store, DataBus(), fixed_clock(NOW))
    qtbot.addWidget(window)
    window.show()
    window.show_tab(2)
    rules = window.tabs.currentWidget().ensure_built()
    tasks = _christmas(rules.week_page)
    assert not tasks.closed_posts.isVisibleTo(tasks)  # not answered yet: nothing said
    friday = [post for post in store.calendar.posts_between(date(2026, 12, 25), date(2026, 12, 25))
              if post.status is PostStatus.PLANNED]
    assert friday
    tasks.answer.closed_button.click()
    tasks = _christmas(rules.week_page)  # the page may have been rebuilt by the change
    assert tasks.closed_posts.isVisibleTo(tasks) and tasks.closed_posts_button.isVisibleTo(tasks)
    assert all(post.text[:20] in tasks.closed_posts.text() for post in friday)
    assert ("Fri 25 Dec" if language == "en" else "ven. 25 déc.") in tasks.closed_posts.text()
    assert [post.day for post in store.calendar.posts_between(date(2026, 12, 25), date(2026, 12, 25))
            if post.status is PostStatus.PLANNED] == [post.day for post in friday]  # nothing moved
    tasks.closed_posts_button.click()
    calendar = window.page("calendarTab").content
    assert window.tabs.currentWidget() is window.page("calendarTab")
    assert calendar.start <= date(2026, 12, 25) <= calendar.days()[-1]
    assert sorted(calendar.selected_ids()) == sorted(post.id for post in friday)
    tasks = _christmas(rules.week_page)
    assert tasks.answer.usual_button.isEnabled()  # the shop opens on Fridays
    tasks.answer.usual_button.click()
    QApplication.processEvents()
    tasks = _christmas(rules.week_page)
    assert not tasks.closed_posts.isVisibleTo(tasks)  # open after all: no hint
    window.close()
    store.close()


def test_a_closure_with_new_dates_offers_its_post_again_and_a_copy_is_not_the_placed_post(qtbot, store, bus):
    install_translators("en")
    store.calendar.closures.add(Closure(date(2026, 12, 14), date(2026, 12, 19), "Travaux"))
    closure = store.calendar.closures.closures()[0]

    def tasks_for(closure):
        dialog = PrepareDialog(None, store, bus, fixed_clock(NOW), Occasion(closure.first, closure.last,
                                                                            closure=closure))
        qtbot.addWidget(dialog)
        return dialog.tasks

    tasks = tasks_for(closure)
    tasks.place_button.click()
    placed = store.calendar.occasion_post(tasks.occasion.post_key)
    assert placed is not None and not tasks.place_button.isEnabled()
    store.calendar.duplicate(placed.id)  # a copy is an ordinary post: deleting the original offers it again
    store.calendar.delete([placed.id])
    assert tasks_for(closure).place_button.isEnabled()
    tasks_for(closure).place_button.click()

    store.calendar.closures.update(Closure(date(2026, 12, 21), date(2026, 12, 23), "Travaux", closure.id))
    moved = store.calendar.closures.closures()[0]
    tasks = tasks_for(moved)
    assert "14" not in tasks.post_preview.text()
    assert tasks.place_button.isEnabled()  # the post on the calendar says the old dates
    _answer_question("askNo", [])  # asked whether to remove the old one: kept
    tasks.place_button.click()
    assert store.calendar.occasion_post(tasks.occasion.post_key).text != placed.text


def _answer_question(button: str, seen: list) -> None:
    """Click `button` ("askYes" or "askNo") of the question box once it opens, keeping its words."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    def click():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.findChild(QPushButton, button).click()
    QTimer.singleShot(0, click)


def _winter_posts(store) -> list[Post]:
    return [post for post in store.calendar.all_posts() if "Travaux" in post.text or post.extra.get("occasion")]


def test_a_post_announcing_a_closures_old_dates_is_named_shown_and_offered_for_removal(qtbot, store, bus,
                                                                                        language):
    store.calendar.closures.add(Closure(date(2026, 12, 28), date(2027, 1, 3), "Travaux"))
    closure = store.calendar.closures.closures()[0]

    def dialog_for(closure):
        dialog = PrepareDialog(None, store, bus, fixed_clock(NOW), Occasion(closure.first, closure.last,
                                                                            closure=closure))
        qtbot.addWidget(dialog)
        return dialog

    tasks = dialog_for(closure).tasks
    assert not tasks.old_posts.isVisibleTo(tasks)
    tasks.place_button.click()
    [old] = _winter_posts(store)
    assert (old.day, old.time.strftime("%H:%M")) == (date(2026, 12, 25), "10:00")

    store.calendar.closures.update(Closure(date(2027, 1, 4), date(2027, 1, 9), "Travaux", closure.id))
    moved = store.calendar.closures.closures()[0]
    dialog = dialog_for(moved)
    tasks = dialog.tasks
    assert tasks.old_posts.isVisibleTo(tasks) and tasks.old_posts_button.isVisibleTo(tasks)
    assert ("Fri 25 Dec" if language == "en" else "ven. 25 déc.") in tasks.old_posts.text()
    assert "10:00" in tasks.old_posts.text()
    tasks.old_posts_button.click()  # one click to the post in its week, as for the posts on closed days
    assert dialog.posts_asked == (date(2026, 12, 25), [old.id])

    seen = []
    tasks = dialog_for(moved).tasks
    _answer_question("askNo", seen)
    tasks.place_button.click()
    assert seen and ("25" in seen[0])
    assert len(_winter_posts(store)) == 2  # kept: nothing deleted without the owner's word
    assert tasks.old_posts.isVisibleTo(tasks)

    store.calendar.delete([store.calendar.occasion_post(tasks.occasion.post_key).id])
    tasks = dialog_for(moved).tasks
    _answer_question("askYes", seen)
    tasks.place_button.click()
    [new] = _winter_posts(store)
    assert new.id != old.id and new.extra["occasion"] == tasks.occasion.post_key
    assert not tasks.old_posts.isVisibleTo(tasks)


def test_the_tasks_show_the_placed_posts_own_words_after_a_language_switch(qtbot, store):
    install_translators("en")
    tasks = _christmas_on(qtbot, store)
    tasks.answer.closed_button.click()
    tasks.place_button.click()
    placed = store.calendar.occasion_post(tasks.occasion.post_key)
    assert "December" in placed.text
    install_translators("fr")
    try:
        tasks = _christmas_on(qtbot, store)  # the same file opened in the French window
        assert placed.text in tasks.post_preview.text() and "décembre" not in tasks.post_preview.text()
        store.calendar.delete([placed.id])  # once deleted, the post offered is in the window's language
        tasks = _christmas_on(qtbot, store)
        assert "décembre" in tasks.post_preview.text()
    finally:
        install_translators("en")
