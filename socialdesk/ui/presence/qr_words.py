"""The words the QR designer shows for the qr package's codes: refusals, scan verdicts, warnings."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.urls import UrlProblem
from socialdesk.qr.colours import ColourProblem
from socialdesk.qr.logo import LogoProblem
from socialdesk.qr.payloads import PayloadProblem
from socialdesk.qr.verify import Reason, UrlWarning


def _t(text: str) -> str:
    return QCoreApplication.translate("QrWords", text)


def url_problem_text(problem: UrlProblem) -> str:
    return {
        UrlProblem.EMPTY: _t("Type or paste the link."),
        UrlProblem.SCHEME: _t("Only web links (http:// or https://) go in a QR code; other kinds can be harmful."),
        UrlProblem.NO_HOST: _t("This link has no valid web address (such as boulangerie-lea.fr)."),
        UrlProblem.CONTROL_CHARACTERS: _t("This link contains invisible control characters; paste it again."),
        UrlProblem.TOO_LONG: _t("This link is too long for a printed code; use a shorter one."),
    }[problem]


def payload_problem_text(problem: PayloadProblem) -> str:
    return {
        PayloadProblem.EMPTY: _t("Type the text to put in the code."),
        PayloadProblem.NO_SSID: _t("Type the Wi-Fi network's name."),
        PayloadProblem.NO_PASSWORD: _t("A protected network needs its password (or choose \"No password\")."),
        PayloadProblem.EMPTY_CARD: _t("The shop card has no name yet: fill it in the Strategy tab."),
    }[problem]


def colour_problem_text(problem: ColourProblem, ratio: float | None = None) -> str:
    texts = {
        ColourProblem.UNKNOWN: _t("This is not a colour SocialDesk can read; use #rrggbb."),
        ColourProblem.TRANSPARENT: _t("Colours must not be transparent."),
        ColourProblem.INVERTED: _t("Light code on a dark background: many phones cannot read inverted codes. "
                                   "Use a dark code on a light background."),
        ColourProblem.LOW_CONTRAST: _t("The two colours are too close (contrast %1:1, at least 4:1 is needed). "
                                       "Darken the code or lighten the background."),
    }
    return texts[problem].replace("%1", f"{ratio or 0:.1f}")


def logo_problem_text(problem: LogoProblem) -> str:
    return {
        LogoProblem.UNREADABLE: _t("The logo file cannot be read."),
        LogoProblem.NOT_AN_IMAGE: _t("This file is not an image SocialDesk can read (use PNG or JPEG)."),
        LogoProblem.TOO_BIG: _t("This image is too large; use a smaller logo file."),
        LogoProblem.TOO_SMALL: _t("This image is too small to be seen."),
    }[problem]


def reason_text(reason: Reason) -> str:
    return {
        Reason.TOO_SMALL: _t("too small: under 2 cm, phones struggle to focus"),
        Reason.TOO_DENSE: _t("too dense: too much data for this size"),
        Reason.CONTRAST: _t("contrast: the colours are too close to read reliably"),
        Reason.LOGO: _t("logo: it hides too much of the code"),
        Reason.UNREADABLE: _t("the reader did not get the exact content back"),
    }[reason]


def advice_text(reason: Reason, minimum_mm: float) -> str:
    return {
        Reason.TOO_SMALL: _t("Make it at least %1 mm wide.").replace("%1", f"{minimum_mm:g}"),
        Reason.TOO_DENSE: _t("Make it at least %1 mm wide, or use a shorter link.").replace("%1", f"{minimum_mm:g}"),
        Reason.CONTRAST: _t("Use a darker code colour or a lighter background."),
        Reason.LOGO: _t("Remove the logo or use a simpler one."),
        Reason.UNREADABLE: _t("Use black on white, a bigger size, or shorter content."),
    }[reason]


def warning_text(warning: UrlWarning) -> str:
    return {
        UrlWarning.SHORTENER: _t("Short links from a third party can expire or change; a printed code cannot."),
        UrlWarning.TEMPORARY: _t("This link looks temporary; a printed code cannot be changed later."),
        UrlWarning.TRACKING: _t("Tracking parameters (utm_…) make the code denser; remove them if you can."),
        UrlWarning.LONG: _t("A long link makes a dense code; prefer a short, stable address."),
    }[warning]


def too_long_text(with_logo: bool) -> str:
    if with_logo:
        return _t("Too long for a QR code with a logo: remove the logo or shorten the content.")
    return _t("Too long for a QR code: shorten the link or the text.")
