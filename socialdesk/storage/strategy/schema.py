"""Tables of the strategy tab, created by migration 0002."""

from sqlite_utils import Database


def m0002_strategy(db: Database) -> None:
    """Create the strategy tables (filled in by the strategy issue; frozen once released)."""
