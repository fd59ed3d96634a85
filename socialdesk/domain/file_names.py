"""The file names the app suggests when it saves something, in the language it speaks: the one place."""

import re
from enum import Enum


class FileKind(str, Enum):
    PLAN_CSV = "plan_csv"  # {day}: the day of the export
    PLAN_ICS = "plan_ics"
    WEEK_PDF = "week_pdf"  # {week}: an ISO week key, 2026-W49
    CHECKLIST_PDF = "checklist_pdf"
    STRATEGY = "strategy"  # {shop}: the shop's name made safe; {suffix}: pdf or md
    QR_CARDS_PDF = "qr_cards_pdf"
    QR_CODE = "qr_code"  # without suffix: the save dialog adds the chosen format's
    DOOR_SIGN_PDF = "door_sign_pdf"  # a holiday's or closure's door sign


_NAMES = {
    FileKind.PLAN_CSV: ("content-plan-{day}.csv", "plan-publications-{day}.csv"),
    FileKind.PLAN_ICS: ("content-plan.ics", "plan-publications.ics"),
    FileKind.WEEK_PDF: ("week-plan-{week}.pdf", "plan-semaine-{week}.pdf"),
    FileKind.CHECKLIST_PDF: ("checklist-{week}.pdf", "check-list-{week}.pdf"),
    FileKind.STRATEGY: ("{shop}strategy-review.{suffix}", "{shop}bilan-strategie.{suffix}"),
    FileKind.QR_CARDS_PDF: ("qr-cards.pdf", "cartes-code-qr.pdf"),
    FileKind.QR_CODE: ("qr-code", "code-qr"),
    FileKind.DOOR_SIGN_PDF: ("door-sign.pdf", "affiche-porte.pdf"),
}


def default_name(kind: FileKind, language: str, **parts: str) -> str:
    """E.g. default_name(FileKind.WEEK_PDF, "fr", week="2026-W49") == "plan-semaine-2026-W49.pdf"."""
    english, french = _NAMES[kind]
    if "shop" in parts:
        parts["shop"] = safe_part(parts["shop"])
        parts["shop"] += "-" if parts["shop"] else ""
    return (french if language == "fr" else english).format(**parts)


def safe_part(text: str) -> str:
    """A shop's name as a file-name part: letters and digits (accents kept), the rest one hyphen."""
    return re.sub(r"[^\w]+|_+", "-", text.lower()).strip("-")
