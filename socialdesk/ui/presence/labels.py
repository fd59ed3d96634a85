"""The presence tab's words for the domain's codes: listings, links, printed calls to action.

The QR designer's words are in qr_labels, the comparison's in consistency_labels: each loads with its page."""

from datetime import date

from PySide6.QtCore import QDate, QLocale

from socialdesk.domain.presence.links import GoogleIdKind, UrlShape
from socialdesk.domain.presence.listings import Listing, ListingStatus, card_wording
from socialdesk.domain.presence.platforms import CardWording
from socialdesk.domain.urls import UrlProblem
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill

LISTING_STATUSES = Labels("PresenceWords", {  # a listing's claim
    ListingStatus.TO_CLAIM: "To claim",
    ListingStatus.CLAIMED: "Claimed",
    ListingStatus.VERIFIED: "Verified",
    ListingStatus.NOT_RELEVANT: "Not relevant",
})

GOOGLE_IDS = Labels("PresenceWords", {  # what a pasted Google identifier is
    GoogleIdKind.EMPTY: "Paste your Place ID (it usually starts with ChIJ).",
    GoogleIdKind.PLACE_ID: "This is a Place ID: the review link below is ready.",
    GoogleIdKind.PLACE_ID_IN_URL: "This link contains a Place ID; SocialDesk took it out and built the review link.",
    GoogleIdKind.SHORT_REVIEW_LINK: "This is the short review link from your profile's “Ask for reviews”: it can be used as it is.",
    GoogleIdKind.CID: "This is a CID (a customer number from a Maps link), not a Place ID. Google's review form needs the Place ID: find it with Google's Place ID Finder, or copy the review link from your profile's “Ask for reviews” button.",
    GoogleIdKind.FEATURE_ID: "This is a Maps feature number (0x…:0x…), not a Place ID. Use Google's Place ID Finder, or the link from your profile's “Ask for reviews” button.",
    GoogleIdKind.MAPS_URL: "This is a Google Maps page link; it does not contain the Place ID. Use Google's Place ID Finder, or the link from your profile's “Ask for reviews” button.",
    GoogleIdKind.SHORT_LINK: "This is a short link; SocialDesk works offline and cannot see where it leads. Paste the Place ID, or the g.page/r/…/review link from “Ask for reviews”.",
    GoogleIdKind.UNKNOWN: "This does not look like a Place ID (20 or more letters, digits, - or _, usually starting with ChIJ).",
})

URL_SHAPES = Labels("PresenceWords", {  # a listing's address on its platform
    UrlShape.OK: "",
    UrlShape.UNCHECKED: "",
    UrlShape.WRONG_SITE: "This link is not on this platform's website.",
    UrlShape.UNEXPECTED_PATH: "This link does not look like a business page on this platform (a search or a post?). Copy the address of the page itself.",
})

URL_PROBLEMS = Labels("PresenceWords", {  # a refused web address
    UrlProblem.EMPTY: "Type or paste a web address.",
    UrlProblem.SCHEME: "Only web links (http or https) are allowed; other kinds, such as javascript:, could harm the person who opens them.",
    UrlProblem.NO_HOST: "This address has no website name (like example.com).",
    UrlProblem.CONTROL_CHARACTERS: "This address contains invisible control characters.",
    UrlProblem.USER_INFO: "This address hides a name before an @ sign: links like that are used to disguise where they lead.",
    UrlProblem.TOO_LONG: "This address is too long for a QR code that scans well.",
    UrlProblem.PHONE_ACTION: "A code starting with tel:, mailto:, sms: or the like makes the phone that scans it call "
                             "or write at once: write the number or address as plain text (“Tel: 04 78 00 00 00”).",
    UrlProblem.WORD_AND_COLON: "Text that starts with a word and a colon with no space after it (“Hours:9-7”) "
                               "reads as a link on a phone: put a space after the colon.",
})

WORDS = Labels("PresenceWords", {  # single sentences, keyed by where they show
    "never": "Never",
    "not_chij": "It does not start with ChIJ, so it may point to an address or an area rather than "
                "your shop: check that the link opens your shop's page.",
    "review_rule": "Google's rule: ask every customer, never only the happy ones, "
                   "and never reward reviews (no discount, no gift, no draw).",
    "review_rule_elsewhere": "Ask every customer, never only the happy ones, and never reward reviews (no "
                             "discount, no gift, no draw): Google forbids both, and it is the safe rule everywhere.",
    "yelp_rule": "Yelp forbids asking for reviews: its cards say “Find us on Yelp”.",
})

def date_text(day: date | None) -> str:
    if day is None:
        return WORDS["never"]
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def google_id_text(kind: GoogleIdKind, unusual: bool = False) -> str:
    """What a pasted Google identifier is, and what to do about it."""
    return GOOGLE_IDS[kind] + (" " + WORDS["not_chij"] if unusual else "")


CALLS_TO_ACTION = Labels("CardWords", {  # printed on a listing's QR card; %1: the platform ("Google")
    CardWording.REVIEW: "Leave us a review on %1",
    CardWording.FIND: "Find us on %1",
    CardWording.FOLLOW: "Follow us on %1",
})


def card_words(wording: CardWording, name: str) -> str:
    """The sentence a card prints, in the interface's language (the storage's cards take it as `words`)."""
    return fill(CALLS_TO_ACTION[wording], name)


def call_to_action(listing: Listing) -> str:
    return card_words(card_wording(listing), listing.short_name)
