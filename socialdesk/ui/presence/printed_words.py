"""Words for the inventory of printed codes: what to reprint, and where the printed codes are."""

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from socialdesk.domain.cards import printed_address
from socialdesk.domain.presence.printed import PrintedCode, where_they_are
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.labels import CARD_TEMPLATES


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintedWords", text)


def _day(code: PrintedCode) -> str:
    day = code.printed_at.date()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _what(code: PrintedCode) -> str:
    from socialdesk.domain.cards_layout import CardTemplate

    try:
        template = CARD_TEMPLATES[CardTemplate(code.template)]
    except (ValueError, KeyError):
        template = code.template
    name = code.caption or printed_address(code.payload) or code.payload[:40]
    return fill(_tr("%1 (%2)"), name, template)


def place_text(place: str) -> str:
    return place or _tr("place not set")


def reprint_lines(codes: list[PrintedCode]) -> list[str]:
    """One line a printed code whose listing's link changed."""
    return [fill(_tr("Reprint %1, at %2 (printed %3): its listing's link has changed."), _what(code),
                 place_text(code.place), _day(code)) for code in codes]


def reprint_text(codes: list[PrintedCode]) -> str:
    return "\n".join(reprint_lines(codes))


def where_text(codes: list[PrintedCode]) -> str:
    """"Counter: Google (A6 counter card), Yelp (…)", one line a place: where to check the codes are still ours."""
    parts = [fill(_tr("%1: %2"), place_text(place), ", ".join(dict.fromkeys(_what(code) for code in found)))
             for place, found in where_they_are(codes)]
    return "\n".join(parts)
