"""Change records that a write returns, so other tabs know what to reload."""

from dataclasses import dataclass, field
from enum import Enum


class Area(str, Enum):
    """The part of the data a change touches."""

    SETTINGS = "settings"
    STRATEGY = "strategy"
    CALENDAR = "calendar"
    RULES = "rules"
    PRESENCE = "presence"
    ALL = "all"  # a restore or another data file: everything reloads


@dataclass(frozen=True)
class Change:
    """What a write changed: its area and the ids it touched (empty: unknown or many)."""

    area: Area
    ids: tuple = field(default_factory=tuple)

    def concerns(self, area: Area, key: str | None = None) -> bool:
        """Whether a reader of `area` (or only of its `key`, e.g. "shop") must reload."""
        if self.area is Area.ALL:
            return True
        if self.area is not area:
            return False
        return key is None or not self.ids or key in self.ids
