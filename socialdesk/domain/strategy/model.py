"""What a strategy holds: texts keyed by field, goals, drivers, channels, pillars, versions."""

from dataclasses import dataclass, field
from datetime import date, datetime

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.plan import Pillar


@dataclass(frozen=True)
class Goal:
    """A SMART goal: what, measured how, by when (the date may be missing)."""

    text: str
    due: date | None = None


@dataclass(frozen=True)
class Driver:
    """A named person worth recruiting in one of the six community groups."""

    group: CommunityGroup
    name: str
    handle: str = ""
    note: str = ""


@dataclass(frozen=True)
class StrategyPillar:
    """A content pillar with its target share, and whether its posts sell (the 20 of 80/20)."""

    name: str
    share: int = 0
    sells: bool = False

    def as_pillar(self) -> Pillar:
        return Pillar(self.name, self.share)


@dataclass(frozen=True)
class StrategyVersion:
    """A dated version: the current one is edited; a reviewed one is kept read-only."""

    id: int
    started_on: date | None  # None for the very first version
    reviewed_on: date | None = None  # set when a review replaced it
    reviewed_at: datetime | None = None  # and its time, when the review was recorded with one

    @property
    def is_current(self) -> bool:
        return self.reviewed_on is None


@dataclass
class Strategy:
    """One version's content; the shop card lives apart (one record shared with presence)."""

    version: StrategyVersion
    texts: dict[str, str] = field(default_factory=dict)
    goals: list[Goal] = field(default_factory=list)
    drivers: list[Driver] = field(default_factory=list)
    channels: dict[str, int] = field(default_factory=dict)  # network key -> posts per week
    pillars: list[StrategyPillar] = field(default_factory=list)

    def text(self, key: str) -> str:
        return self.texts.get(key, "")

    def lines(self, key: str) -> list[str]:
        """A multi-line field as its non-empty lines (messages, indicators…)."""
        return [line.strip() for line in self.text(key).splitlines() if line.strip()]

    def keys(self, key: str) -> list[str]:
        """A comma-separated field of codes (tools, days, networks…)."""
        return [part.strip() for part in self.text(key).split(",") if part.strip()]

    def drivers_in(self, group: CommunityGroup) -> list[Driver]:
        return [d for d in self.drivers if d.group is group]
