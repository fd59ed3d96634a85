"""The words the QR designer shows for the qr package's codes: refusals, scan verdicts, warnings."""

from PySide6.QtCore import QCoreApplication

from socialdesk.qr.colours import ColourProblem, shown_ratio
from socialdesk.qr.logo import LogoProblem
from socialdesk.qr.payloads import PayloadProblem
from socialdesk.qr.verify import Reason, UrlWarning
from socialdesk.ui.common.words import fill


def payload_problem_text(problem: PayloadProblem) -> str:
    return {
        PayloadProblem.EMPTY: QCoreApplication.translate("QrWords", "Type the text to put in the code."),
        PayloadProblem.NO_SSID: QCoreApplication.translate("QrWords", "Type the Wi-Fi network's name."),
        PayloadProblem.NO_PASSWORD: QCoreApplication.translate(
            "QrWords", "A protected network needs its password (or choose \"No password\")."),
        PayloadProblem.EMPTY_CARD: QCoreApplication.translate(
            "QrWords", "The shop card has no name yet: fill it in the Strategy tab."),
        PayloadProblem.WEP_KEY: QCoreApplication.translate(
            "QrWords", "A WEP key has 5 or 13 characters, or 10 or 26 hexadecimal digits. WEP is outdated: "
                       "switch the box to WPA2 if you can."),
    }[problem]


def colour_problem_text(problem: ColourProblem, ratio: float | None = None, value: str = "") -> str:
    """`value`: the colour refused as typed (UNKNOWN, TRANSPARENT); `ratio`: the pair's contrast."""
    texts = {
        ColourProblem.UNKNOWN: QCoreApplication.translate(
            "QrWords", "\u201c%2\u201d is not a colour SocialDesk can read; use #rrggbb (six hexadecimal digits)."),
        ColourProblem.TRANSPARENT: QCoreApplication.translate(
            "QrWords", "\u201c%2\u201d is transparent: a printed code needs solid colours."),
        ColourProblem.INVERTED: QCoreApplication.translate(
            "QrWords", "Light code on a dark background: many phones cannot read inverted codes. "
                       "Use a dark code on a light background."),
        ColourProblem.LOW_CONTRAST: QCoreApplication.translate(
            "QrWords", "The two colours are too close (contrast %1:1, at least 4:1 is needed). "
                       "Darken the code or lighten the background."),
    }
    return fill(texts[problem], shown_ratio(ratio or 0.0), " ".join(value.split()))


def caption_too_long_text(limit: int, length: int) -> str:
    return fill(QCoreApplication.translate(
        "QrWords", "The caption is too long for one line under this code: at most %1 letters (it has %2). "
                   "Shorten it or make the code bigger."), limit, length)


def call_to_action_too_long_text(limit: int, length: int) -> str:
    return fill(QCoreApplication.translate(
        "QrWords", "The call to action is too long for one line under this code: at most %1 letters (it has %2). "
                   "Shorten it or make the code bigger."), limit, length)


def logo_problem_text(problem: LogoProblem) -> str:
    return {
        LogoProblem.UNREADABLE: QCoreApplication.translate("QrWords", "The logo file cannot be read."),
        LogoProblem.NOT_AN_IMAGE: QCoreApplication.translate(
            "QrWords", "This file is not an image SocialDesk can read (use PNG or JPEG)."),
        LogoProblem.TOO_BIG: QCoreApplication.translate("QrWords", "This image is too large; use a smaller logo file."),
        LogoProblem.TOO_SMALL: QCoreApplication.translate("QrWords", "This image is too small to be seen."),
    }[problem]


def reason_text(reason: Reason) -> str:
    return {
        Reason.TOO_SMALL: QCoreApplication.translate("QrWords", "too small: under 2 cm, phones struggle to focus"),
        Reason.TOO_DENSE: QCoreApplication.translate("QrWords", "too dense: too much data for this size"),
        Reason.CONTRAST: QCoreApplication.translate("QrWords", "contrast: the colours are too close to read reliably"),
        Reason.LOGO: QCoreApplication.translate("QrWords", "logo: it hides too much of the code"),
        Reason.SECOND_READER: QCoreApplication.translate(
            "QrWords", "logo: this computer lacks zbar, the second reader that checks codes with a logo"),
        Reason.UNREADABLE: QCoreApplication.translate("QrWords", "the reader did not get the exact content back"),
    }[reason]


def advice_text(reason: Reason, minimum_mm: float) -> str:
    return {
        Reason.TOO_SMALL: fill(QCoreApplication.translate(
            "QrWords", "Make it at least %1 mm wide."), f"{minimum_mm:g}"),
        Reason.TOO_DENSE: fill(QCoreApplication.translate(
            "QrWords", "Make it at least %1 mm wide, or use a shorter link."), f"{minimum_mm:g}"),
        Reason.CONTRAST: QCoreApplication.translate("QrWords", "Use a darker code colour or a lighter background."),
        Reason.LOGO: QCoreApplication.translate("QrWords", "Remove the logo or use a simpler one."),
        Reason.SECOND_READER: QCoreApplication.translate(
            "QrWords", "Remove the logo to print a checked code."),
        Reason.UNREADABLE: QCoreApplication.translate(
            "QrWords", "Use black on white, a bigger size, or shorter content."),
    }[reason]


def warning_text(warning: UrlWarning) -> str:
    return {
        UrlWarning.SHORTENER: QCoreApplication.translate(
            "QrWords", "Short links from a third party can expire or change; a printed code cannot."),
        UrlWarning.TEMPORARY: QCoreApplication.translate(
            "QrWords", "This link looks temporary; a printed code cannot be changed later."),
        UrlWarning.TRACKING: QCoreApplication.translate(
            "QrWords", "Tracking parameters (utm_…) make the code denser; remove them if you can."),
        UrlWarning.LONG: QCoreApplication.translate(
            "QrWords", "A long link makes a dense code; prefer a short, stable address."),
    }[warning]


def too_long_text(with_logo: bool) -> str:
    if with_logo:
        return QCoreApplication.translate(
            "QrWords", "Too long for a QR code with a logo: remove the logo or shorten the content.")
    return QCoreApplication.translate("QrWords", "Too long for a QR code: shorten the link or the text.")
