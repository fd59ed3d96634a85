"""Links for buttons and QR codes: Google review and Maps links, Apple Maps, listing URL shapes."""

import re
from dataclasses import dataclass
from enum import Enum
from urllib.parse import parse_qs, quote_plus, unquote, urlencode, urlsplit

from socialdesk.domain.presence.contact_card import vcard_payload
from socialdesk.domain.presence.platforms import PLATFORMS, is_platform_key, platform
from socialdesk.domain.shop import ShopCard

GOOGLE_REVIEW = "https://search.google.com/local/writereview?placeid={place_id}"
_PLACE_ID = re.compile(r"^[A-Za-z0-9_-]{20,400}$")


class GoogleIdKind(str, Enum):
    """What a pasted Google identifier or link turned out to be."""

    EMPTY = "empty"
    PLACE_ID = "place_id"  # the real thing (usually starts ChIJ)
    PLACE_ID_IN_URL = "place_id_in_url"  # a URL that carries one: extracted
    SHORT_REVIEW_LINK = "short_review_link"  # g.page/r/<code>/review: usable as it is
    CID = "cid"  # a number from a Maps link (?cid=…): not a Place ID
    FEATURE_ID = "feature_id"  # 0x…:0x… from a Maps URL: not a Place ID
    MAPS_URL = "maps_url"  # a google.com/maps/place/… link without a Place ID
    SHORT_LINK = "short_link"  # g.page/<name>, maps.app.goo.gl/…: cannot be resolved offline
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class GoogleId:
    kind: GoogleIdKind
    place_id: str = ""  # set for PLACE_ID and PLACE_ID_IN_URL
    review_url: str = ""  # set when a review link can be built or was pasted
    unusual: bool = False  # a Place ID that does not start with ChIJ (addresses, areas)

    @property
    def usable(self) -> bool:
        return bool(self.review_url)


def is_place_id(text: str) -> bool:
    """The shape of a Place ID: 20+ URL-safe base64 characters, not only digits."""
    return bool(_PLACE_ID.match(text or "")) and not text.isdigit()


def review_link(place_id: str) -> str:
    """Google's review form for a Place ID; ValueError when the text is not shaped like one."""
    cleaned = (place_id or "").strip()
    if not is_place_id(cleaned):
        raise ValueError("not a Place ID")
    return GOOGLE_REVIEW.replace("{place_id}", cleaned)


def _from_place_id(place_id: str, kind: GoogleIdKind) -> GoogleId:
    return GoogleId(kind, place_id, review_link(place_id), unusual=not place_id.startswith("ChIJ"))


def _place_id_in_query(parts) -> str:
    query = parse_qs(parts.query)
    for key in ("placeid", "place_id", "query_place_id"):
        for value in query.get(key, ()):
            if is_place_id(value):
                return value
    found = re.search(r"place_id:([A-Za-z0-9_-]{20,})", unquote(parts.path + "?" + parts.query))
    return found.group(1) if found else ""


def _split(url: str):
    """urlsplit, or None for text it cannot read (an unbalanced "[")."""
    try:
        return urlsplit(url)
    except ValueError:
        return None


def _recognise_url(text: str) -> GoogleId:
    parts = _split(text if "://" in text else "https://" + text)
    if parts is None:
        return GoogleId(GoogleIdKind.UNKNOWN)
    host = (parts.hostname or "").lower()
    place_id = _place_id_in_query(parts)
    if place_id:
        return _from_place_id(place_id, GoogleIdKind.PLACE_ID_IN_URL)
    if host == "g.page" and re.fullmatch(r"/r/[A-Za-z0-9_-]+/review/?", parts.path):
        return GoogleId(GoogleIdKind.SHORT_REVIEW_LINK, review_url="https://g.page" + parts.path.rstrip("/"))
    if host in ("g.page", "goo.gl", "maps.app.goo.gl", "g.co"):
        return GoogleId(GoogleIdKind.SHORT_LINK)
    if "cid" in parse_qs(parts.query):
        return GoogleId(GoogleIdKind.CID)
    if "google." in host and "/maps" in parts.path:
        return GoogleId(GoogleIdKind.MAPS_URL)
    return GoogleId(GoogleIdKind.UNKNOWN)


def recognise_google_id(text: str) -> GoogleId:
    """Tell a Place ID from the things people paste instead (CID, Maps URL, short links)."""
    cleaned = (text or "").strip()
    if not cleaned:
        return GoogleId(GoogleIdKind.EMPTY)
    if re.fullmatch(r"\d{6,20}", cleaned):
        return GoogleId(GoogleIdKind.CID)
    if re.fullmatch(r"0x[0-9a-fA-F]+:0x[0-9a-fA-F]+", cleaned):
        return GoogleId(GoogleIdKind.FEATURE_ID)
    if "/" in cleaned or "." in cleaned:
        return _recognise_url(cleaned)
    if is_place_id(cleaned):
        return _from_place_id(cleaned, GoogleIdKind.PLACE_ID)
    return GoogleId(GoogleIdKind.UNKNOWN)


def google_maps_link(query: str, place_id: str = "") -> str:
    """A Maps search link; the Place ID pins the exact place but never works without a query."""
    if not (query or "").strip():
        raise ValueError("a Maps link needs a query (name and address)")
    params = {"api": "1", "query": query.strip()}
    if place_id.strip():
        if not is_place_id(place_id.strip()):
            raise ValueError("not a Place ID")
        params["query_place_id"] = place_id.strip()
    return "https://www.google.com/maps/search/?" + urlencode(params, quote_via=quote_plus)


def apple_maps_link(label: str, address: str) -> str:
    """An Apple Maps link that drops a pin labelled with the shop's name at its address."""
    if not (address or "").strip():
        raise ValueError("an Apple Maps link needs an address")
    params = {"q": (label or "").strip() or address.strip(), "address": address.strip()}
    return "https://maps.apple.com/?" + urlencode(params, quote_via=quote_plus)


# What a good listing URL looks like, per platform (see DOMAIN.md "Links"): from the catalogue.
_URL_SHAPES: dict[str, re.Pattern] = {p.key: re.compile(p.page_path) for p in PLATFORMS if p.page_path}


class UrlShape(str, Enum):
    OK = "ok"
    WRONG_SITE = "wrong_site"  # the host is not the platform's
    UNEXPECTED_PATH = "unexpected_path"  # e.g. a Yelp search page instead of /biz/<alias>
    UNCHECKED = "unchecked"  # custom listing, or no rule for this platform


def url_shape(platform_key: str, url: str) -> UrlShape:
    """Whether a listing URL looks like the platform's page for a business."""
    if not is_platform_key(platform_key) or not url:
        return UrlShape.UNCHECKED
    hosts = platform(platform_key).url_hosts
    parts = _split(url)
    if parts is None:
        return UrlShape.WRONG_SITE
    host = (parts.hostname or "").lower()
    if hosts and not any(host == h or host.endswith("." + h) for h in hosts):
        return UrlShape.WRONG_SITE
    rule = _URL_SHAPES.get(platform_key)
    if rule is None:
        return UrlShape.UNCHECKED
    return UrlShape.OK if rule.match(parts.path or "/") else UrlShape.UNEXPECTED_PATH


# What a review link looks like, per platform that allows asking for reviews: from the catalogue.
_REVIEW_SHAPES: dict[str, re.Pattern] = {p.key: re.compile(p.review_url) for p in PLATFORMS if p.review_url}


def review_url_shape(platform_key: str, url: str) -> UrlShape:
    """Whether a review link looks like the platform's review form (DOMAIN.md "Links")."""
    rule = _REVIEW_SHAPES.get(platform_key)
    if rule is None or not url:
        return UrlShape.UNCHECKED
    return UrlShape.OK if rule.match(url) else UrlShape.UNEXPECTED_PATH


def shop_vcard(card: ShopCard) -> str:
    """The shop's vCard: the one builder the QR designer uses too (socialdesk.qr.payloads)."""
    return vcard_payload(card)
