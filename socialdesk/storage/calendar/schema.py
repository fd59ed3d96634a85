"""Tables of the calendar tab, created by migration 0003."""

from sqlite_utils import Database


def m0003_calendar(db: Database) -> None:
    """Create the calendar tables (filled in by the calendar issue; frozen once released)."""
