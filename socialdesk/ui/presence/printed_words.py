"""Words for the inventory of printed codes: what to reprint, and where the printed codes are."""

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.cards import printed_address
from socialdesk.domain.presence.printed import PrintedCode, Reprint, place_key, where_they_are
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.card_templates import CARD_TEMPLATES


def _tr(text: str) -> str:
    return QCoreApplication.translate("PrintedWords", text)


def _day(code: PrintedCode) -> str:
    """"3 Dec 2026", « 3 déc. 2026 »: the month in words, never "3 12 2026" nor 3/12 read as 12 March."""
    return day_text(code.printed_at.date(), "d MMM yyyy")


def _what(code: PrintedCode) -> str:
    from socialdesk.domain.card_template import CardTemplate

    try:
        template = CARD_TEMPLATES[CardTemplate(code.template)]
    except (ValueError, KeyError):
        template = _tr("QR code made with socialdesk qr") if code.template == "qr" else code.template
    name = code.caption or printed_address(code.payload) or code.payload[:40]
    return fill(_tr("%1 (%2)"), name, template)


_PLACE_LABELS = {"counter": "Counter", "window": "Window", "door": "Door", "table 1": "Table 1"}  # PLACES, shown


def place_label(key: str) -> str:
    """An offered place in the window's language ("Comptoir"); the owner's own words as typed."""
    return _tr(_PLACE_LABELS[key]) if key in _PLACE_LABELS else key


def place_text(place: str) -> str:
    return place_label(place_key(place)) if place.strip() else _tr("place not set")


def reprint_line(reprint: Reprint) -> str:
    """"Reprint Yelp (A6 counter card), 2 printed, at Counter (last printed 3 Dec 2026): its link has changed."."""
    code = reprint.latest
    if reprint.deleted:
        text = _tr("Take down %1, %2 printed, at %3 (last printed %4): listing deleted — take the code down.")
    else:
        text = _tr("Reprint %1, %2 printed, at %3 (last printed %4): its link has changed.")
    return fill(text, _what(code), str(len(reprint.codes)), place_text(code.place), _day(code))


def reprint_lines(reprints: list[Reprint]) -> list[str]:
    """One line a printed item (a template, a listing, a place) whose link changed or whose listing is gone."""
    return [reprint_line(reprint) for reprint in reprints]


def reprint_text(reprints: list[Reprint]) -> str:
    return "\n".join(reprint_lines(reprints))


def where_text(codes: list[PrintedCode]) -> str:
    """"Counter: Google (A6 counter card), Yelp (…)", one line a place: where to check the codes are still ours."""
    parts = [fill(_tr("%1: %2"), place_text(place), ", ".join(dict.fromkeys(_what(code) for code in found)))
             for place, found in where_they_are(codes)]
    return "\n".join(parts)
