"""How printed cards look (colours, logo, font, layout) and what some templates need besides the codes."""

from dataclasses import dataclass, replace

from socialdesk.domain.cards import CardItem
from socialdesk.domain.shop import ShopCard
from socialdesk.qr.logo import Logo



@dataclass(frozen=True)
class CardStyle:
    foreground: str = "#000000"
    background: str = "#ffffff"
    logo: Logo | None = None
    ec: str | None = None
    font: str = "sans"  # domain/brand.py FONTS
    layout: str = "plain"  # domain/brand.py LAYOUTS

    def headline(self, group: list[CardItem]) -> bool:
        """The "large headline" style, for a card of one code that has a headline."""
        return self.layout == "headline" and len(group) == 1 and bool(group[0].call_to_action)

    def for_sheet(self, sheet) -> "CardStyle":
        """A door sign's code always under its call to action in large letters, read from the street."""
        return replace(self, layout="headline") if sheet.content == "door" else self


@dataclass(frozen=True)
class Extra:
    """What some templates need besides the codes: the label product (`stock`, its code on the box), the
    shop card (business cards, door signs), a door sign's closure line and the coming days it announces."""

    stock: str | None = None
    shop: ShopCard | None = None
    closure: str = ""
    coming: tuple[str, ...] = ()
