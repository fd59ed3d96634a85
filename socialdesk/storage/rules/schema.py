"""Tables of the rules tab, created by migration 0004."""

from sqlite_utils import Database


def m0004_rules(db: Database) -> None:
    """Create the rules tables (filled in by the rules issue; frozen once released)."""
