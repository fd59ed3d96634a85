"""The decisions a strategy hands to the rest of the app when the owner applies it."""

from dataclasses import dataclass, field

from socialdesk.domain.calendar.week_plan import posting_days
from socialdesk.domain.plan import Pillar
from socialdesk.domain.presence import platforms
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.model import Driver, Strategy

@dataclass(frozen=True)
class ApplyPlan:
    cadence: dict[str, int]
    pillars: list[Pillar]
    listings: list[tuple[str, str]]  # (platform key, handle), without duplicates
    drivers: list[Driver] = field(default_factory=list)
    days: frozenset[int] = frozenset()  # the usual posting days (ISO weekdays), read by the calendar


def platform_for_network(network_key: str) -> str:
    """The presence tab's key for a network's listing (google → google_business); else the key itself."""
    found = platforms.platform_for_network(network_key)
    return found.key if found is not None else network_key


def apply_plan(strategy: Strategy) -> ApplyPlan:
    """Cadence of the networks in use, named pillars, listings to claim, named drivers."""
    cadence = {key: n for key, n in strategy.channels.items() if n > 0}
    pillars = [p.as_pillar() for p in strategy.pillars if p.name.strip()]
    handle = strategy.text(f.CHANNEL_HANDLE).strip().lstrip("@")
    listings: dict[str, str] = {}
    for platform in strategy.keys(f.CHANNEL_LISTINGS):
        listings.setdefault(platform, "")
    for network_key in list(cadence) + strategy.keys(f.CHANNEL_RESERVE):
        listings[platform_for_network(network_key)] = handle
    drivers = [d for d in strategy.drivers if d.name.strip()]
    return ApplyPlan(cadence, pillars, list(listings.items()), drivers, posting_days(strategy.text(f.CHANNEL_DAYS)))
