"""Tracking tags (utm_…) on a printed link: only on the shop's own website, the one place they are read."""

import re
from urllib.parse import urlencode, urlsplit, urlunsplit

from socialdesk.domain.urls import UrlRefused, safe_http_url

DEFAULT_SOURCE = "counter-card"
MEDIUM = "qr"
LINK_PAGES = ("linktr.ee", "beacons.ai", "lnk.bio")  # one page of links on a shared host: no statistics of the shop's
OTHERS_SITES = ("wa.me", "whatsapp.com", "t.me", "m.me", "doctolib.*", "ubereats.com", "deliveroo.*", "just-eat.*",
                "justeat.*", "thefork.*", "lafourchette.com", "planity.com", "treatwell.*", "booksy.com",
                "calendly.com", "opentable.*", "resy.com", "doordash.com", "grubhub.com", "booking.com",
                "airbnb.*", "expedia.*", "hotels.com", "vrbo.com", "abritel.fr", "gites-de-france.com",
                "trustpilot.com", "etsy.com", "amazon.*", "ebay.*", "leboncoin.fr", "vinted.*",
                "openstreetmap.org", "osm.org")  # messaging, booking, marketplaces, delivery, maps: someone else's
# statistics, even when the shop typed its page there as its website
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
    host = _site(link.hostname or "")
    return (bool(own.hostname) and host == _site(own.hostname) and not _platform_host(host)
            and _under(link.path, own.path))


def _under(path: str, own: str) -> bool:
    """A website given with a path (etsy.com/shop/Fleurs: a page on a shared host) takes tags only on its own
    pages, not on the host's other shops."""
    own = own.rstrip("/").casefold()
    return not own or path.casefold() == own or path.casefold().startswith(own + "/")


def _platform_host(host: str) -> bool:
    """A social network's, a review site's or Maps' host (the networks and platforms tables, any country
    domain, link pages such as linktr.ee), or a messaging, booking or delivery site's: a shop whose "website"
    is its page there reads no tags."""
    from socialdesk.domain.networks import NETWORKS
    from socialdesk.domain.platform_hosts import host_matches
    from socialdesk.domain.presence.platforms import PLATFORMS
    from socialdesk.domain.review_rules import review_rules

    hosts = [h for network in NETWORKS for h in network.url_hosts] + [h for p in PLATFORMS for h in p.url_hosts]
    hosts += [h for rule in review_rules().rules for h in rule.hosts if h != "*"] + list(LINK_PAGES) + list(OTHERS_SITES)
    return any(host_matches(host, pattern) for pattern in hosts)


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
    kept = [field for field in re.split(r"[&;]", parts.query) if field and not _is_tag(field)]
    separator = ";" if ";" in parts.query and "&" not in parts.query else "&"  # the site's own way, as typed
    tags = urlencode([("utm_source", source_tag(source)), ("utm_medium", MEDIUM)])
    query = separator.join(kept + [tags.replace("&", separator)])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _is_tag(field: str) -> bool:
    """An earlier tracking tag, in any case (UTM_SOURCE=…): replaced, never kept beside the new one."""
    return field.split("=", 1)[0].lower().startswith("utm_")
