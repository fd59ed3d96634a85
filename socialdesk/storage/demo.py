"""The sample bakery behind `--demo`: each tab's storage adds its part, relative to today."""

from datetime import date
from importlib import import_module
from pathlib import Path

from socialdesk.domain.clock import system_clock
from socialdesk.storage.opening import open_store
from socialdesk.storage.store import Store

# Each module offers seed_demo(store, today); order matters (the strategy comes first).
_PARTS = (
    "socialdesk.storage.strategy.demo",
    "socialdesk.storage.presence.demo",
    "socialdesk.storage.calendar.demo",
    "socialdesk.storage.rules.demo",
    "socialdesk.storage.rules.reviews_demo",  # review tallies and replies (issue 17)
)


def seed_demo(store: Store, today: date) -> list[str]:
    """Fill a fresh store with the sample bakery; returns the parts that were added."""
    added = []
    for module_name in _PARTS:
        try:
            module = import_module(module_name)
        except ModuleNotFoundError:
            continue
        module.seed_demo(store, today)
        area = module_name.rsplit(".", 2)[-2]
        if area not in added:
            added.append(area)
    return added


def build_demo_file(path: Path, today: date | None = None, language: str = "") -> Store:
    """A demo file speaking `language` ("en"/"fr"; "" follows the system) in its texts."""
    store = open_store(path, now=system_clock())
    if language:
        store.settings.set("language", language)
    seed_demo(store, today or system_clock().date())
    return store
