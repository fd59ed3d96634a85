"""Words from a file or an argument, as a message quotes them: one short, readable line."""

import unicodedata

SHOWN_MOST = 40  # characters of a cell, a column's name or a link quoted in a message


def quoted(text: str, most: int = SHOWN_MOST) -> str:
    """`text` with its control characters (a NUL, a stray byte of a binary file) as "�", cut to `most` characters
    with "…": never the file's junk, never a line longer than the message around it."""
    shown = "".join("\ufffd" if unicodedata.category(c) == "Cc" else c for c in text)
    return shown if len(shown) <= most else shown[:most - 1] + "…"
