"""Printing plain codes (no logo) no longer draws and reads every page a second time: nothing there could change."""

from qr_helpers import make_logo

from socialdesk.domain.cards import CardItem
from socialdesk.domain.card_template import CardTemplate
from socialdesk.ui.printing import page_check
from socialdesk.ui.printing.card_style import CardStyle
from socialdesk.ui.printing.cards import check_cards


def _items(count: int) -> list[CardItem]:
    return [CardItem(f"https://boulangerie-lea.example/carte/page-{n:02d}", caption="Google") for n in range(count)]


def _pages_drawn(monkeypatch) -> list[bool]:
    drawn = []
    original = page_check._page_image
    monkeypatch.setattr(page_check, "_page_image", lambda *args: drawn.append(True) or original(*args))
    return drawn


def test_thirty_plain_cards_are_not_drawn_again_and_keep_their_checked_codes(qapp, monkeypatch):
    """Issue 19: 30 A6 cards without a logo spent 3.7 s here (60 pages drawn at 150 dpi, read twice each)."""
    template, items = CardTemplate("a6"), _items(30)
    checked = check_cards(template, items)
    drawn = _pages_drawn(monkeypatch)
    assert page_check.check_pages(template, items, "Boulangerie Léa", 1, CardStyle(), checked) == checked
    assert drawn == []


def test_cards_with_the_logo_are_still_read_on_their_printed_pages(qapp, monkeypatch):
    template, items, style = CardTemplate("a6"), _items(2), CardStyle(logo=make_logo())
    checked = check_cards(template, items, style=style)
    drawn = _pages_drawn(monkeypatch)
    page_check.check_pages(template, items, "Boulangerie Léa", 1, style, checked)
    assert len(drawn) == 2 * len(page_check.PHASES)
