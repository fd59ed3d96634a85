"""What one printed QR card carries, whoever chose it (a listing, the link builder)."""

from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit

import unicodedata

MIN_ADDRESS_POINTS = 7.0  # smaller than this, a printed address is not readable
MIN_CALL_TO_ACTION_POINTS = 7.0  # one whole line (bold) on every output, or left off and said
CLOSURE_MAX_CHARS = 120  # a door sign's closure line: two short lines on the sign, dates included
PLACE_MAX_CHARS = 60  # where cards are put ("counter", "table 3"), as listed in the weekly check-list
_URI_SAFE = "/:@!$&'()*+,;=?#[]~-._"  # what quote() must leave alone for a round trip


@dataclass(frozen=True)
class CardItem:
    payload: str  # the exact text encoded in the QR code
    caption: str = ""  # e.g. the platform's name
    call_to_action: str = ""  # e.g. "Laissez-nous un avis sur Google"
    unlike_review_form: bool = False  # a review card whose link does not look like its platform's review form

    @property
    def address(self) -> str:
        """The address printed under the code: always the code's own target (see printed_address)."""
        return printed_address(self.payload)


def printed_address(payload: str) -> str:
    """A web link as people can type it and reach the SAME page: `https://` and a leading `www.`
    dropped, the empty path's "/" and tracking tags (utm_…) dropped, punycode and %-encoded UTF-8 shown as
    letters only when they turn back into exactly the same link. "" for anything that is not a web link."""
    parts = urlsplit(payload)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    if "@" in parts.netloc:  # user@host: the whole link, so nobody reads the user part as the site
        return payload
    host = _readable_host(parts.netloc)
    rest = _without_tracking(payload.split("://", 1)[1][len(parts.netloc):])
    rest = "" if rest == "/" else _readable_path(rest)
    shown = host + rest
    if parts.scheme.lower() == "http":
        return "http://" + shown  # a browser would try https first: not the same page for sure
    return shown[4:] if shown.lower().startswith("www.") and shown[4:5] not in ("", "/", ".", ":") else shown


def _without_tracking(rest: str) -> str:
    """The path without utm_ tags (domain/tracking.py): typed without them, the link opens the same page."""
    path, mark, query = rest.partition("?")
    if not mark:
        return rest
    query, hash_mark, fragment = query.partition("#")
    kept = [part for part in query.split("&") if not part.lower().startswith("utm_")]
    return path + ("?" + "&".join(kept) if kept else "") + hash_mark + fragment


def _readable_host(netloc: str) -> str:
    if "xn--" not in netloc.lower() or any(c in netloc for c in "@:[]"):
        return netloc
    import idna  # only for an encoded host: the week's to-do reads this module for a length, not for hosts

    # The idna package (IDNA 2008, UTS 46), as domain/urls.py encodes: Python's "idna" codec is
    # IDNA 2003, which turns ß into ss and so left "straße.de" as xn--strae-oqa.de on the card.
    try:
        shown = idna.decode(netloc)
        same = idna.encode(shown, uts46=True).decode("ascii") == netloc.lower()
        return shown if same and not look_alike_host(shown) else netloc
    except (idna.IDNAError, UnicodeError):
        return netloc


# Cyrillic and Greek letters that print as Latin ones ("аррӏе.com" is not apple.com), as browsers judge
# a host they then show as xn--…: a label mixing these scripts, or made only of look-alikes under a Latin
# top-level domain. A small table of the look-alikes in common fonts, not Unicode's confusables list.
_LOOKS_LATIN = set("аеорсухіјѕԁԛԝһӏьυαεοιρνκτχ")
_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")
_OWN_TLDS = {"CYRILLIC": ("ru", "su", "by", "ua", "kz", "bg", "mk", "rs", "mn", "kg", "tj"), "GREEK": ("gr", "cy")}


def _script(letter: str) -> str:
    name = unicodedata.name(letter, "")
    return next((script for script in _SCRIPTS if name.startswith(script + " ")), "")


def look_alike_host(host: str) -> bool:
    """Whether a decoded host could pass for another: a label mixing Latin, Cyrillic and Greek letters, or a
    Cyrillic or Greek label of Latin look-alikes only, outside that script's own top-level domains."""
    labels = host.lower().rstrip(".").split(".")
    for label in labels:
        scripts = {_script(c) for c in label if c.isalpha()} - {""}
        if len(scripts) > 1:
            return True
        letters = [c for c in label if c.isalpha()]
        foreign = scripts - {"LATIN"}
        if foreign and all(c in _LOOKS_LATIN for c in letters):
            script = foreign.pop()
            tld = labels[-1]
            if tld not in _OWN_TLDS[script] and not any(_script(c) == script for c in tld):
                return True
    return False


def _readable_path(rest: str) -> str:
    if "%" not in rest:
        return rest
    shown = unquote(rest, errors="strict") if _utf8(rest) else rest
    if any(c.isspace() or not c.isprintable() for c in shown) or quote(shown, safe=_URI_SAFE) != rest:
        return rest
    return shown


def _utf8(rest: str) -> bool:
    try:
        unquote(rest, errors="strict")
        return True
    except UnicodeDecodeError:
        return False
