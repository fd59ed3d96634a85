"""One bus rule through the real tabs: a change made in one part reloads the others, never the part that made it."""

from collections import Counter
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.calendar.post_dialog import PostChoice, PostDialog
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.main_window import MainWindow

NOW = datetime(2026, 11, 26, 10, 0)  # a Thursday
TAB_NAMES = ("strategyTab", "calendarTab", "rulesTab", "presenceTab")


@pytest.fixture
def tabs(qtbot, store):
    seed_demo(store, NOW.date())
    window = MainWindow(store, DataBus(), fixed_clock(NOW))
    qtbot.addWidget(window)
    return {name: window.page(name).ensure_built() for name in TAB_NAMES}


@pytest.fixture
def reloads(tabs, monkeypatch):
    """How many times each part that shows data rebuilt itself from the file."""
    counted = Counter()
    strategy, calendar, rules, presence = (tabs[name] for name in TAB_NAMES)
    parts = {
        "strategy": (strategy, "reload_page"), "calendar": (calendar, "reload"),
        "rules week": (rules.week_page, "show_week"), "rules history": (rules.history_page, "reload"),
        "rules list": (rules.rules_page, "reload"), "rules drivers": (rules.drivers_page, "reload"),
        "presence listings": (presence.listings, "reload"), "presence consistency": (presence.consistency, "reload"),
        "presence links": (presence.links, "reload"),
    }
    for name, (owner, method) in parts.items():
        original = getattr(owner, method)

        def counting(*args, _name=name, _original=original, **kwargs):
            counted[_name] += 1
            return _original(*args, **kwargs)

        monkeypatch.setattr(owner, method, counting)
    return counted


def _only(reloads, *names):
    return {name: count for name, count in reloads.items() if count} == {name: 1 for name in names}


def test_a_shop_card_typed_in_the_strategy_reloads_the_presence_pages_and_the_calendar_not_the_strategy(tabs, reloads):
    name = tabs["strategyTab"].current_page().edits["name"]
    name.setText("Fournil du Parc")
    name.editingFinished.emit()
    assert tabs["strategyTab"].store.shop.get().name == "Fournil du Parc"
    # the calendar too: the card's hours and special days decide which days are holes in the cadence
    assert _only(reloads, "presence consistency", "presence links", "calendar"), reloads


def test_a_post_planned_in_the_calendar_reloads_the_checklist_and_the_calendar_once(tabs, reloads, monkeypatch):
    answer = PostChoice(Post(day=NOW.date(), time=time(8, 15), networks=("facebook",), text="Pain",
                             status=PostStatus.PLANNED), None)
    monkeypatch.setattr(PostDialog, "ask", classmethod(lambda cls, *a, **k: answer))
    tabs["calendarTab"].edits.new_post()
    # The calendar shows its own write once (its own refresh), never a second time off the bus.
    assert _only(reloads, "calendar", "rules week", "rules history", "rules list", "rules drivers"), reloads


def test_a_post_ticked_in_the_checklist_reloads_the_calendar_not_the_week_page(tabs, reloads, store):
    rules = tabs["rulesTab"]
    post_id, box = next((i, b) for i, b in rules.week_page.post_boxes.items() if not b.isChecked())
    box.click()
    assert store.calendar.get(post_id).status is PostStatus.PUBLISHED
    assert reloads["rules week"] == 0  # rebuilding the page the owner ticked in would steal the focus
    assert _only(reloads, "calendar", "rules history", "rules list", "rules drivers"), reloads


def test_a_listing_edited_in_presence_reloads_its_sibling_pages_and_the_listings_once(tabs, reloads, store, qtbot):
    listings = tabs["presenceTab"].listings
    listings.select_row(0)
    form = listings.form
    qtbot.mouseClick(form.checked_today, Qt.MouseButton.LeftButton)
    assert store.presence.listing(form.current().id).last_checked == NOW.date()
    # the checklist's week lists the listings to update before a closure: it follows, its other pages do not
    assert _only(reloads, "presence listings", "presence consistency", "rules week"), reloads
    reloads.clear()
    tabs["presenceTab"].undo_stack.undo()  # from the Edit menu: no page made it, every page shows it
    assert _only(reloads, "presence listings", "presence consistency", "rules week"), reloads


def test_a_fixed_clock_reaches_every_tab(tabs):
    assert tabs["calendarTab"].start == date(2026, 11, 23)
    assert tabs["rulesTab"].week.key == "2026-W48"
    assert tabs["presenceTab"].today() == NOW.date()
