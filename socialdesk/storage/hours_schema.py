"""Migration 0015: the shop's opening hours as a structure, and the hours each listing shows."""

from sqlite_utils import Database

from socialdesk.domain.hours.model import HoursRefused, to_json


def m0015_opening_hours(db: Database) -> None:
    """The week read from the free text when it can be read; the text itself is always kept."""
    from socialdesk.domain.hours.parse import parse_hours  # only when a file is upgraded, not at every open

    db.execute("ALTER TABLE shop ADD COLUMN opening_week TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE presence_listings ADD COLUMN nap_hours TEXT NOT NULL DEFAULT ''")
    for shop_id, text in db.execute("SELECT id, opening_hours FROM shop").fetchall():
        try:
            week = to_json(parse_hours(text or ""))
        except HoursRefused:
            continue  # kept as typed; the hours editor says it could not be read
        db.execute("UPDATE shop SET opening_week = ? WHERE id = ?", (week, shop_id))
