"""A listing's opening hours against the shop's, day by day, in the consistency page's details."""

from html import escape

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.hours.compare import HoursState, difference_runs
from socialdesk.domain.hours.words import format_hours
from socialdesk.domain.presence.nap import FieldState
from socialdesk.ui.common.hours_words import difference_text, refusal_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.presence.consistency_labels import FIELD_STATES

CONTEXT = "PresenceHours"


def card_hours(card) -> str:
    """The shop's week written out, or its hours as typed when they could not be read."""
    if card.hours is not None and not card.hours.is_empty:
        return format_hours(card.hours, current_language())
    return card.opening_hours.strip()


def _said(text: str) -> str:
    return escape(QCoreApplication.translate(CONTEXT, text))


def hours_html(title: str, check, card) -> str:
    """The verdict, then each day that differs (“Google says Mon closed, the shop says Mon 9 h–12 h”)."""
    hours, listing = check.hours, check.listing
    state = FieldState(hours.state.value)
    rows = [f"<h4>{escape(title)} — {escape(FIELD_STATES[state])}</h4>"]
    if hours.state is HoursState.DIFFERENT:
        rows.append("<ul>" + "".join(f"<li>{escape(difference_text(first, last, d, listing.name))}</li>"
                                     for first, last, d in difference_runs(hours.differences)) + "</ul>")
    elif hours.state is HoursState.UNREADABLE:
        rows.append("<p>" + escape(fill(QCoreApplication.translate(
            CONTEXT, "The hours noted for this listing (“%1”) could not be read: %2"),
            listing.nap_hours.strip(), refusal_text(hours.refused))) + "</p>")
    elif hours.state is HoursState.NOT_RECORDED:
        rows.append("<p>" + _said("Note the hours this listing shows (Listings page) to compare them.") + "</p>")
    elif hours.state is HoursState.NO_REFERENCE:
        rows.append("<p>" + _said("Fill in the shop's opening hours in the Strategy tab to compare them.") + "</p>")
    if hours.state is not HoursState.NO_REFERENCE:
        rows.append("<p>" + escape(fill(QCoreApplication.translate(CONTEXT, "The shop: %1"), card_hours(card)))
                    + "</p>")
    return "".join(rows)
