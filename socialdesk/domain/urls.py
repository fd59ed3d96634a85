"""The only links SocialDesk puts in a QR code or opens in a browser: http and https (IDN as punycode)."""

import re
from enum import Enum
from urllib.parse import quote, urlsplit, urlunsplit

import idna

MAX_URL_LENGTH = 2000


class UrlProblem(str, Enum):
    EMPTY = "empty"
    SCHEME = "scheme"  # javascript:, file:, data:, ftp:…
    NO_HOST = "no_host"
    CONTROL_CHARACTERS = "control_characters"
    USER_INFO = "user_info"  # https://name@host: never needed for a shop, a classic disguise
    TOO_LONG = "too_long"
    WORD_AND_COLON = "word_and_colon"  # text starting "Horaires:9h": a made-up link on a phone (checked_text only)
    PHONE_ACTION = "phone_action"  # "tel:", "mailto:", "sms:"…: a call or a message the scan starts (checked_text)


class UrlRefused(ValueError):
    def __init__(self, problem: UrlProblem, text: str = ""):
        super().__init__(f"{problem.value}: {text[:80]!r}")
        self.problem = problem


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HOST = re.compile(r"^[\w.-]+(:\d{1,5})?$", re.UNICODE)


def safe_http_url(text: str) -> str:
    """Return `text` as a clean http(s) URL, or raise UrlRefused.

    Surrounding blanks are trimmed; a bare domain gets https://; an accented domain becomes
    punycode (IDNA/UTS 46) and spaces, accents and other unsafe characters in the path, query and
    fragment are percent-encoded (as UTF-8); control characters and other schemes are refused.
    """
    candidate = (text or "").strip()
    if not candidate:
        raise UrlRefused(UrlProblem.EMPTY)
    if _CONTROL.search(candidate):
        raise UrlRefused(UrlProblem.CONTROL_CHARACTERS, candidate)
    if "://" not in candidate and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", candidate):
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
    except ValueError:  # an unbalanced "[" is read as a broken IPv6 host
        raise UrlRefused(UrlProblem.NO_HOST, candidate) from None
    if parts.scheme.lower() not in ("http", "https"):
        raise UrlRefused(UrlProblem.SCHEME, candidate)
    if "@" in parts.netloc:
        raise UrlRefused(UrlProblem.USER_INFO, candidate)
    try:
        parts.port  # noqa: B018 - raises for a port above 65535
    except ValueError:
        raise UrlRefused(UrlProblem.NO_HOST, candidate) from None
    host = parts.hostname or ""
    bare = host[:-1] if host.endswith(".") else host  # "shop.fr." is a full name; "www./x" has no site
    if not bare or "" in bare.split(".") or not _HOST.match(parts.netloc) or "." not in bare and bare != "localhost":
        raise UrlRefused(UrlProblem.NO_HOST, candidate)
    netloc = _ascii_host(host, candidate) + ("" if parts.port is None else f":{parts.port}")
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="=&%:@!$'()*+,;/?-._~")
    fragment = quote(parts.fragment, safe="=&%:@!$'()*+,;/?-._~")
    cleaned = urlunsplit((parts.scheme.lower(), netloc, path, query, fragment))
    if len(cleaned) > MAX_URL_LENGTH:
        raise UrlRefused(UrlProblem.TOO_LONG, cleaned)
    return cleaned


def _ascii_host(host: str, text: str) -> str:
    """`xn--caf-dma.fr` for `café.fr` (UTS 46 mapping, lower case); NO_HOST if IDNA refuses it."""
    if host.isascii():
        return host.lower()
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        raise UrlRefused(UrlProblem.NO_HOST, text) from None


# What a phone's scanner reads as a link (ZXing's URIResultParser, WHATWG URL parsing): browsers
# drop tabs and line breaks anywhere in a URL and trim C0 controls and spaces around it.
_DROPPED = re.compile(r"[\t\n\r]")
_SCHEME_LIKE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)
_DOMAIN_LIKE = re.compile(r"^(//|\\\\|www\.|([\w-]+\.){1,6}[^\W\d_]{2,}(:\d{1,5})?([/?#\\]|$))", re.IGNORECASE)
DATA_SCHEMES = ("wifi:", "mecard:", "begin:vcard")  # read as data, never opened
# Opened even when words follow ("javascript:alert(1) // note"): any scheme a browser runs, and the ones a phone
# acts on (a number to dial, a mail or a text to write: "tel:+33 1 23 45 67 89" dials as "tel:+33123456789" is
# refused: one rule, attack 34b, F3).
_ACTIVE_SCHEME = re.compile(r"^(https?|javascript|vbscript|data|file|about|blob|intent|content|ftp|ms-[a-z-]+"
                            r"|tel|mailto|sms|smsto|mms|geo|callto|facetime(-audio)?):\S", re.IGNORECASE)
# A scanner acts on these from their prefix alone, blanks after the colon included ("tel: 0388000000"), written
# all lower or all upper case as ZXing's parsers test them; "Tel : 04 78 00 00 00" stays words (attack 34c, F8).
# MEBKM: and URLTO: are bookmarks, URL: and URI: a link after the prefix: opened, never checked (34d F1, 34e F4).
_CALLS = ("tel", "mailto", "sms", "smsto", "mms", "mmsto", "smtp", "matmsg")  # a call, a mail or a text to write
_ACTIONS = (*_CALLS, "geo", "mebkm", "urlto", "url", "uri")


def _prefixes(names: tuple[str, ...]) -> re.Pattern:
    return re.compile("^(" + "|".join(f"{a}:|{a.upper()}:" for a in names) + ")")


_ACTION_PREFIX = _prefixes(_ACTIONS)
_CALL_OR_WRITE = re.compile(r"^(" + "|".join((*_CALLS, "callto", "facetime", "facetime-audio")) + "):", re.IGNORECASE)


_BOM = "\ufeff"  # ZXing drops it before reading a code's text: a prefix behind it is acted on (34e, F4)


_TRIMMED = "".join(map(chr, range(0x21))) + _BOM


def as_scanner_sees(text: str) -> str:
    """The text a scanner or browser would take as the link: tabs and line breaks dropped, C0
    controls, spaces and a byte-order mark trimmed at both ends."""
    return _DROPPED.sub("", text or "").strip(_TRIMMED)


def looks_like_link(text: str) -> bool:
    """True if a phone would offer to open `text` (a scheme, or a bare domain, with no blank). A word and a colon
    no phone knows, with a line break or a tab inside the text ("Horaires:⏎9h-19h"), is words as a blank makes
    them ("Horaires:⏎9h - 19h" was taken and "Horaires:⏎9h-19h" refused: attack 35b, F6); ZXing reads neither as a
    link (a line break is no character of a link)."""
    seen = as_scanner_sees(text)
    if not seen or seen.lower().startswith(DATA_SCHEMES):
        return False
    if _ACTION_PREFIX.match(seen):
        return True
    if re.search(r"\s", seen) or _DROPPED.search((text or "").strip(_TRIMMED)) and _made_up_scheme(seen):
        return bool(_ACTIVE_SCHEME.match(seen))
    return bool(_SCHEME_LIKE.match(seen) or _DOMAIN_LIKE.match(seen))


def checked_text(text: str) -> str:
    """Plain text as it is; text a scanner would open as a link must pass safe_http_url (and is
    returned as the clean link), so `jav<TAB>ascript:` or `http:/\\evil.com` are refused."""
    if not looks_like_link(text):
        return text
    seen = as_scanner_sees(text)
    if _CALL_OR_WRITE.match(seen):  # a number or an address to write as words: said so (attack 35b, F6)
        raise UrlRefused(UrlProblem.PHONE_ACTION, seen)
    if _made_up_scheme(seen):  # "Horaires:⏎9h-19h" is words: said so, not "control characters" (attack 34e, F6)
        raise UrlRefused(UrlProblem.WORD_AND_COLON, seen)
    if _CONTROL.search(text.strip()):
        raise UrlRefused(UrlProblem.CONTROL_CHARACTERS, text)
    return safe_http_url(text)


def _made_up_scheme(seen: str) -> bool:
    """A word and a colon no browser or phone knows as a scheme, with no "/" after it ("Horaires:9h", "note:1"):
    words meant as text. A known scheme, or "name://", is a link and keeps its own refusal."""
    scheme = _SCHEME_LIKE.match(seen)
    if scheme is None or _ACTION_PREFIX.match(seen) or seen[scheme.end():].startswith("/"):
        return False
    return not _ACTIVE_SCHEME.match(scheme.group(0) + "x")
