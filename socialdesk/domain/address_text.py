"""The address printed under a code: which captions may name an address, and where a long one breaks."""

from collections.abc import Callable
from enum import Enum
from urllib.parse import urlsplit

from socialdesk.domain.urls import UrlRefused, looks_like_link, safe_http_url

_EDGE_PUNCTUATION = "\"'«»“”‘’()[]<>,;:!?."  # around a word, not part of the address typed
_PRIMARY_BREAKS = "/?&="  # a line may end after these (and after a dot), nothing is added
_SECONDARY_BREAKS = "-_~"  # inside a slug: a line may START with these (a "-" ending a line reads as a hyphen)


class CaptionProblem(str, Enum):
    OTHER_ADDRESS = "other_address"  # the caption names a web address the code does not open
    NO_ADDRESS = "no_address"  # the caption names a web address; the code opens none


def caption_address_problem(caption: str, payload: str) -> tuple[CaptionProblem, str] | None:
    """(problem, the word) for the first word of `caption` that reads as a web address (a link or a
    host name such as evil.example) and is not the code's own target or a short form of it (same host
    after IDNA, "www." aside, and a leading part of its path); None when the caption is fine."""
    target = _target(payload)
    for word in (caption or "").split():
        word = word.strip(_EDGE_PUNCTUATION) if not word.lower().startswith(("http:", "https:")) else word
        if not word or not looks_like_link(word):
            continue
        if target is None:
            return CaptionProblem.NO_ADDRESS, word
        if not _same_page(word, target):
            return CaptionProblem.OTHER_ADDRESS, word
    return None


def _target(payload: str):
    parts = urlsplit(payload or "")
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or "@" in parts.netloc:
        return None
    return parts


def _host(netloc: str) -> str:
    netloc = netloc.lower()
    return netloc[4:] if netloc.startswith("www.") else netloc


def _same_page(word: str, target) -> bool:
    """True when typing `word` reaches the target's host and a leading part of its path."""
    try:
        shown = urlsplit(safe_http_url(word))  # IDNA host, %-encoded path: as the target was cleaned
    except UrlRefused:
        return False
    has_scheme = "://" in word
    if (has_scheme or target.scheme.lower() == "http") and shown.scheme != target.scheme.lower():
        return False  # without "http://" a browser tries https: not the same page for sure
    if _host(shown.netloc) != _host(target.netloc):
        return False
    said, full = _rest(shown), _rest(target)
    said = said.rstrip("/")
    if not said:
        return True
    return full == said or full.startswith(said) and full[len(said)] in "/?#&"


def _rest(parts) -> str:
    rest = parts.path or ""
    if parts.query:
        rest += "?" + parts.query
    if parts.fragment:
        rest += "#" + parts.fragment
    return rest


def _split(text: str, after: str = "", before: str = "") -> list[str]:
    pieces, piece = [], ""
    for char in text:
        if char in before and piece:
            pieces.append(piece)
            piece = ""
        piece += char
        if char in after:
            pieces.append(piece)
            piece = ""
    return pieces + [piece] if piece else pieces


def _pieces(address: str, fits: Callable[[str], bool]) -> list[str]:
    """The address cut at natural points; a piece too wide for a line is cut inside a slug (before
    "-" or "_"), and only a piece still too wide between letters."""
    found = []
    for piece in _split(address, after=_PRIMARY_BREAKS + "."):
        if fits(piece):
            found.append(piece)
            continue
        for part in _split(piece, before=_SECONDARY_BREAKS):
            found.extend([part] if fits(part) else list(part))
    return found


def break_address(address: str, fits: Callable[[str], bool], most_lines: int = 3) -> list[str] | None:
    """`address` on the fewest lines (at most `most_lines`) for which `fits(line)` holds, broken after
    "/", "?", "&", "=" or "." where it can be, nothing added: joined back, the lines are the address.
    None when it needs more lines."""
    lines, line = [], ""
    for piece in _pieces(address, fits):
        if not fits(piece):
            return None
        if line and not fits(line + piece):
            lines.append(line)
            line = ""
        line += piece
    if line:
        lines.append(line)
    return lines if 0 < len(lines) <= most_lines else None
