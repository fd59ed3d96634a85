"""The QR designer's words for the qr package's codes: content, colours, logo, scanning."""

from socialdesk.qr.colours import ColourProblem, shown_ratio
from socialdesk.qr.logo import LogoProblem
from socialdesk.qr.payloads import PayloadProblem
from socialdesk.qr.verify import Reason, UrlWarning
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill

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


def colour_problem_text(problem: ColourProblem, ratio: float | None = None, value: str = "") -> str:
    """`value`: the colour refused as typed (UNKNOWN, TRANSPARENT); `ratio`: the pair's contrast."""
    return fill(COLOUR_PROBLEMS[problem], shown_ratio(ratio or 0.0), " ".join(value.split()))


def advice_text(reason: Reason, minimum_mm: float) -> str:
    return fill(SCAN_ADVICE[reason], f"{minimum_mm:g}")
