"""Whether a link's host is a platform's, on any of its country domains (yelp.ca, google.co.uk, tripadvisor.fr)."""

from urllib.parse import urlsplit

# The platforms' country domains are "<name>.<country>" or "<name>.<co|com>.<country>" (google.co.uk,
# google.com.au, tripadvisor.com.br); a host pattern "yelp.*" in a table stands for all of them. No
# public-suffix list is needed for these few names, and the app stays offline.
_SECOND_LEVELS = ("co", "com")


def link_host(payload: str) -> str:
    """The lower-case host of an http(s) link, without a final dot; "" for anything else."""
    if "://" not in payload:
        return ""
    try:
        return (urlsplit(payload.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def _registrable(labels: list[str]) -> list[str]:
    """The name and its public suffix: ["yelp", "ca"], ["google", "co", "uk"]."""
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVELS and len(labels[-1]) == 2:
        return labels[-3:]
    return labels[-2:]


def host_matches(host: str, pattern: str) -> bool:
    """"g.page" matches g.page and its sub-domains; "yelp.*" matches yelp.com, www.yelp.ca, m.yelp.co.uk."""
    host = host.rstrip(".").lower()
    if not host:
        return False
    if not pattern.endswith(".*"):
        return host == pattern or host.endswith("." + pattern)
    name = _registrable(host.split("."))
    suffix = name[1:]
    if not suffix or not all(label.isalpha() for label in suffix):
        return False
    return name[0] == pattern[:-2] and (len(suffix[-1]) == 2 or suffix == ["com"])
