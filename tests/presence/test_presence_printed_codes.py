"""The inventory of printed codes: each print recorded (what, target, where, when), what to reprint, where to check."""

import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime

from sqlite_utils import Database

from socialdesk.cli import main
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.clock import fixed_clock
from socialdesk.storage import open_store
from socialdesk.storage.migrations import migrations
from socialdesk.ui.common.save_guard import SaveGuard
from socialdesk.ui.presence.qr_page import QrPage
from socialdesk.ui.presence.tab import PresenceTab
from socialdesk.ui.rules.week_page import WeekPage

YELP = "https://www.yelp.fr/biz/boulangerie-lea-lyon"
NOW = datetime(2026, 12, 3, 9, 15)


def _yelp(store, url=YELP):
    store.presence.ensure_listing("yelp")
    store.presence.save(replace(store.presence.listing_for("yelp"), url=url, print_card=True))


def _pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split())


def test_saving_cards_from_the_window_records_what_where_and_when(qtbot, store, bus, monkeypatch, tmp_path):
    _yelp(store)
    page = QrPage(store, bus, clock=fixed_clock(NOW))
    qtbot.addWidget(page)
    page.show()
    page.set_payload(YELP, "Yelp", "Find us on Yelp")
    page.cards_bar.place.setEditText("Table 3")
    target = tmp_path / "cards.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
    page.cards_bar.save_pdf.click()
    assert "yelp.fr/biz/boulangerie-lea-lyon" in _pdf_text(target)  # the short address under the code
    [code] = store.presence.printed.codes()
    assert (code.payload, code.place, code.template, code.printed_at) == (YELP, "Table 3", "a6", NOW)
    assert code.listing_id == store.presence.listing_for("yelp").id


def test_a_changed_link_lists_every_printed_item_to_reprint_on_the_presence_tab(qtbot, store, bus):
    _yelp(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "Counter", NOW)
    store.presence.printed.record(store.presence.cards_to_print(), "stickers", "Door", NOW)
    tab = PresenceTab(store, bus, fixed_clock(NOW))
    qtbot.addWidget(tab)
    tab.show()
    assert not tab.listings.reprint.isVisible()
    _yelp(store, "https://www.yelp.fr/biz/boulangerie-lea-lyon-2")
    bus.publish(Change(Area.PRESENCE), None)
    text = tab.listings.reprint.text()
    assert tab.listings.reprint.isVisible() and "Counter" in text and "Door" in text and "Reprint Yelp" in text
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "Counter", NOW)  # reprinted there
    bus.publish(Change(Area.PRESENCE, ("printed",)), None)
    assert "Counter" not in tab.listings.reprint.text() and "Door" in tab.listings.reprint.text()


def test_print_cards_records_the_place_and_the_clocks_time(tmp_path, monkeypatch):
    from socialdesk.headless import print_record

    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    _yelp(store)
    store.close()
    monkeypatch.setattr(print_record, "CLOCK", fixed_clock(NOW))
    out = tmp_path / "cards.pdf"
    assert main(["print-cards", "-o", str(out), "--template", "a6", "--place", "door", "--db", str(db)]) == 0
    rows = sqlite3.connect(db).execute("SELECT payload, place, template, printed_at FROM printed_codes").fetchall()
    assert rows == [(YELP, "door", "a6", "2026-12-03T09:15:00")]


def test_the_weekly_checklist_says_where_the_codes_are(qtbot, store):
    _yelp(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "Counter", NOW)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "Window", NOW)
    rules = [rule for rule in store.rules.rules() if rule.starter_key == "codes_ours"]
    assert len(rules) == 1 and rules[0].text.startswith("Our codes are still ours")
    page = WeekPage(store, fixed_clock(NOW))
    qtbot.addWidget(page)
    page.show_week(page.week)
    label = _where(page)
    assert "Counter: Yelp" in label.text() and "Window: Yelp" in label.text()
    _yelp(store, "https://www.yelp.fr/biz/lea-2")
    page.show_week(page.week)
    assert "Reprint Yelp" in _where(page).text()


def _where(page):
    """The label under "our codes are still ours" of the week shown (earlier weeks' wait for deletion)."""
    return page.findChildren(type(page.rules_summary), "printedCodesWhere")[-1]


def test_a_file_from_before_the_inventory_gains_it(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrations.apply(db, stop_before="0011_printed_codes")
    db.close()
    path.chmod(0o600)
    store = open_store(path, now=NOW)
    try:
        assert store.presence.printed.codes() == []
    finally:
        store.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM printed_codes").fetchone() == (0,)
