"""One rule for the text of a post: LF line breaks, TAB kept, invisible controls and direction overrides removed."""

import re

# C0 controls but TAB and LF (CR is turned into LF first), DEL, and the C1 controls U+0080–U+009F:
# invisible in every editor, refused by RFC 5545 TEXT, and read differently by each spreadsheet.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Bidi embeddings and overrides U+202A–U+202E and isolates U+2066–U+2069 are invisible yet reorder what is
# shown, so a post reads one way here and another once published (the "Trojan Source" trick, CVE-2021-42574;
# Unicode UTS #55 and UTR #36); U+206A–U+206F are deprecated format controls; U+FEFF inside a text is a
# byte-order mark left by a joined file. Kept on purpose, as real text needs them: the marks LRM, RLM and ALM
# (U+200E, U+200F, U+061C), which only give a neutral character a direction in mixed Arabic or Hebrew and
# French text; ZWJ U+200D (emoji sequences, Indic conjuncts); ZWNJ U+200C (Persian, Indic spelling); the zero
# width space U+200B (word breaks in Thai or Khmer); variation selectors and emoji tag characters (flags).
_REORDERING = "\u202a-\u202e\u2066-\u206f\ufeff"
_INVISIBLE = re.compile(f"[{_CONTROLS}{_REORDERING}]")
# a line break however written: Windows' CRLF, a lone CR, and the breaks Word and PowerPoint paste (Shift+Enter's
# vertical tab, a form feed, NEL, the line and paragraph separators): a break, never words glued (attack 36d, M6)
_BREAKS = re.compile("\r\n?|[\x0b\x0c\x85\u2028\u2029]")


def clean_text(text: str) -> str:
    """The text as stored and exported: every line break becomes LF (CRLF, CR, a vertical tab…), the invisible
    controls go;
    a text left with nothing but blanks is empty text (as an empty editor gives)."""
    cleaned = _INVISIBLE.sub("", _BREAKS.sub("\n", text))
    return cleaned if cleaned.strip() else ""


def has_invisible(text: str) -> bool:
    """True when `clean_text` removes a character the owner could not see (not a line-break change)."""
    return _INVISIBLE.search(_BREAKS.sub("\n", text)) is not None
