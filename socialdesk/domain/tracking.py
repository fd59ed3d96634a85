"""Tracking tags (utm_…) on a printed link: only on the shop's own website, the one place they are read."""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from socialdesk.domain.urls import UrlRefused, safe_http_url

DEFAULT_SOURCE = "counter-card"
MEDIUM = "qr"
_SOURCE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def _site(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def tracking_allowed(url: str, website: str) -> bool:
    """True only for a link on the shop's own website (its statistics read the tags); review, Maps and
    social sites ignore them, so there they would only make the code denser."""
    try:
        link, own = urlsplit(safe_http_url(url)), urlsplit(safe_http_url(website))
    except UrlRefused:
        return False
    return bool(own.hostname) and _site(link.hostname or "") == _site(own.hostname)


def source_tag(text: str) -> str:
    """A tag as typed ("Table 3") made safe for a link: lower case, words joined by "-"."""
    words = re.sub(r"[^a-z0-9]+", "-", (text or "").strip().lower()).strip("-")[:40].strip("-")
    return words if _SOURCE.match(words) else DEFAULT_SOURCE


def with_tracking(url: str, website: str, source: str = DEFAULT_SOURCE) -> str:
    """`url` with utm_source=<source>&utm_medium=qr (earlier utm_ tags replaced); raises ValueError for a
    link that is not on the shop's website."""
    if not tracking_allowed(url, website):
        raise ValueError("tracking tags are only for the shop's own website")
    parts = urlsplit(safe_http_url(url))
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith("utm_")]
    query = urlencode(kept + [("utm_source", source_tag(source)), ("utm_medium", MEDIUM)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))
