"""One way to fill a translated sentence (its %1, %2… markers replaced in one pass) and to shorten words with "…"."""

import re

_MARKER = re.compile(r"%([1-9][0-9]?)")


def fill(template: str, *values) -> str:
    """%N takes the N-th value (a marker without one stays); a "%2" inside a value stays as typed."""

    def value(match: re.Match) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if index < len(values) else match.group(0)

    return _MARKER.sub(value, template)


def shorten(text: str, most: int) -> str:
    """`text` if it has at most `most` characters, else its start ending in "…" (`most` in all, no blank before it)."""
    return text if len(text) <= most else text[:most - 1].rstrip() + "…"
