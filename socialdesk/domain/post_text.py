"""One rule for the text of a post: LF line breaks, TAB kept, invisible control characters removed."""

import re

# C0 controls but TAB and LF (CR is turned into LF first), DEL, and the C1 controls U+0080–U+009F:
# invisible in every editor, refused by RFC 5545 TEXT, and read differently by each spreadsheet.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BREAKS = re.compile("\r\n?")


def clean_text(text: str) -> str:
    """The text as stored and exported: CRLF and lone CR become LF, the invisible controls go;
    a text left with nothing but blanks is empty text (as an empty editor gives)."""
    cleaned = _INVISIBLE.sub("", _BREAKS.sub("\n", text))
    return cleaned if cleaned.strip() else ""


def has_invisible(text: str) -> bool:
    """True when `clean_text` removes a character the owner could not see (not a line-break change)."""
    return _INVISIBLE.search(_BREAKS.sub("\n", text)) is not None
