"""Dataclasses of the checklist: a rule, its tick for one week, a driver of the community."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.weeks import IsoWeek

LAST_WEEK_OF_MONTH = -1  # month_week value: the week holding the month's last Monday
MONTH_WEEKS = (1, 2, 3, 4, LAST_WEEK_OF_MONTH)


class Frequency(str, Enum):
    WEEKLY = "weekly"
    MONTHLY = "monthly"


@dataclass
class Rule:
    """A habit the owner ticks; it counts from `first_week` until the week it was archived."""

    id: int | None = None
    text: str = ""
    why: str = ""
    frequency: Frequency = Frequency.WEEKLY
    month_week: int = 1  # monthly rules: 1…4 = week of the n-th Monday, -1 = last Monday
    position: int = 0
    first_week: IsoWeek | None = None
    archived_week: IsoWeek | None = None  # first week it no longer counts in
    starter_key: str = ""

    @property
    def is_archived(self) -> bool:
        return self.archived_week is not None


@dataclass
class RuleCheck:
    """One rule in one ISO week: ticked or not, when, and the owner's note."""

    rule_id: int
    week: IsoWeek
    done: bool = False
    done_at: datetime | None = None
    note: str = ""


@dataclass
class Driver:
    """Someone worth keeping close: a regular who shares, a supplier, a local blogger…"""

    id: int | None = None
    name: str = ""
    group: CommunityGroup = CommunityGroup.CUSTOMERS
    network: str = ""  # a key of domain.networks, or "" (met in person, by phone…)
    handle: str = ""
    last_contact: date | None = None
    next_step: str = ""
    note: str = ""


def name_key(name: str) -> str:
    """How two names are compared: case and surrounding spaces do not matter."""
    return " ".join(name.split()).casefold()
