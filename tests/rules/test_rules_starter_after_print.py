"""Codes printed before the checklist was first opened: the interview's rules still come, and the codes' rule reads
in the language the owner's window or command speaks (attack 34a, F4 and F5)."""

import sqlite3
from dataclasses import replace
from datetime import datetime

import pytest

from socialdesk.cli import main
from socialdesk.storage import open_store
from socialdesk.storage.presence.codes_rule import codes_rule_entry
from socialdesk.storage.rules.starter_file import starter_entries
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 12, 3, 9, 15)
YELP = "https://www.yelp.fr/biz/fleurs-de-lise-strasbourg"


@pytest.fixture
def french():
    install_translators("fr")
    yield
    install_translators("en")


def _listing(store):
    store.presence.ensure_listing("yelp")
    store.presence.save(replace(store.presence.listing_for("yelp"), url=YELP, print_card=True))


def _checklist(qtbot, store, bus) -> list[str]:
    """The week's rules as the owner reads them, once the checklist tab is first opened."""
    tab = RulesTab(store, bus, clock=lambda: NOW)
    qtbot.addWidget(tab)
    return [box.text() for box in tab.week_page.rule_boxes.values()]


def test_cards_printed_first_leave_the_interviews_rules_to_come_then_the_codes_rule(qtbot, store, bus):
    _listing(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "counter", NOW)
    shown = _checklist(qtbot, store, bus)
    starters = [entry["text"]["en"] for entry in starter_entries() if entry.get("frequency") == "weekly"]
    assert len(store.rules.rules()) == len(starter_entries()) + 1
    assert shown[-1] == codes_rule_entry()["text"]["en"]  # after the interview's, as when printed later
    assert shown[:len(starters)] == starters[:len(shown) - 1]


def test_the_starter_set_is_added_once_only(qtbot, store, bus):
    _listing(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "counter", NOW)
    _checklist(qtbot, store, bus)
    _checklist(qtbot, store, bus)
    assert len(store.rules.rules()) == len(starter_entries()) + 1


def test_print_cards_in_french_words_the_codes_rule_in_french(tmp_path):
    db = tmp_path / "fleurs.sqlite3"
    store = open_store(db)
    _listing(store)
    store.close()  # the language setting left at "system"
    assert main(["print-cards", "--lang", "fr", "-o", str(tmp_path / "cartes.pdf"), "--template", "a6",
                 "--db", str(db)]) == 0
    texts = [row[0] for row in sqlite3.connect(db).execute("SELECT text FROM rules")]
    assert texts == [codes_rule_entry()["text"]["fr"]]


def test_a_codes_rule_kept_in_english_reads_in_french_in_a_french_window(qtbot, store, bus, french):
    _listing(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "counter", NOW, "en")
    shown = _checklist(qtbot, store, bus)
    assert codes_rule_entry()["text"]["fr"] in shown
    assert not any(text.startswith("Our codes") for text in shown)
