"""The words the presence tab shows for the domain's codes (statuses, checks, Google IDs)."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from socialdesk.domain.presence.links import GoogleIdKind, UrlShape
from socialdesk.domain.presence.listings import ListingStatus
from socialdesk.domain.presence.nap import FieldState
from socialdesk.domain.urls import UrlProblem


def status_text(status: ListingStatus) -> str:
    return {
        ListingStatus.TO_CLAIM: QCoreApplication.translate("PresenceWords", "To claim"),
        ListingStatus.CLAIMED: QCoreApplication.translate("PresenceWords", "Claimed"),
        ListingStatus.VERIFIED: QCoreApplication.translate("PresenceWords", "Verified"),
        ListingStatus.NOT_RELEVANT: QCoreApplication.translate("PresenceWords", "Not relevant"),
    }[status]


def field_state_text(state: FieldState) -> str:
    return {
        FieldState.MATCH: QCoreApplication.translate("PresenceWords", "Agrees"),
        FieldState.DIFFERENT: QCoreApplication.translate("PresenceWords", "Differs"),
        FieldState.NOT_RECORDED: QCoreApplication.translate("PresenceWords", "Not noted"),
        FieldState.NO_REFERENCE: QCoreApplication.translate("PresenceWords", "Not on the shop card"),
        FieldState.UNREADABLE: QCoreApplication.translate("PresenceWords", "Not a phone number"),
    }[state]


def date_text(day: date | None) -> str:
    if day is None:
        return QCoreApplication.translate("PresenceWords", "Never")
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def google_id_text(kind: GoogleIdKind, unusual: bool = False) -> str:
    """What a pasted Google identifier is, and what to do about it."""
    texts = {
        GoogleIdKind.EMPTY: QCoreApplication.translate("PresenceWords", "Paste your Place ID (it usually starts with ChIJ)."),
        GoogleIdKind.PLACE_ID: QCoreApplication.translate("PresenceWords", "This is a Place ID: the review link below is ready."),
        GoogleIdKind.PLACE_ID_IN_URL: QCoreApplication.translate("PresenceWords", "This link contains a Place ID; SocialDesk took it out and built the review link."),
        GoogleIdKind.SHORT_REVIEW_LINK: QCoreApplication.translate("PresenceWords", "This is the short review link from your profile's \"Ask for reviews\": "
                                           "it can be used as it is."),
        GoogleIdKind.CID: QCoreApplication.translate("PresenceWords", "This is a CID (a customer number from a Maps link), not a Place ID. Google's review "
                             "form needs the Place ID: find it with Google's Place ID Finder, or copy the review "
                             "link from your profile's \"Ask for reviews\" button."),
        GoogleIdKind.FEATURE_ID: QCoreApplication.translate("PresenceWords", "This is a Maps feature number (0x…:0x…), not a Place ID. Use Google's Place ID "
                                    "Finder, or the link from your profile's \"Ask for reviews\" button."),
        GoogleIdKind.MAPS_URL: QCoreApplication.translate("PresenceWords", "This is a Google Maps page link; it does not contain the Place ID. Use Google's "
                                  "Place ID Finder, or the link from your profile's \"Ask for reviews\" button."),
        GoogleIdKind.SHORT_LINK: QCoreApplication.translate("PresenceWords", "This is a short link; SocialDesk works offline and cannot see where it leads. "
                                    "Paste the Place ID, or the g.page/r/…/review link from \"Ask for reviews\"."),
        GoogleIdKind.UNKNOWN: QCoreApplication.translate("PresenceWords", "This does not look like a Place ID (20 or more letters, digits, - or _, "
                                 "usually starting with ChIJ)."),
    }
    text = texts[kind]
    if unusual:
        text += " " + QCoreApplication.translate("PresenceWords", "It does not start with ChIJ, so it may point to an address or an area rather than "
                         "your shop: check that the link opens your shop's page.")
    return text


def url_shape_text(shape: UrlShape) -> str:
    return {
        UrlShape.OK: "",
        UrlShape.UNCHECKED: "",
        UrlShape.WRONG_SITE: QCoreApplication.translate("PresenceWords", "This link is not on this platform's website."),
        UrlShape.UNEXPECTED_PATH: QCoreApplication.translate("PresenceWords", "This link does not look like a business page on this platform "
                                     "(a search or a post?). Copy the address of the page itself."),
    }[shape]


def url_problem_text(problem: UrlProblem) -> str:
    return {
        UrlProblem.EMPTY: QCoreApplication.translate("PresenceWords", "Type or paste a web address."),
        UrlProblem.SCHEME: QCoreApplication.translate("PresenceWords", "Only web links (http or https) are allowed; other kinds, such as javascript:, "
                              "could harm the person who opens them."),
        UrlProblem.NO_HOST: QCoreApplication.translate("PresenceWords", "This address has no website name (like example.com)."),
        UrlProblem.CONTROL_CHARACTERS: QCoreApplication.translate("PresenceWords", "This address contains invisible control characters."),
        UrlProblem.USER_INFO: QCoreApplication.translate("PresenceWords", "This address hides a name before an @ sign: links like that are used to disguise where they lead."),
        UrlProblem.TOO_LONG: QCoreApplication.translate("PresenceWords", "This address is too long for a QR code that scans well."),
    }[problem]


def review_rule_text() -> str:
    return QCoreApplication.translate("PresenceWords", "Google's rule: ask every customer, never only the happy ones (no \"gating\"), "
              "and never reward reviews (no discount, no gift, no draw).")


def yelp_rule_text() -> str:
    return QCoreApplication.translate("PresenceWords", "Yelp forbids asking for reviews: its cards say \"Find us on Yelp\".")


def card_language() -> str:
    """The language printed cards are worded in: the interface's."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"
