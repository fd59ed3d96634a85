"""The schema's history: append-only migrations, one function each, never edited once released."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from socialdesk.storage.calendar import schema as calendar_schema
from socialdesk.storage.errors import reading
from socialdesk.storage.hours_schema import m0015_opening_hours
from socialdesk.storage.presence import schema as presence_schema
from socialdesk.storage.rules import schema as rules_schema
from socialdesk.storage.schema_names import KNOWN, MIGRATION_SET
from socialdesk.storage.strategy import schema as strategy_schema

migrations = Migrations(MIGRATION_SET)


@migrations(name="0001_settings_and_shop")
def m0001_settings_and_shop(db: Database) -> None:
    db["settings"].create({"key": str, "value": str}, pk="key")
    db["shop"].create(
        {"id": int, "name": str, "trade": str, "address": str, "postcode": str, "city": str,
         "country": str, "phone": str, "email": str, "website": str, "opening_hours": str,
         "languages": str},
        pk="id",
    )


migrations(name="0002_strategy")(strategy_schema.m0002_strategy)
migrations(name="0003_calendar")(calendar_schema.m0003_calendar)
migrations(name="0004_rules")(rules_schema.m0004_rules)
migrations(name="0005_presence")(presence_schema.m0005_presence)
migrations(name="0006_starter_rule_keys")(rules_schema.m0006_starter_rule_keys)
migrations(name="0007_driver_contacts")(rules_schema.m0007_driver_contacts)
migrations(name="0008_applied_posting_days")(strategy_schema.m0008_applied_posting_days)
migrations(name="0010_closures")(calendar_schema.m0010_closures)
migrations(name="0011_printed_codes")(presence_schema.m0011_printed_codes)
migrations(name="0012_contact_ticks")(rules_schema.m0012_contact_ticks)
migrations(name="0013_review_replies")(rules_schema.m0013_review_replies)
migrations(name="0014_ready_posts")(calendar_schema.m0014_ready_posts)
migrations(name="0015_opening_hours")(m0015_opening_hours)
migrations(name="0016_printed_kinds")(presence_schema.m0016_printed_kinds)
migrations(name="0017_image_crops")(calendar_schema.m0017_image_crops)


@migrations(name="0018_file_key")
def m0018_file_key(db: Database) -> None:
    """The file's own key (storage/file_key.py): a copy keeps it, another file has another. One given just before
    the upgrade's backup (file_key.key_to_give) is kept: that backup carries it."""
    import json

    from socialdesk.storage.file_key import FILE_KEY, new_file_key

    if db.execute("SELECT 1 FROM settings WHERE key = ?", [FILE_KEY]).fetchone() is None:
        db["settings"].upsert({"key": FILE_KEY, "value": json.dumps(new_file_key())}, pk="key")


if tuple(m.name for m in migrations._migrations) != KNOWN:
    # Opening a file checks its version against schema_names.KNOWN without importing this module.
    raise RuntimeError("add the new migration's name to socialdesk/storage/schema_names.py KNOWN")


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]


def applied_names(db: Database) -> list[str]:
    return [m.name for m in migrations.applied(db)]


def pending_names(db: Database) -> list[str]:
    return [m.name for m in migrations.pending(db)]


def schema_version(db: Database) -> int:
    """How many migrations the file has had; StoreReadError if it cannot be read."""
    with reading():
        return len(applied_names(db))
