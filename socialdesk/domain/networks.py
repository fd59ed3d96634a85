"""The social networks SocialDesk plans for: stable keys, names, default character limits."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Network:
    key: str  # stable: stored in the file and in CSV exports
    name: str  # a brand name, the same in every language
    default_limit: int  # characters; the owner can correct it (sources disagree)


NETWORKS: tuple[Network, ...] = (
    Network("facebook", "Facebook", 63206),
    Network("instagram", "Instagram", 2200),
    Network("google", "Google Business Profile", 1500),
    Network("x", "X", 280),
    Network("linkedin", "LinkedIn", 3000),
    Network("tiktok", "TikTok", 2200),
    Network("pinterest", "Pinterest", 500),
    Network("threads", "Threads", 500),
    Network("bluesky", "Bluesky", 300),
    Network("mastodon", "Mastodon", 500),
    Network("youtube", "YouTube", 5000),
)

_BY_KEY = {n.key: n for n in NETWORKS}


def network(key: str) -> Network:
    """The network with this key; KeyError for an unknown key."""
    return _BY_KEY[key]


def is_network_key(key: str) -> bool:
    return key in _BY_KEY
