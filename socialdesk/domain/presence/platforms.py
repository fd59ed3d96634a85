"""The catalogue of listing platforms, with the interview's 2011 names mapped to today's."""

from dataclasses import dataclass
from enum import Enum

from socialdesk.domain.networks import NETWORKS, Network
from socialdesk.domain.presence.platform_keys import RECOMMENDED_LOCAL


class PlatformKind(str, Enum):
    LOCAL = "local"  # maps and directories where the shop's address, hours and reviews live
    SOCIAL = "social"  # profiles where the brand name is reserved (the interview's first reflex)


class CardWording(str, Enum):
    """What a printed card asks for; the UI and cards turn it into words."""

    REVIEW = "review"  # "Leave us a review on …" (only where the platform allows asking)
    FIND = "find"  # "Find us on …"
    FOLLOW = "follow"  # "Follow us on …"


@dataclass(frozen=True)
class Platform:
    key: str  # stable, stored in the file
    name: str  # a brand name, the same in every language
    short_name: str  # for calls to action: "Leave us a review on Google"
    kind: PlatformKind
    wording: CardWording  # what a card for its page says (review cards need a review link)
    reviews_may_be_asked: bool  # Yelp forbids asking for reviews
    network_key: str = ""  # the matching key of socialdesk.domain.networks, if any
    profile_url: str = ""  # "{handle}" is replaced by the reserved handle
    url_hosts: tuple[str, ...] = ()  # hosts a pasted URL of this platform lives on
    page_path: str = ""  # regular expression: the path of a business's page there (DOMAIN.md "Links")
    review_url: str = ""  # regular expression: the whole URL of its review form
    app_closed_in: int = 0  # the year its consumer app closed (DOMAIN.md); the listing may still feed others
    reviews_tab: str = ""  # added to the page's URL to show its reviews; empty: the page shows them


CUSTOM_KEY = "custom"

# Listing platforms that are not networks; a network's listing is derived from its record below.
_NOT_NETWORKS: tuple[Platform, ...] = (
    Platform("apple", "Apple Business Connect", "Apple Maps", PlatformKind.LOCAL, CardWording.FIND, False,
             url_hosts=("maps.apple.com", "maps.apple")),
    Platform("bing", "Bing Places", "Bing", PlatformKind.LOCAL, CardWording.FIND, False,
             url_hosts=("bing.com",)),
    Platform("tripadvisor", "TripAdvisor", "TripAdvisor", PlatformKind.LOCAL, CardWording.FIND, True,
             url_hosts=("tripadvisor.com", "tripadvisor.fr", "tripadvisor.co.uk"),
             page_path=r"^/[A-Za-z_]+-g\d+-d\d+(-[^/]*)?\.html$",
             review_url=r"^https://www\.tripadvisor\.[a-z.]+/UserReviewEdit-g\d+-d\d+(-[^/]*)?\.html$"),
    Platform("thefork", "TheFork", "TheFork", PlatformKind.LOCAL, CardWording.FIND, False,
             url_hosts=("thefork.fr", "thefork.com", "lafourchette.com"),
             page_path=r"^/(restaurant|restaurante|ristorante)/[^/]+-r\d+/?$"),
    Platform("yelp", "Yelp", "Yelp", PlatformKind.LOCAL, CardWording.FIND, False,
             url_hosts=("yelp.fr", "yelp.com", "yelp.co.uk"), page_path=r"^/biz/[^/]+/?$"),
    Platform("pagesjaunes", "PagesJaunes", "PagesJaunes", PlatformKind.LOCAL, CardWording.FIND, False,
             url_hosts=("pagesjaunes.fr",)),
    Platform("waze", "Waze", "Waze", PlatformKind.LOCAL, CardWording.FIND, False, url_hosts=("waze.com",)),
    Platform("foursquare", "Foursquare", "Foursquare", PlatformKind.LOCAL, CardWording.FIND, False,
             url_hosts=("foursquare.com",), app_closed_in=2024),  # City Guide app closed; venue data lives on
)

def network_platform(item: Network) -> Platform:
    """The listing of a network, every fact taken from its record."""
    kind, wording = (PlatformKind.LOCAL, CardWording.FIND) if item.local else (PlatformKind.SOCIAL, CardWording.FOLLOW)
    return Platform(item.listing_key, item.name, item.short_name or item.name, kind, wording,
                    item.reviews_may_be_asked, item.key, item.profile_url, item.url_hosts, item.page_path,
                    item.review_url, reviews_tab=item.reviews_tab)


def catalogue(networks: tuple[Network, ...]) -> tuple[Platform, ...]:
    """Every platform: the recommended local listings in their order, then the rest (networks in theirs)."""
    every = {p.key: p for p in _NOT_NETWORKS} | {p.key: p for p in map(network_platform, networks)}
    if len(every) != len(_NOT_NETWORKS) + len(networks):
        raise ValueError("a network's listing key is already a platform's")
    return tuple(every[k] for k in RECOMMENDED_LOCAL) + tuple(
        p for key, p in every.items() if key not in RECOMMENDED_LOCAL)


PLATFORMS: tuple[Platform, ...] = catalogue(NETWORKS)


class LegacyFate(str, Enum):
    RENAMED = "renamed"  # same service, new name
    MERGED = "merged"  # closed, its listings moved to another service
    UNVERIFIED = "unverified"  # status unknown: offered only as a custom listing


@dataclass(frozen=True)
class LegacyName:
    key: str
    name: str
    fate: LegacyFate
    platform_key: str  # today's platform; CUSTOM_KEY when there is none to point to
    in_interview: bool = True  # the 2011 interview uses this name (others are later names still recognised)


LEGACY_NAMES: tuple[LegacyName, ...] = (
    LegacyName("google_places", "Google Adresses", LegacyFate.RENAMED, "google_business"),
    LegacyName("google_my_business", "Google My Business", LegacyFate.RENAMED, "google_business", in_interview=False),
    LegacyName("qype", "Qype", LegacyFate.MERGED, "yelp"),
    LegacyName("lafourchette", "LaFourchette", LegacyFate.RENAMED, "thefork"),
    LegacyName("cityvox", "Cityvox", LegacyFate.UNVERIFIED, CUSTOM_KEY),
)

_BY_KEY = {p.key: p for p in PLATFORMS}
_BY_NETWORK = {p.network_key: p for p in PLATFORMS if p.network_key}
_LEGACY = {legacy.key: legacy for legacy in LEGACY_NAMES}
PLATFORM_KEYS: tuple[str, ...] = tuple(p.key for p in PLATFORMS)


def platform(key: str) -> Platform:
    """The platform with this catalogue key; KeyError otherwise (custom listings have none)."""
    return _BY_KEY[key]


def is_platform_key(key: str) -> bool:
    return key in _BY_KEY


def platform_for_network(network_key: str) -> Platform | None:
    """The platform holding the shop's page on a network of socialdesk.domain.networks."""
    return _BY_NETWORK.get(network_key)


def legacy_names_for(platform_key: str) -> list[str]:
    """The interview's names for a platform of today ("Qype" for "yelp"); later names are not credited to it."""
    return [legacy.name for legacy in LEGACY_NAMES if legacy.platform_key == platform_key and legacy.in_interview]


def resolve_platform_key(key: str) -> str | None:
    """Today's catalogue key for a catalogue key, a network key or an interview name; else None.

    Cityvox resolves to None: its status is unverified, so it is only offered as a custom listing.
    """
    cleaned = (key or "").strip().lower()
    if cleaned in _BY_KEY:
        return cleaned
    if cleaned in _BY_NETWORK:
        return _BY_NETWORK[cleaned].key
    legacy = _LEGACY.get(cleaned)
    if legacy is not None and legacy.platform_key != CUSTOM_KEY:
        return legacy.platform_key
    return None
