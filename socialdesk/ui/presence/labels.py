"""The presence tab's words for the domain's and the qr package's codes: listings, links, QR codes."""

from datetime import date

from PySide6.QtCore import QDate, QLocale

from socialdesk.domain.presence.links import GoogleIdKind, UrlShape
from socialdesk.domain.presence.listings import Listing, ListingStatus, card_wording
from socialdesk.domain.presence.platforms import CardWording
from socialdesk.domain.presence.nap import FieldState
from socialdesk.domain.urls import UrlProblem
from socialdesk.qr.colours import ColourProblem, shown_ratio
from socialdesk.qr.logo import LogoProblem
from socialdesk.qr.payloads import PayloadProblem
from socialdesk.qr.verify import Reason, UrlWarning
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill

LISTING_STATUSES = Labels("PresenceWords", {  # a listing's claim
    ListingStatus.TO_CLAIM: "To claim",
    ListingStatus.CLAIMED: "Claimed",
    ListingStatus.VERIFIED: "Verified",
    ListingStatus.NOT_RELEVANT: "Not relevant",
})

FIELD_STATES = Labels("PresenceWords", {  # one field against the shop card
    FieldState.MATCH: "Agrees",
    FieldState.DIFFERENT: "Differs",
    FieldState.NOT_RECORDED: "Not noted",
    FieldState.NO_REFERENCE: "Not on the shop card",
    FieldState.UNREADABLE: "Not a phone number",
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
})

PAYLOAD_PROBLEMS = Labels("QrWords", {  # a code's content refused
    PayloadProblem.EMPTY: "Type the text to put in the code.",
    PayloadProblem.NO_SSID: "Type the Wi-Fi network's name.",
    PayloadProblem.NO_PASSWORD: "A protected network needs its password (or choose “No password”).",
    PayloadProblem.EMPTY_CARD: "The shop card has no name yet: fill it in the Strategy tab.",
    PayloadProblem.WEP_KEY: "A WEP key has 5 or 13 characters, or 10 or 26 hexadecimal digits. WEP is outdated: switch your internet router to WPA2 if you can.",
})

COLOUR_PROBLEMS = Labels("QrWords", {  # %1: contrast, %2: the colour typed
    ColourProblem.UNKNOWN: "SocialDesk cannot read the colour “%2”; type a colour code such as #1a6b3c.",
    ColourProblem.TRANSPARENT: "\u201c%2\u201d is transparent: a printed code needs solid colours.",
    ColourProblem.INVERTED: "Light code on a dark background: many phones cannot read inverted codes. Use a dark code on a light background.",
    ColourProblem.LOW_CONTRAST: "The two colours are too close (contrast %1:1, at least 4:1 is needed). Darken the code or lighten the background.",
})

LOGO_PROBLEMS = Labels("QrWords", {  # a logo file refused
    LogoProblem.UNREADABLE: "The logo file cannot be read.",
    LogoProblem.NOT_AN_IMAGE: "This file is not an image SocialDesk can read (use PNG or JPEG).",
    LogoProblem.TOO_BIG: "This image is too large; use a smaller logo file.",
    LogoProblem.TOO_SMALL: "This image is too small to be seen.",
})

SCAN_REASONS = Labels("QrWords", {  # why a code does not scan
    Reason.TOO_SMALL: "too small: under 2 cm, phones struggle to focus",
    Reason.TOO_DENSE: "too dense: too much data for this size",
    Reason.CONTRAST: "contrast: the colours are too close to read reliably",
    Reason.LOGO: "logo: it hides too much of the code",
    Reason.SECOND_READER: "logo: this computer lacks zbar, the second reader that checks codes with a logo",
    Reason.UNREADABLE: "the reader did not get the exact content back",
})

SCAN_ADVICE = Labels("QrWords", {  # what to do about it; %1: millimetres
    Reason.TOO_SMALL: "Make it at least %1 mm wide.",
    Reason.TOO_DENSE: "Make it at least %1 mm wide, or use a shorter link.",
    Reason.CONTRAST: "Use a darker code colour or a lighter background.",
    Reason.LOGO: "Remove the logo or use a simpler one.",
    Reason.SECOND_READER: "Remove the logo to print a checked code.",
    Reason.UNREADABLE: "Use black on white, a bigger size, or shorter content.",
})

URL_WARNINGS = Labels("QrWords", {  # a link that prints badly
    UrlWarning.SHORTENER: "Short links from a third party can expire or change; a printed code cannot.",
    UrlWarning.TEMPORARY: "This link looks temporary; a printed code cannot be changed later.",
    UrlWarning.TRACKING: "Tracking parameters (utm_…) make the code denser; remove them if you can.",
    UrlWarning.LONG: "A long link makes a dense code; prefer a short, stable address.",
})

WORDS = Labels("PresenceWords", {  # single sentences, keyed by where they show
    "never": "Never",
    "not_chij": "It does not start with ChIJ, so it may point to an address or an area rather than "
                "your shop: check that the link opens your shop's page.",
    "review_rule": "Google's rule: ask every customer, never only the happy ones, "
                   "and never reward reviews (no discount, no gift, no draw).",
    "yelp_rule": "Yelp forbids asking for reviews: its cards say “Find us on Yelp”.",
})

QR_WORDS = Labels("QrWords", {  # %1: the most letters, %2: how many there are
    "caption_too_long": "The caption is too long for one line under this code: at most %1 letters (it has %2). "
                        "Shorten it or make the code bigger.",
    "call_to_action_too_long": "The headline is too long for one line under this code: at most %1 letters (it "
                               "has %2). Shorten it or make the code bigger.",
    "too_long_with_logo": "Too long for a QR code with a logo: remove the logo or shorten the content.",
    "too_long": "Too long for a QR code: shorten the link or the text.",
    # a caption naming a web address: %1 the word, %2 the code's own address
    "caption_other_address": "\u201c%1\u201d is not the address this code opens (%2): leave the caption empty to "
                             "print the code's own address, or use words such as \u201cScan me\u201d.",
    "caption_no_address": "\u201c%1\u201d looks like a web address, but this code opens none: use words such as "
                          "\u201cScan me\u201d.",
    "address_left_off": "The code's address is too long to print on one line under it: none is printed (the code "
                        "itself is complete). Make the code bigger to print it.",
})


def date_text(day: date | None) -> str:
    if day is None:
        return WORDS["never"]
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def google_id_text(kind: GoogleIdKind, unusual: bool = False) -> str:
    """What a pasted Google identifier is, and what to do about it."""
    return GOOGLE_IDS[kind] + (" " + WORDS["not_chij"] if unusual else "")


def colour_problem_text(problem: ColourProblem, ratio: float | None = None, value: str = "") -> str:
    """`value`: the colour refused as typed (UNKNOWN, TRANSPARENT); `ratio`: the pair's contrast."""
    return fill(COLOUR_PROBLEMS[problem], shown_ratio(ratio or 0.0), " ".join(value.split()))


def advice_text(reason: Reason, minimum_mm: float) -> str:
    return fill(SCAN_ADVICE[reason], f"{minimum_mm:g}")


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
