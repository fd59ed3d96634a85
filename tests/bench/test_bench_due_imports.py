"""What is due is read before the first paint without loading the calendar or checklist modules, and lists the
same items as the calendar's and the checklist's own reading of the file."""

import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.guide import Due, DueKind, last_week
from socialdesk.domain.posts import PostStatus
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.presence.platform_keys import APPLE_KEY, GOOGLE_KEY
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.demo import build_demo_file

CHILD = """
import sys
import socialdesk.ui.common.first_paint as first_paint

def listed():
    from PySide6.QtWidgets import QApplication
    panels = [w.guide.due_panel for w in QApplication.topLevelWidgets() if hasattr(w, "guide")]
    print("panel" if any(p is not None and not p.isHidden() for p in panels) else "no-panel")
    print(" ".join(sorted(sys.modules)), flush=True)
    import PySide6.QtWidgets
    print(" ".join(sorted(name for name in ("QStyle",) if name in vars(PySide6.QtWidgets))), flush=True)
    QApplication.quit()

first_paint._report_and_quit = listed
from socialdesk.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""

# The calendar's and the checklist's modules, and the repositories that load the calendar's time zones and the
# listings' cards: none of them is needed to say what is due.
NOT_BEFORE_PAINT = ("socialdesk.ui.rules.sources", "socialdesk.ui.rules.labels", "socialdesk.ui.calendar.occasion_tasks",
                    "socialdesk.ui.calendar.occasion_words", "socialdesk.ui.calendar.day_notes",
                    "socialdesk.ui.calendar.holiday_answer", "socialdesk.storage.calendar.repo",
                    "socialdesk.storage.presence.repo")
# Nor, on the strategy tab, what only a later action needs: Apply's planning (the calendar's week plan), the
# listings' printed cards (idna), the Restore dialog.
LATER = ("socialdesk.storage.strategy.applying", "socialdesk.domain.strategy.apply",
         "socialdesk.domain.calendar.week_plan", "socialdesk.domain.presence.listings", "socialdesk.domain.cards",
         "idna", "socialdesk.ui.restore_dialog")


def _first_paint(path, env) -> list[str]:
    with sqlite3.connect(path) as conn:  # a week's first open: what is due shows
        conn.execute("DELETE FROM settings WHERE key = 'due_week'")
    conn.close()
    done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, env=env,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    return done.stdout.split("\n")


def test_what_is_due_shows_in_the_first_frame_before_the_calendar_checklist_and_later_actions_load(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = build_demo_file(path)
    store.settings.set("last_tab", 0)  # the strategy: the calendar and the checklist are not on screen
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCIALDESK_BENCH_FIRST_PAINT": "1",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    for _ in range(2):  # the second opening is the owner's every day (the first one sets up the demo's rules)
        shown, loaded, classes = _first_paint(path, env)[:3]
    loaded = set(loaded.split())
    assert shown == "panel"
    assert classes == ""  # the panel's links never ask QStyle (9 ms to load its class) for their padding
    assert "socialdesk.ui.due_panel" in loaded
    assert sorted(m for m in NOT_BEFORE_PAINT if m in loaded) == []
    assert sorted(m for m in LATER if m in loaded) == []


def _old_collect(store, today: date) -> dict[DueKind, list[Due]]:
    """What the panel listed before (commit 6aa80ca): the calendar's and the checklist's own reading."""
    from socialdesk.ui.calendar.occasion_tasks import occasion_prepared_at
    from socialdesk.ui.calendar.occasion_words import occasion_name
    from socialdesk.domain.calendar.closures import to_prepare
    from socialdesk.ui.rules.sources import rules_for_week

    def first(text):
        return next((line.strip() for line in text.splitlines() if line.strip()), "")

    posts = [p for p in store.calendar.posts_between(today, today)
             if p.status in (PostStatus.PLANNED, PostStatus.DRAFT) and p.id is not None]
    week = last_week(today)
    checks = store.rules.checks_for_week(week)
    occasions = [o for o in to_prepare(IsoWeek.of(today), store.calendar.closures.closures(),
                                       store.settings.get("alsace_moselle"), today, store.shop.get().hours)
                 if occasion_prepared_at(store, o) is None]
    found = {DueKind.POST: [Due(DueKind.POST, p.id, first(p.text), p.text) for p in posts],
             DueKind.RULE: [Due(DueKind.RULE, r.id, first(r.text), r.text) for r in rules_for_week(store, week)
                            if not (checks.get(r.id) and checks[r.id].done)],
             DueKind.LISTING: [Due(DueKind.LISTING, li.id, li.name) for li in store.presence.listings()
                               if li.is_stale(today)],
             DueKind.OCCASION: [Due(DueKind.OCCASION, i, occasion_name(o)) for i, o in enumerate(occasions)]}
    return {kind: items for kind, items in found.items() if items}


@pytest.fixture(scope="module")
def busy_file(tmp_path_factory):
    """The demo, with a closure, a custom listing, one not relevant, a holiday half prepared and one prepared."""
    path = tmp_path_factory.mktemp("due") / "shop.sqlite3"
    store = build_demo_file(path, date(2026, 4, 20))
    store.calendar.closures.add(Closure(date(2026, 8, 1), date(2026, 8, 1), "Congés d'été"))  # apart from the demo's leave
    store.calendar.closures.add(Closure(date(2026, 6, 1), date(2026, 6, 2), ""))
    store.presence.add(Listing("custom", custom_name="Cityvox", last_checked=date(2026, 5, 1)))
    store.presence.add(Listing("custom", custom_name="Vieux guide", status=ListingStatus.NOT_RELEVANT))
    when = datetime(2026, 4, 20, 9)
    store.calendar.closures.set_tick("labour_day:2026-05-01", "google_hours", True, when)
    for task in ("google_hours", "apple_hours", "post") + tuple(
            f"listing:{key}" for key in _other_keys(store)):
        store.calendar.closures.set_tick("victory_1945:2026-05-08", task, True, when)
    yield store
    store.close()


def _other_keys(store) -> list[str]:
    """The listings' keys as the presence repository reads them (not through storage.due)."""
    keys = [f"custom:{listing.id}" if listing.is_custom else listing.platform_key
            for listing in store.presence.listings() if listing.status is not ListingStatus.NOT_RELEVANT]
    return [key for key in keys if key not in (GOOGLE_KEY, APPLE_KEY)]


DAYS = [date(2026, 4, 20) + timedelta(days=n) for n in (-30, -7, 0, 1, 4, 10, 17, 40, 100, 250)]


@pytest.mark.parametrize("today", DAYS, ids=str)
def test_the_panel_lists_the_same_items_as_the_calendar_and_checklist_read(qapp, busy_file, today):
    from socialdesk.ui.due_panel import collect_due

    assert collect_due(busy_file, today) == _old_collect(busy_file, today)


def test_the_busy_file_has_every_kind_due_and_a_prepared_holiday_is_not(qapp, busy_file):
    """The comparison above compares something: each kind is due on one of the days, prepared 8 May is not."""
    from socialdesk.ui.due_panel import collect_due

    seen = [collect_due(busy_file, today) for today in DAYS]
    assert {kind for due in seen for kind in due} == set(DueKind)
    names = {item.label for due in seen for item in due.get(DueKind.OCCASION, [])}
    assert {"1 May (Labour Day)", "Congés d'été", "Shop closed"} <= names
    assert "8 May (Victory 1945)" not in names
    assert "Vieux guide" not in {item.label for due in seen for item in due.get(DueKind.LISTING, [])}
