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
    presence_missing: bool = False  # the local-presence part cannot take listings (yet)
    rules_missing: bool = False  # the checklist cannot take people (yet)
    listings_wanted: int = 0
    drivers_wanted: int = 0
    changes: list[Change] = field(default_factory=list)


def _method(store, repo_name: str, method_name: str):
    """The other tab's method, or None when its repository or method does not exist."""
    try:
        repo = getattr(store, repo_name)
    except (AttributeError, ImportError):
        return None
    return getattr(repo, method_name, None)


def apply_strategy(store, strategy: Strategy, now: datetime) -> ApplyReport:
    plan = apply_plan(strategy)
    report = ApplyReport(plan.cadence, len(plan.pillars),
                         listings_wanted=len(plan.listings), drivers_wanted=len(plan.drivers))
    report.changes.append(store.strategy.record_applied(plan.cadence, plan.pillars, now))
    ensure_listing = _method(store, "presence", "ensure_listing")
    if ensure_listing is None:
        report.presence_missing = bool(plan.listings)
    else:
        for platform, handle in plan.listings:
            try:
                added = ensure_listing(platform, handle)
            except ValueError:
                report.listings_refused.append(platform)
                continue
            (report.listings_added if added else report.listings_known).append(platform)
        if plan.listings:
            report.changes.append(Change(Area.PRESENCE))
    ensure_driver = _method(store, "rules", "ensure_driver")
    if ensure_driver is None:
        report.rules_missing = bool(plan.drivers)
    else:
        for driver in plan.drivers:
            added = ensure_driver(driver.name.strip(), driver.group.value, driver.handle.strip(), driver.note.strip())
            (report.drivers_added if added else report.drivers_known).append(driver.name.strip())
        if plan.drivers:
            report.changes.append(Change(Area.RULES))
    return report
