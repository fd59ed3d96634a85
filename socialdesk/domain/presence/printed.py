"""The inventory of printed codes: what was printed, what it opens, where it lives, and what to reprint."""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

from socialdesk.domain.presence.listings import Listing, card_payload

PLACES = ("counter", "window", "door", "table 1")  # offered first (keys, shown translated); any other place typed
_PLACE_WORDS = {"counter": ("counter", "comptoir"), "window": ("window", "vitrine"), "door": ("door", "porte"),
                "table 1": ("table 1",)}  # the offered places as the window shows them, in English and French


class Kind:
    """Which of a listing's links a printed code carries, so it is compared with the same kind of link."""
    CARD = "card"  # the listing's card link (Google: its review link)
    PAGE = "page"  # the listing's own page
    DOOR = "door"  # a door sign: the Maps page of the Google listing, else a Maps search for the name and address


@dataclass(frozen=True)
class PrintedCode:
    printed_at: datetime
    template: str  # a CardTemplate value
    caption: str
    call_to_action: str
    payload: str  # what the code opens
    place: str = ""  # a key of PLACES, or the owner's own words ("table 3")
    listing_id: int | None = None  # the listing whose link it carries, when it carries one
    id: int | None = None
    kind: str = Kind.CARD
    retired_at: datetime | None = None  # taken down by the owner: no longer listed


@dataclass(frozen=True)
class Reprint:
    """One printed item to reprint or take down: every print of it at one place, the latest first."""
    codes: tuple[PrintedCode, ...]
    deleted: bool  # its listing is gone: take the code down

    @property
    def latest(self) -> PrintedCode:
        return self.codes[-1]


def place_key(place: str) -> str:
    """The place as stored: an offered place's key whatever its language or case, else the words as typed."""
    said = " ".join(place.split())
    for key, words in _PLACE_WORDS.items():
        if said.casefold() in words:
            return key
    return said


def same_place(place: str) -> str:
    """What two places are compared by: their key, casefolded, spaces collapsed."""
    return place_key(place).casefold()


_TRACKING_KEY = re.compile(r"(utm_.*|fbclid|gclid|msclkid|mc_eid|igshid|_ga)", re.IGNORECASE)


def same_link(url: str | None) -> str | None:
    """What two links to one page are compared by: scheme and host in lower case, no leading www., no trailing
    slash, no tracking tags (utm_…, fbclid…); anything not a web link as it is (None: no link)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    query = "&".join(field for field in parts.query.split("&")
                     if field and not _TRACKING_KEY.fullmatch(field.split("=", 1)[0]))
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/"), query, parts.fragment))


def listing_for_payload(payload: str, listings: Iterable[Listing]) -> int | None:
    """The listing whose card, page or review link is this payload, however it was typed (same_link), so a
    change of its link is noticed."""
    link = same_link(payload)
    for listing in listings:
        if listing.id is not None and link in (same_link(card_payload(listing)), same_link(listing.page_url())):
            return listing.id
    return None


def kind_of(payload: str, template: str, listings: Iterable[Listing]) -> str:
    """The kind of link a code carries when printed: a door sign's, a listing's page, else its card link."""
    if template.startswith("door"):
        return Kind.DOOR
    link = same_link(payload)
    for listing in listings:
        if link == same_link(listing.page_url()) and link != same_link(card_payload(listing)):
            return Kind.PAGE
    return Kind.CARD


def current_target(code: PrintedCode, listings: dict[int, Listing], door_target: str | None) -> str | None:
    """What a code of this kind would carry if printed today (None: nothing, its listing is gone)."""
    if code.kind == Kind.DOOR:
        return door_target
    listing = listings.get(code.listing_id)
    if listing is None:
        return None
    return listing.page_url() if code.kind == Kind.PAGE else card_payload(listing)


def to_reprint(printed: Iterable[PrintedCode], listings: Iterable[Listing],
               door_target: str | None = None) -> list[Reprint]:
    """Printed items whose target is no longer what they carry, one per (template, kind, listing, place), oldest
    first; a print there with today's target after them, or the owner taking them down, is done with them."""
    by_id = {listing.id: listing for listing in listings}
    codes = sorted(printed, key=lambda code: code.printed_at)
    groups: dict[tuple, list[PrintedCode]] = {}
    for code in codes:
        if code.retired_at is not None or (code.listing_id is None and code.kind != Kind.DOOR):
            continue
        target = current_target(code, by_id, door_target)
        key = (code.template, code.kind, code.listing_id, same_place(code.place))
        if target is not None and same_link(code.payload) == same_link(target):
            groups.pop(key, None)  # reprinted with today's link: the earlier stale ones are replaced
        else:
            groups.setdefault(key, []).append(code)
    return [Reprint(tuple(found), found[-1].kind != Kind.DOOR and found[-1].listing_id not in by_id)
            for found in groups.values()]


def where_they_are(printed: Iterable[PrintedCode]) -> list[tuple[str, list[PrintedCode]]]:
    """Printed codes still up, by place (as first written; "" for a place not said), in the order first used."""
    places: dict[str, tuple[str, list[PrintedCode]]] = {}
    for code in sorted(printed, key=lambda code: code.printed_at):
        if code.retired_at is None:
            places.setdefault(same_place(code.place), (place_key(code.place), []))[1].append(code)
    return list(places.values())
