"""One listing of the shop on a platform: its status, what it displays, when it was checked."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote

from socialdesk.domain.cards import CardItem
from socialdesk.domain.presence.listing_status import STALE_AFTER, ListingStatus
from socialdesk.domain.presence.platform_keys import GOOGLE_KEY
from socialdesk.domain.presence.platforms import (
    CUSTOM_KEY, CardWording, Platform, is_platform_key, platform,
)
from socialdesk.domain.urls import UrlRefused, safe_http_url

@dataclass
class Listing:
    platform_key: str  # a catalogue key or CUSTOM_KEY
    custom_name: str = ""  # the name of a custom listing (e.g. "Cityvox")
    status: ListingStatus = ListingStatus.TO_CLAIM
    url: str = ""
    handle: str = ""  # the brand name reserved there
    nap_name: str = ""  # name, address and phone as the listing displays them
    nap_address: str = ""
    nap_phone: str = ""
    nap_hours: str = ""  # the opening hours the listing shows, as the owner typed them (optional)
    last_checked: date | None = None
    notes: str = ""
    print_card: bool = False  # the owner wants a QR card for it
    review_url: str = ""  # a review link (Google: from the Place ID), used on review cards
    id: int | None = None
    position: int = 0

    @property
    def platform(self) -> Platform | None:
        return platform(self.platform_key) if is_platform_key(self.platform_key) else None

    @property
    def name(self) -> str:
        found = self.platform
        return found.name if found is not None else self.custom_name

    @property
    def short_name(self) -> str:
        found = self.platform
        return found.short_name if found is not None else self.custom_name

    @property
    def is_custom(self) -> bool:
        return self.platform_key == CUSTOM_KEY

    def is_stale(self, today: date) -> bool:
        """Never checked, or checked more than 90 days ago (not relevant listings never are)."""
        if self.status is ListingStatus.NOT_RELEVANT:
            return False
        return self.last_checked is None or today - self.last_checked > STALE_AFTER

    def page_url(self) -> str | None:
        """The listing's page as a safe http(s) URL: the URL typed, else one made from the handle."""
        for candidate in (self.url, self.url_from_handle()):
            if candidate:
                try:
                    return safe_http_url(candidate)
                except UrlRefused:
                    continue
        return None

    def reviews_url(self) -> str | None:
        """Where the listing's reviews are read and answered: its page, or the page's reviews tab when the
        platform has one (Facebook's /reviews, DOMAIN.md "Links")."""
        url = self.page_url()
        tab = self.platform.reviews_tab if url and self.platform is not None else ""
        if not tab or url.split("?")[0].rstrip("/").endswith(tab):
            return url
        return url.split("?")[0].rstrip("/") + tab

    def url_from_handle(self) -> str:
        found = self.platform
        handle = self.handle.strip().lstrip("@")
        if found is None or not found.profile_url or not handle or any(c in handle for c in "/?#& "):
            return ""
        return found.profile_url.replace("{handle}", handle)


def card_wording(listing: Listing) -> CardWording:
    """Review wording only with a review link on a platform that allows asking (never Yelp)."""
    found = listing.platform
    if found is None:
        return CardWording.FIND
    if found.reviews_may_be_asked and listing.review_url.strip():
        return CardWording.REVIEW
    return found.wording


def card_payload(listing: Listing) -> str | None:
    """The text its QR code carries: the review link on review cards, else the page URL."""
    if card_wording(listing) is CardWording.REVIEW:
        try:
            return safe_http_url(listing.review_url)
        except UrlRefused:
            return None
    return listing.page_url()


def review_listing(listings: list[Listing]) -> Listing | None:
    """The listing a first review card is for: Google's when it has a review link, else the first that has one
    (never a platform that forbids asking, nor a link that is not a safe web address)."""
    asking = [listing for listing in listings
              if card_wording(listing) is CardWording.REVIEW and card_payload(listing) is not None]
    return next((listing for listing in asking if listing.platform_key == GOOGLE_KEY), asking[0] if asking else None)


def short_display_url(url: str) -> str:
    """The URL printed small under a code: no scheme, no leading www., no trailing slash."""
    shown = unquote(url.split("://", 1)[-1])
    if shown.startswith("www."):
        shown = shown[4:]
    return shown.rstrip("/")


# The sentence a card prints for a wording and the platform's short name: the words are the UI's
# (ui/presence/labels.call_to_action), so translators reach them.
CardWords = Callable[[CardWording, str], str]


def card_for_listing(listing: Listing, words: CardWords | None = None) -> CardItem | None:
    """The printed card of a listing, or None when it has no usable link; without `words`, no call to action."""
    payload = card_payload(listing)
    if payload is None:
        return None
    wording = card_wording(listing)
    said = words(wording, listing.short_name) if words else ""
    # the customer's word ("Google"), never the owner's product name ("Google Business Profile")
    return CardItem(payload=payload, caption=listing.short_name, call_to_action=said,
                    unlike_review_form=wording is CardWording.REVIEW and _unlike_review_form(listing, payload))


def _unlike_review_form(listing: Listing, link: str) -> bool:
    """The listing form's warning, for the printed card (attack 41, L3: a Facebook review card over a
    Google review link, printed without a word)."""
    from socialdesk.domain.presence.links import UrlShape, review_url_shape  # its patterns: not at start-up

    return review_url_shape(listing.platform_key, link) is UrlShape.UNEXPECTED_PATH
