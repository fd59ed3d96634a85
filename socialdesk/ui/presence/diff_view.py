"""Character-level differences drawn as two lines: the shop card's and the listing's."""

from html import escape

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.presence.nap import DiffKind, FieldCheck, FieldState
from socialdesk.ui.common.words import fill
from socialdesk.ui.presence.consistency_labels import FIELD_STATES
from socialdesk.ui.theme.palette import EXTRA_MARK, MISSING_MARK

# Semi-transparent backgrounds keep the palette's own text colour readable in light and dark themes;
# strike-through and underline carry the meaning without colour.
_MISSING_STYLE = f"background-color: {MISSING_MARK}; text-decoration: line-through;"
_EXTRA_STYLE = f"background-color: {EXTRA_MARK}; text-decoration: underline;"


def _visible(text: str) -> str:
    """Spaces made visible inside a highlighted difference."""
    return escape(text).replace(" ", "␣")


def diff_lines_html(check: FieldCheck) -> tuple[str, str]:
    """(shop card line, listing line) with what is missing struck and what is extra underlined."""
    if check.state is not FieldState.DIFFERENT or not check.diff:
        return escape(check.expected), escape(check.found)
    expected, found = [], []
    for part in check.diff:
        if part.kind is DiffKind.SAME:
            expected.append(escape(part.text))
            found.append(escape(part.text))
        elif part.kind is DiffKind.MISSING:
            expected.append(f'<span style="{_MISSING_STYLE}">{_visible(part.text)}</span>')
        else:
            found.append(f'<span style="{_EXTRA_STYLE}">{_visible(part.text)}</span>')
    return "".join(expected), "".join(found)


def field_html(title: str, check: FieldCheck, card_text: str = "", listing_text: str = "") -> str:
    """One field's verdict, its two normalised lines, and how both sides actually wrote it."""
    expected, found = diff_lines_html(check)
    rows = [f"<h4>{escape(title)} — {escape(FIELD_STATES[check.state])}</h4>"]
    if check.state is FieldState.DIFFERENT and (card_text or listing_text):
        written = escape(QCoreApplication.translate("PresenceDiff", "As written: “%1” (shop card), “%2” (listing)"))
        rows.append("<p><i>" + fill(written, escape(card_text), escape(listing_text)) + "</i></p>")
    if check.state in (FieldState.MATCH, FieldState.DIFFERENT, FieldState.UNREADABLE):
        card_title = escape(QCoreApplication.translate("PresenceDiff", "Shop card:"))
        listing_title = escape(QCoreApplication.translate("PresenceDiff", "Listing:"))
        rows.append('<table cellspacing="2">')
        rows.append(f"<tr><td>{card_title}&nbsp;</td><td><tt>{expected}</tt></td></tr>")
        rows.append(f"<tr><td>{listing_title}&nbsp;</td><td><tt>{found}</tt></td></tr>")
        rows.append("</table>")
    return "".join(rows)


def legend_html() -> str:
    missing = escape(QCoreApplication.translate("PresenceDiff", "on the shop card, missing on the listing"))
    extra = escape(QCoreApplication.translate("PresenceDiff", "on the listing, not on the shop card"))
    how = escape(QCoreApplication.translate(
        "PresenceDiff", "Compared ignoring capitals, accents, punctuation, abbreviations (rue/r., bd…) and how "
                        "phone numbers are written."))
    return (f'<p><span style="{_MISSING_STYLE}">abc</span> {missing} &nbsp; '
            f'<span style="{_EXTRA_STYLE}">abc</span> {extra}<br>{how}</p>')
