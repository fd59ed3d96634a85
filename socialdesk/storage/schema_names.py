"""The names of the schema's migrations and what a file has applied, read with plain SQL.

Opening a file only needs to know whether it is up to date, and that must not cost the
import of sqlite-utils (about 70 ms and 15 MiB before the window can paint). migrations.py
registers the functions and refuses to load if its names differ from KNOWN.
"""

import sqlite3

MIGRATION_SET = "socialdesk"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' Migrations.migrations_table
KNOWN = (
    "0001_settings_and_shop",
    "0002_strategy",
    "0003_calendar",
    "0004_rules",
    "0005_presence",
    "0006_starter_rule_keys",
    "0007_driver_contacts",
    "0008_applied_posting_days",
    "0010_closures",
    "0011_printed_codes",
    "0012_contact_ticks",
    "0013_review_replies",
    "0014_ready_posts",
    "0015_opening_hours",
    "0016_printed_kinds",
    "0017_image_crops",
    "0018_file_key",
)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations of our set recorded in the file, in the order they were applied."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                          (MIGRATIONS_TABLE,)).fetchone()
    if not exists:
        return []
    rows = conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
                        (MIGRATION_SET,))
    return [row[0] for row in rows]


def pending_names(conn: sqlite3.Connection) -> list[str]:
    applied = set(applied_names(conn))
    return [name for name in KNOWN if name not in applied]


def unknown_names(conn: sqlite3.Connection) -> list[str]:
    """Migrations recorded in the file that this version does not know: a newer app wrote it."""
    return [name for name in applied_names(conn) if name not in KNOWN]
