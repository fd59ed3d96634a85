"""The inventory of printed codes: what was printed, what it opens, where it lives, and what to reprint."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from socialdesk.domain.presence.listings import Listing, card_payload

PLACES = ("counter", "window", "door", "table")  # offered first; the owner may type any other place


@dataclass(frozen=True)
class PrintedCode:
    printed_at: datetime
    template: str  # a CardTemplate value
    caption: str
    call_to_action: str
    payload: str  # what the code opens
    place: str = ""  # "counter", "table 3", "door"… as the owner said it
    listing_id: int | None = None  # the listing whose link it carries, when it carries one
    id: int | None = None


def listing_for_payload(payload: str, listings: Iterable[Listing]) -> int | None:
    """The listing whose card, page or review link is this payload (so a change of its link is noticed)."""
    for listing in listings:
        if listing.id is not None and payload in (card_payload(listing), listing.page_url()):
            return listing.id
    return None


def to_reprint(printed: Iterable[PrintedCode], listings: Iterable[Listing]) -> list[PrintedCode]:
    """Printed codes whose listing's link has changed (or whose listing is gone), oldest first; a code
    printed again at the same place with the listing's new link is done with."""
    current = {listing.id: card_payload(listing) for listing in listings}
    codes = sorted(printed, key=lambda code: code.printed_at)
    done = {(code.listing_id, code.place.casefold()) for code in codes
            if code.listing_id in current and code.payload == current[code.listing_id]}
    return [code for code in codes if code.listing_id is not None
            and code.payload != current.get(code.listing_id)
            and (code.listing_id, code.place.casefold()) not in done]


def where_they_are(printed: Iterable[PrintedCode]) -> list[tuple[str, list[PrintedCode]]]:
    """Printed codes by place, in the order the places were first used ("" for a place not said)."""
    places: dict[str, list[PrintedCode]] = {}
    for code in sorted(printed, key=lambda code: code.printed_at):
        places.setdefault(code.place.strip(), []).append(code)
    return list(places.items())
