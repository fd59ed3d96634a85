"""The reprint list tells the truth: each printed item against today's link of its kind, by place, once, until taken down."""

import sqlite3
import subprocess
from dataclasses import replace
from datetime import datetime

import pytest

from socialdesk.cli import main
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.presence.door_code import door_card
from socialdesk.domain.presence.links import review_link
from socialdesk.domain.presence.listings import Listing, ListingStatus
from socialdesk.domain.shop import ShopCard
from socialdesk.headless import print_record
from socialdesk.storage import open_store
from socialdesk.ui.presence.qr_page import QrPage
from socialdesk.ui.presence.tab import PresenceTab
from socialdesk.ui.rules.week_page import WeekPage

NOW = datetime(2026, 12, 3, 9, 15)
MAPS = "https://g.page/fleurs-margaux"


@pytest.fixture
def store(file_store):
    """A store on a real file, read back with sqlite3."""
    return file_store


def _shop(path, google=True):
    store = open_store(path)
    store.shop.save(ShopCard(name="Fleurs de Margaux", trade="Fleuriste", address="8 rue des Lilas", postcode="75011",
                             city="Paris"))
    if google:
        store.presence.add(Listing("google_business", status=ListingStatus.VERIFIED, url=MAPS, print_card=True,
                                   review_url=review_link("ChIJd8BlQ2BZwokRjMKtTjMezRw")))
    store.presence.add(Listing("instagram", status=ListingStatus.VERIFIED, handle="fleursdemargaux", print_card=True))
    store.presence.add(Listing("yelp", status=ListingStatus.CLAIMED, url="https://www.yelp.fr/biz/fleurs", print_card=True))
    return store


def _print(db, template, place, *more):
    out = db.parent / f"{template}-{place}-{len(list(db.parent.glob('*.pdf')))}.pdf".replace(" ", "_")
    return main(["print-cards", "-o", str(out), "--template", template, "--place", place, "--db", str(db), *more])


def _rows(db, columns="kind, place, payload"):
    return sqlite3.connect(db).execute(f"SELECT {columns} FROM printed_codes ORDER BY id").fetchall()


def _tab(qtbot, store, bus):
    tab = PresenceTab(store, bus, fixed_clock(NOW))
    qtbot.addWidget(tab)
    tab.show()
    return tab


def _listing(store, key):
    return next(listing for listing in store.presence.listings() if listing.platform_key == key)


def test_a_door_sign_is_listed_only_once_its_maps_link_changes(qtbot, bus, tmp_path, monkeypatch):  # D5
    monkeypatch.setattr(print_record, "CLOCK", fixed_clock(NOW))
    db = tmp_path / "shop.sqlite3"
    _shop(db).close()
    assert _print(db, "a6", "counter") == 0
    store = open_store(db)
    door = door_card(store.presence.listings(), store.shop.get())
    store.presence.printed.record([door], "door-a5", "Door", NOW)  # as print-cards --template door-a5 records it
    assert ("door", "door", MAPS) in _rows(db)  # the door sign's Maps page, stored as a door code
    tab = _tab(qtbot, store, bus)
    assert not tab.listings.reprint.isVisible()  # nothing changed: nothing to reprint
    store.presence.save(replace(_listing(store, "google_business"), url="https://g.page/margaux-fleurs-paris"))
    bus.publish(Change(Area.PRESENCE), None)
    text = tab.listings.reprint.text()
    assert tab.listings.reprint.isVisible() and "at Door" in text and "Google Maps" in text
    assert "Counter" not in text  # the review link of the counter cards did not change
    store.close()


def test_a_link_changed_then_changed_back_lists_the_cards_printed_in_between(qtbot, store, bus):  # D6
    _shop_in(store)
    printed = store.presence.printed
    printed.record(store.presence.cards_to_print(), "a6", "counter", NOW)
    insta = _listing(store, "instagram")
    store.presence.save(replace(insta, handle="margaux.fleurs"))
    printed.record(store.presence.cards_to_print(), "a6", " Counter ", NOW.replace(hour=11))
    store.presence.save(replace(insta, handle="fleursdemargaux"))  # back
    reprints = printed.to_reprint()
    assert [(r.latest.place, r.latest.payload) for r in reprints] == [("counter", "https://www.instagram.com/margaux.fleurs/")]
    assert {place for (place,) in _rows(store.path, "place")} == {"counter"}


def test_an_offered_place_is_one_place_in_french_and_english_from_the_window_and_the_command(
        qtbot, store, bus, tmp_path, monkeypatch):  # D6
    _shop_in(store)
    page = QrPage(store, bus, clock=fixed_clock(NOW))
    qtbot.addWidget(page)
    page.cards_bar.place.setCurrentIndex(0)  # "Counter", shown in the window's language
    assert page.cards_bar._place() == "counter"
    page.cards_bar.place.setEditText("Table 3 ")  # the owner's own words stay as typed
    assert page.cards_bar._place() == "Table 3"
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "Comptoir", NOW)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "COUNTER", NOW)
    assert {place for (place,) in _rows(store.path, "place")} == {"counter"}


def test_an_item_printed_twice_is_one_line_with_its_count_and_latest_date(qtbot, store, bus):  # D7
    _shop_in(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "counter", NOW)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "Counter", NOW.replace(day=5))
    store.presence.save(replace(_listing(store, "instagram"), handle="margaux.fleurs"))
    tab = _tab(qtbot, store, bus)
    lines = tab.listings.reprint.text().splitlines()
    assert len(lines) == 1 and "Instagram" in lines[0] and "2 printed" in lines[0]
    assert "last printed 5 Dec 2026)" in lines[0]  # the latest print, not the first


def test_a_deleted_listing_says_take_the_code_down_and_the_owner_can_retire_it(qtbot, store, bus):  # D20
    _shop_in(store)
    store.presence.printed.record(store.presence.cards_to_print(), "a6", "counter", NOW)
    tab = _tab(qtbot, store, bus)
    store.presence.delete(_listing(store, "yelp").id)
    bus.publish(Change(Area.PRESENCE), None)
    [line] = tab.listings.reprint.lines
    assert "listing deleted — take the code down" in line.text() and "its link has changed" not in line.text()
    tab.listings.reprint.buttons[0].click()  # "Removed / no longer there"
    assert not tab.listings.reprint.isVisible()
    retired = [when for (key, when) in _rows(store.path, "payload, retired_at") if "yelp" in key]
    assert retired == [NOW.isoformat()]
    page = WeekPage(store, fixed_clock(NOW))
    qtbot.addWidget(page)
    page.show_week(page.week)
    where = page.findChildren(type(page.rules_summary), "printedCodesWhere")[-1].text()
    assert "Yelp" not in where and "Instagram" in where


def test_a_door_sign_searching_the_address_is_listed_when_the_address_moves(qtbot, store, bus, tmp_path):  # D18
    store.shop.save(ShopCard(name="Fleurs", address="8 rue des Lilas", postcode="75011", city="Paris"))
    store.presence.add(Listing("instagram", status=ListingStatus.VERIFIED, handle="fleurs", print_card=True))
    store.presence.printed.record([door_card(store.presence.listings(), store.shop.get())], "door-a5", "door", NOW)
    tab = _tab(qtbot, store, bus)
    assert not tab.listings.reprint.isVisible()
    store.shop.save(replace(store.shop.get(), address="40 boulevard Voltaire"))
    bus.publish(Change(Area.PRESENCE), None)
    assert "Reprint Google Maps" in tab.listings.reprint.text() and "at Door" in tab.listings.reprint.text()


def _shop_in(store):
    store.presence.add(Listing("instagram", status=ListingStatus.VERIFIED, handle="fleursdemargaux", print_card=True))
    store.presence.add(Listing("yelp", status=ListingStatus.CLAIMED, url="https://www.yelp.fr/biz/fleurs", print_card=True))


def _pdf_text(path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
