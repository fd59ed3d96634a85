"""Applying a strategy: record cadence and pillars, then ask presence and rules for their rows."""

from dataclasses import dataclass, field
from datetime import datetime

from socialdesk.domain.changes import Area, Change
from socialdesk.domain.strategy.apply import apply_plan
from socialdesk.domain.strategy.model import Strategy


@dataclass
class ApplyReport:
    """What Apply did, for the summary the owner reads (counts and what could not be done)."""

    cadence: dict[str, int]
    pillar_count: int
    listings_added: list[str] = field(default_factory=list)
    listings_known: list[str] = field(default_factory=list)
    listings_refused: list[str] = field(default_factory=list)  # keys the presence tab does not know
    drivers_added: list[str] = field(default_factory=list)
    drivers_known: list[str] = field(default_factory=list)
    listings_wanted: int = 0
    drivers_wanted: int = 0
    changes: list[Change] = field(default_factory=list)


def apply_strategy(store, strategy: Strategy, now: datetime) -> ApplyReport:
    plan = apply_plan(strategy)
    report = ApplyReport(plan.cadence, len(plan.pillars),
                         listings_wanted=len(plan.listings), drivers_wanted=len(plan.drivers))
    report.changes.append(store.strategy.record_applied(plan.cadence, plan.pillars, now, plan.days))
    for platform, handle in plan.listings:
        try:
            added = store.presence.ensure_listing(platform, handle)
        except ValueError:
            report.listings_refused.append(platform)
            continue
        (report.listings_added if added else report.listings_known).append(platform)
    if plan.listings:
        report.changes.append(Change(Area.PRESENCE))
    for driver in plan.drivers:
        added = store.rules.ensure_driver(driver.name.strip(), driver.group.value, driver.handle.strip(),
                                          driver.note.strip())
        (report.drivers_added if added else report.drivers_known).append(driver.name.strip())
    if plan.drivers:
        report.changes.append(Change(Area.RULES))
    return report
