"""A door sign's code: the shop's place on Google Maps (its listing's page, else a Maps search for its name and address)."""

from socialdesk.domain.cards import CardItem
from socialdesk.domain.presence.links import google_maps_link
from socialdesk.domain.presence.listings import CardWords, Listing
from socialdesk.domain.presence.platform_keys import GOOGLE_KEY
from socialdesk.domain.presence.platforms import CardWording
from socialdesk.domain.shop import ShopCard

MAPS_NAME = "Google Maps"  # what customers call it; the owner's "Google Business Profile" is never printed


def door_card(listings: list[Listing], shop: ShopCard, words: CardWords | None = None) -> CardItem | None:
    """The Google listing's own page when it has one, else a Maps search for the shop's name and address;
    None when neither is known."""
    said = words(CardWording.FIND, MAPS_NAME) if words else ""
    for listing in listings:
        if listing.platform_key == GOOGLE_KEY and listing.page_url():
            return CardItem(listing.page_url(), MAPS_NAME, said)
    where = ", ".join(part for part in (shop.name.strip(), shop.address.strip(),
                                        " ".join(p for p in (shop.postcode.strip(), shop.city.strip()) if p)) if part)
    if not shop.name.strip() or not shop.address.strip():
        return None
    return CardItem(google_maps_link(where), MAPS_NAME, said)
