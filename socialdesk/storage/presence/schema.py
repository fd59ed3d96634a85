"""Tables of the presence tab, created by migration 0005."""

from sqlite_utils import Database


def m0005_presence(db: Database) -> None:
    """Create the presence tables (filled in by the presence issue; frozen once released)."""
