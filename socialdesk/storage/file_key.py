"""A data file's own key, kept in its settings: copied with it (a backup, another computer's synced copy), new for
another file. Restore tells this file's backups from another file's of the same name in a shared backup folder."""

import json
import sqlite3
from pathlib import Path

FILE_KEY = "file_key"  # the settings key; never shown, never changed once made (migration 0018)
UNREADABLE = object()  # key_of: the file could not be read now (gone, locked, not SQLite): whose it is is unknown


def new_file_key() -> str:
    import secrets  # with OpenSSL (hmac): only when a file is made or upgraded

    return secrets.token_hex(16)


def key_of(path: Path, *, live: bool = False):
    """The key stored in the SQLite file at `path`, read without writing and without waiting for a lock; None
    when it has none (a backup made before keys were kept), UNREADABLE when it cannot be read now.

    A backup is read as an unchanging file (SQLite's `immutable`): nothing is made beside it (no -wal, no -shm in
    a synced folder) and no lock is waited for. The `live` data file, open in the app, is read through its WAL."""
    mode = "mode=ro" if live else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{Path(path).resolve(strict=True).as_uri()}?{mode}", uri=True, timeout=0)
    except (sqlite3.Error, ValueError, OSError):
        return UNREADABLE
    try:
        tables = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone()
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_KEY,)).fetchone() if tables else None
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return UNREADABLE
    finally:
        conn.close()
    return value if isinstance(value, str) and value else None


def of_this_file(backups: list[Path], key: str | None) -> tuple[list[Path], list[Path]]:
    """Of backups whose name cannot tell whose they are: those of this very file (same key), and those that
    cannot tell (no key, made before keys); another file's (another key) and those unreadable now are left out.
    All are kept, as unsure, when this file's own key is unknown."""
    same, unknown = [], []
    for backup in backups:
        found = key_of(backup) if key else None
        if found is None:
            unknown.append(backup)
        elif found == key:
            same.append(backup)
    return same, unknown


def keyed_as_mine(key: str | None, backups: list[Path], beside: Path) -> list[Path]:
    """Of backups whose name says they are this data file's, those beyond doubt: the ones rotation may delete and
    the daily check may count. Beside the file (in `beside`), all. In a chosen folder a name is not enough (a shop
    set up in a copy of another's folder carries its identity file): a backup there must carry this file's key; one
    made before keys, or unreadable now, is left alone; all are when this file's `key` (stored_key) is unknown."""
    chosen = [b for b in backups if b.parent != beside]
    if not chosen:
        return backups
    same = set(of_this_file(chosen, key)[0]) if key else set()
    return [b for b in backups if b.parent == beside or b in same]


def stored_key(conn: sqlite3.Connection) -> str | None:
    """The key in an open data file, None without one."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_KEY,)).fetchone()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return value if isinstance(value, str) and value else None


def keep_key(conn: sqlite3.Connection, key: str) -> None:
    """After restoring a backup made before keys: the file stays the same shop, with the key it had (the upgrade
    would have given it a new one, and its other backups would have looked like another file's)."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value", (FILE_KEY, json.dumps(key)))
