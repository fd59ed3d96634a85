"""Tables of the strategy tab, created by migration 0002."""

from sqlite_utils import Database


def m0002_strategy(db: Database) -> None:
    """Versions, their texts, goals, drivers, channels and pillars, and what was applied."""
    db["strategy_version"].create(
        {"id": int, "started_on": str, "reviewed_on": str, "shop_json": str}, pk="id"
    )
    # The first version exists from the start: the owner edits it until a review.
    db["strategy_version"].insert({"id": 1, "started_on": None, "reviewed_on": None, "shop_json": None})
    version_fk = [("version_id", "strategy_version", "id")]
    db["strategy_text"].create(
        {"version_id": int, "key": str, "value": str}, pk=("version_id", "key"), foreign_keys=version_fk
    )
    db["strategy_goal"].create(
        {"id": int, "version_id": int, "position": int, "text": str, "due": str},
        pk="id", foreign_keys=version_fk,
    )
    db["strategy_driver"].create(
        {"id": int, "version_id": int, "position": int, "grp": str, "name": str, "handle": str, "note": str},
        pk="id", foreign_keys=version_fk,
    )
    db["strategy_channel"].create(
        {"version_id": int, "network": str, "posts_per_week": int},
        pk=("version_id", "network"), foreign_keys=version_fk,
    )
    db["strategy_pillar"].create(
        {"id": int, "version_id": int, "position": int, "name": str, "share": int, "sells": int},
        pk="id", foreign_keys=version_fk,
    )
    # One row: the decisions last applied (the calendar reads them, even after new edits).
    db["strategy_applied"].create(
        {"id": int, "version_id": int, "applied_at": str, "cadence_json": str, "pillars_json": str}, pk="id"
    )
    for table in ("strategy_goal", "strategy_driver", "strategy_pillar"):
        db[table].create_index(["version_id", "position"])


def m0008_applied_posting_days(db: Database) -> None:
    """The usual posting days are applied with the cadence, so the calendar reads both from what the owner
    applied; a file applied before takes the days of the version it applied."""
    db.execute("ALTER TABLE strategy_applied ADD COLUMN posting_days TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE strategy_applied SET posting_days = COALESCE((SELECT value FROM strategy_text"
               " WHERE strategy_text.version_id = strategy_applied.version_id AND key = 'channels.days'), '')")
