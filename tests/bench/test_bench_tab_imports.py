"""The window reopened on any tab paints before printing, CSV, QR, .ics code or the tab's dialogs load."""

import os
import subprocess
from datetime import date
import sys

import pytest

from socialdesk.storage.demo import build_demo_file
from socialdesk.storage.opening import open_store
from socialdesk.storage.presence.codes_rule import is_codes_rule

CHILD = """
import sys
import socialdesk.ui.common.first_paint as first_paint

def listed():
    print(" ".join(sorted(sys.modules)), flush=True)
    from PySide6.QtWidgets import QApplication
    QApplication.quit()

first_paint._report_and_quit = listed
from socialdesk.app import main
sys.exit(main(["--db", sys.argv[1]]))
"""

LATER = ("PySide6.QtPrintSupport", "csv", "sqlite_utils", "qrcode", "PIL", "pyzbar", "zxingcpp", "icalendar",
         "socialdesk.ui.printing.output", "socialdesk.ui.calendar.printing", "socialdesk.ui.rules.printout",
         "socialdesk.ui.calendar.post_dialog", "socialdesk.ui.calendar.publish_dialog",
         "socialdesk.ui.calendar.limits_dialog", "socialdesk.ui.calendar.import_dialog",
         "socialdesk.domain.calendar.csv_format",
         "socialdesk.ui.common.focus_ring",  # installed once the window has painted
         "socialdesk.cli",  # the headless commands: the window's options use only their parser (headless.parser)
         "subprocess",  # macOS's ioreg for the machine id: Linux reads a file, Windows the registry
         "_hashlib")  # OpenSSL (2 ms, 3.6 MiB): for a backup's identity, a too-long name, an image or a logo


def _loaded_at_first_paint(tmp_path, last_tab: int, path=None) -> set[str]:
    if path is None:
        path = tmp_path / "shop.sqlite3"
        build_demo_file(path).close()
    store = open_store(path)
    store.settings.set("last_tab", last_tab)
    store.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SOCIALDESK_BENCH_FIRST_PAINT": "1",
           "XDG_STATE_HOME": str(tmp_path / "state")}
    for _ in range(2):  # the second opening is the owner's every day (the first one sets up the demo's rules)
        done = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True,
                              env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-500:]
    return set(done.stdout.split())


@pytest.mark.parametrize("last_tab, shown", [(1, "socialdesk.ui.calendar.week_view"),
                                             (2, "socialdesk.ui.rules.week_page"),
                                             (3, "socialdesk.ui.presence.listings_page")])
def test_the_last_used_tab_paints_before_printing_csv_qr_and_dialogs_load(tmp_path, last_tab, shown):
    loaded = _loaded_at_first_paint(tmp_path, last_tab)
    assert shown in loaded  # the probe did paint that tab
    assert sorted(m for m in LATER if m in loaded) == []


def test_the_checklist_paints_its_week_before_its_other_pages_load(tmp_path):
    """Over time (the chart), Rules and Key people are built the first time they are shown."""
    loaded = _loaded_at_first_paint(tmp_path, 2)
    assert "socialdesk.ui.rules.week_page" in loaded
    later = ("socialdesk.ui.rules.history_page", "socialdesk.ui.rules.chart", "socialdesk.ui.rules.rules_page",
             "socialdesk.ui.rules.drivers_page")
    assert sorted(m for m in later if m in loaded) == []


def test_the_calendar_paints_its_week_before_the_month_view_and_the_platforms_table_load(tmp_path):
    """The month view is built on the first switch to it; the holidays' listing tasks need two keys, not the table."""
    loaded = _loaded_at_first_paint(tmp_path, 1)
    assert "socialdesk.ui.calendar.week_view" in loaded
    later = ("socialdesk.ui.calendar.month_view", "socialdesk.domain.presence.platforms",
             "socialdesk.domain.calendar.csv_problems",  # the import dialog's words load with it
             "tzlocal", "zoneinfo",  # the zone new posts keep is worked out on the first write
             "socialdesk.domain.strategy.model")  # the cadence applied is read without the strategy's model
    assert sorted(m for m in later if m in loaded) == []


def test_the_checklist_paints_before_the_reply_wordings_and_review_rules_load(tmp_path):
    """The week's review tally is read without the reply dialog's wordings and rules (its repository names a case)."""
    loaded = _loaded_at_first_paint(tmp_path, 2)
    assert "socialdesk.ui.rules.week_page" in loaded
    later = ("socialdesk.domain.reviews.replies", "socialdesk.domain.review_rules",
             "socialdesk.domain.cards_layout",  # the printed codes' names, not the pages they were printed on
             "socialdesk.domain.strategy.model")  # the cadence applied is read without the strategy's model
    assert sorted(m for m in later if m in loaded) == []


def test_a_week_without_the_codes_rule_paints_before_the_printed_codes_load(tmp_path):
    """Whether a rule is "our codes are still ours" is told without the printed codes' inventory."""
    path = tmp_path / "shop.sqlite3"
    store = build_demo_file(path)
    for rule in [rule for rule in store.rules.rules() if is_codes_rule(rule)]:
        store.rules.archive(rule.id, date.today())
    store.close()
    loaded = _loaded_at_first_paint(tmp_path, 2, path)
    assert "socialdesk.ui.rules.week_page" in loaded
    later = ("socialdesk.storage.presence.printed_repo", "socialdesk.domain.presence.printed")
    assert sorted(m for m in later if m in loaded) == []


def test_the_strategy_tab_paints_its_hours_grid_before_the_hours_reader_loads(tmp_path):
    """The shop page shows the stored week in its grid; the typed-hours reader and its regexes wait for typed hours."""
    loaded = _loaded_at_first_paint(tmp_path, 0)
    assert "socialdesk.ui.common.hours_editor" in loaded  # the probe did paint the shop page's grid
    later = (*LATER, "socialdesk.domain.hours.parse", "socialdesk.domain.presence.platforms",
             "socialdesk.domain.networks", "socialdesk.domain.posts")  # the look's chips and statuses: with the posts
    assert sorted(m for m in later if m in loaded) == []


def test_the_listings_tab_paints_before_phonenumbers_and_the_pages_behind_it_load(tmp_path):
    """Consistency (which reads the phones: phonenumbers, 30-90 ms) and Link builder are built when first shown."""
    loaded = _loaded_at_first_paint(tmp_path, 3)
    assert "socialdesk.ui.presence.listings_page" in loaded
    later = ("phonenumbers", "socialdesk.ui.presence.consistency_page", "socialdesk.ui.presence.link_builder_page",
             # the QR designer's checks, the comparison (and the hours reader it uses), the reply drafts' rules
             "socialdesk.qr.verify", "socialdesk.qr.colours", "socialdesk.domain.presence.nap",
             "socialdesk.domain.hours.parse", "socialdesk.domain.reviews.replies", "socialdesk.domain.review_rules",
             "socialdesk.domain.cards_layout")
    assert sorted(m for m in later if m in loaded) == []


def test_the_pages_behind_listings_are_filled_after_the_first_paint(qtbot, tmp_path):
    from socialdesk.ui import application

    path = tmp_path / "shop.sqlite3"
    store = build_demo_file(path)
    store.settings.set("last_tab", 3)
    store.close()
    application.make_application()
    controller = application.AppController(None)
    assert controller.open(path)
    presence = controller.window.tabs.currentWidget().content
    page = presence.consistency
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)  # filled after the paint, unseen
    assert "04 78" in page.card_label.text()
    presence.pages.setCurrentWidget(page)
    assert "✓" in page.model.data(page.model.index(0, 1))
    qtbot.waitUntil(lambda: presence.links.contact_output.result() != "", timeout=5000)
    assert "TEL" in presence.links.contact_output.result()  # the shop's vCard, phone included
    controller.window.close()
