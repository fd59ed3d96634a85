"""The shop card's phone on the consistency page: as customers at home write it, then international."""

from datetime import date

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.presence.tab import PresenceTab


def _card_text(qtbot, store, bus, phone, country):
    seed_demo(store, date(2026, 11, 26))
    card = store.shop.get()
    card.phone, card.country = phone, country
    store.shop.save(card)
    tab = PresenceTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    return tab.consistency.card_label.text()


def test_a_moroccan_shop_sees_its_number_in_both_forms(qtbot, store, bus):
    text = _card_text(qtbot, store, bus, "0522222222", "MA")
    assert "05 22 22 22 22 (+212 5 22 22 22 22)" in text  # was only "0522222222", unread


def test_a_french_number_typed_in_one_block_shows_in_pairs(qtbot, store, bus):
    text = _card_text(qtbot, store, bus, "0478000000", "FR")
    assert "04 78 00 00 00 (+33 4 78 00 00 00)" in text
