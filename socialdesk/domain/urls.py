"""The only links SocialDesk puts in a QR code or opens in a browser: http and https."""

import re
from enum import Enum
from urllib.parse import quote, urlsplit, urlunsplit

MAX_URL_LENGTH = 2000


class UrlProblem(str, Enum):
    EMPTY = "empty"
    SCHEME = "scheme"  # javascript:, file:, data:, ftp:…
    NO_HOST = "no_host"
    CONTROL_CHARACTERS = "control_characters"
    USER_INFO = "user_info"  # https://name@host: never needed for a shop, a classic disguise
    TOO_LONG = "too_long"


class UrlRefused(ValueError):
    def __init__(self, problem: UrlProblem, text: str = ""):
        super().__init__(f"{problem.value}: {text[:80]!r}")
        self.problem = problem


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_HOST = re.compile(r"^[\w.-]+(:\d{1,5})?$", re.UNICODE)


def safe_http_url(text: str) -> str:
    """Return `text` as a clean http(s) URL, or raise UrlRefused.

    Surrounding blanks are trimmed; a bare domain gets https://; spaces and other unsafe
    characters inside are percent-encoded; control characters and other schemes are refused.
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
    if not host or not _HOST.match(parts.netloc) or "." not in host and host != "localhost":
        raise UrlRefused(UrlProblem.NO_HOST, candidate)
    path = quote(parts.path, safe="/%:@!$&'()*+,;=-._~")
    query = quote(parts.query, safe="=&%:@!$'()*+,;/?-._~")
    fragment = quote(parts.fragment, safe="=&%:@!$'()*+,;/?-._~")
    cleaned = urlunsplit((parts.scheme.lower(), parts.netloc, path, query, fragment))
    if len(cleaned) > MAX_URL_LENGTH:
        raise UrlRefused(UrlProblem.TOO_LONG, cleaned)
    return cleaned
