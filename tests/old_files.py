"""Data files as earlier SocialDesk versions left them, for the tests of their first open by this one."""

import sqlite3


def before_keys(path) -> None:
    """The file (or backup) as a version before file keys left it, months ago: no key, no key migration (0018
    only adds the key)."""
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM settings WHERE key = 'file_key'")
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0018_file_key'")
        conn.execute("UPDATE _sqlite_migrations SET applied_at = '2026-03-02 09:00:00.000000+00:00'")
    conn.close()
