"""A shop in Alsace-Moselle sees its two extra holidays without looking for the setting: the shop card's postcode
decides until the owner chooses in Preferences (attack 34a, F3: a Strasbourg florist saw no 26 December)."""

from dataclasses import replace
from datetime import date

import pytest

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.shop import ShopCard
from socialdesk.ui.preferences.pages import CalendarPage

ST_STEPHEN = date(2026, 12, 26)


def _notes(tab) -> dict:
    return {day: column.note.text() for day, column in zip(tab.days(), tab.week.columns) if column.note.text()}


@pytest.mark.parametrize("postcode, country, local", [
    ("67000", "FR", True), ("57 000", "FR", True), ("68100", "", True),  # Strasbourg, Metz, Mulhouse
    ("69004", "FR", False), ("6700", "BE", False), ("67000", "DE", False), ("", "FR", False), ("6700x", "FR", False),
])
def test_the_postcode_says_whether_the_two_days_are_holidays(store, postcode, country, local):
    store.shop.save(ShopCard(name="Fleurs de Lise", postcode=postcode, country=country))
    assert store.shop.alsace_moselle() is local


def test_the_owners_choice_wins_over_the_postcode(store):
    store.shop.save(ShopCard(name="Fleurs de Lise", postcode="67000"))
    store.settings.set("alsace_moselle", False)
    assert store.shop.alsace_moselle() is False
    store.shop.save(ShopCard(name="Boulangerie Léa", postcode="69004"))
    store.settings.set("alsace_moselle", True)
    assert store.shop.alsace_moselle() is True


def test_the_week_shows_26_december_once_the_postcode_is_in_strasbourg(tab, store, bus):
    tab.show_week(ST_STEPHEN)
    assert ST_STEPHEN not in _notes(tab)
    store.shop.save(replace(store.shop.get(), name="Fleurs de Lise", postcode="67000", city="Strasbourg"))
    bus.publish(Change(Area.STRATEGY, ("shop",)), None)  # as the strategy tab tells the others
    assert ST_STEPHEN in _notes(tab)


def test_preferences_show_the_box_ticked_for_a_strasbourg_shop(qtbot, store):
    store.shop.save(ShopCard(name="Fleurs de Lise", postcode="67000"))
    page = CalendarPage(store)
    qtbot.addWidget(page)
    assert page.alsace_moselle.isChecked()


def test_ok_in_preferences_is_no_choice_the_holidays_go_on_following_the_postcode(qtbot, store):
    """Attack 34c, F4: OK for another setting stored the box as the postcode had ticked it, for good."""
    store.shop.save(ShopCard(name="Fleurs de Lise", postcode="67000"))
    page = CalendarPage(store)
    qtbot.addWidget(page)
    page.save(lambda: None)
    assert not store.settings.stored("alsace_moselle")
    store.shop.save(ShopCard(name="Fleurs de Lise", postcode="75011"))
    assert store.shop.alsace_moselle() is False


def test_unticking_the_box_for_a_strasbourg_shop_is_kept(qtbot, store):
    store.shop.save(ShopCard(name="Fleurs de Lise", postcode="67000"))
    page = CalendarPage(store)
    qtbot.addWidget(page)
    page.alsace_moselle.setChecked(False)
    page.save(lambda: None)
    assert store.shop.alsace_moselle() is False and store.settings.stored("alsace_moselle")


def test_the_printed_week_shows_the_holidays_the_screen_shows(tab, store):
    """Attack 34c, F5: the printed week (and its PDF) left Good Friday and 26 December out."""
    store.shop.save(replace(store.shop.get(), name="Fleurs de Lise", postcode="67000"))
    tab.show_week(ST_STEPHEN)
    painter = tab.files.painter()
    printed = {day for day, lines in painter.notes.items() if lines}
    assert ST_STEPHEN in printed and ST_STEPHEN in _notes(tab)
