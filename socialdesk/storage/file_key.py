"""A data file's own key, kept in its settings: copied with it (a backup, another computer's synced copy), new for
another file. Restore tells this file's backups from another file's of the same name in a shared backup folder."""

import json
import sqlite3
from pathlib import Path

FILE_KEY = "file_key"  # the settings key; never shown, never changed once made (migration 0018)


def new_file_key() -> str:
    import secrets  # with OpenSSL (hmac): only when a file is made or upgraded

    return secrets.token_hex(16)


def key_of(path: Path) -> str | None:
    """The key stored in the SQLite file at `path`, read without writing; None when it has none (a backup made
    before keys were kept) or cannot be read."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except (sqlite3.Error, ValueError, OSError):
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_KEY,)).fetchone()
        value = json.loads(row[0]) if row else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()
    return value if isinstance(value, str) and value else None


def of_this_file(backups: list[Path], key: str | None) -> tuple[list[Path], list[Path]]:
    """Of backups carrying another identity than this computer's: those of this very file (same key), and those
    that cannot tell (no key); another file's (another key) are left out. All are kept when `key` is unknown."""
    same, unknown = [], []
    for backup in backups:
        found = key_of(backup) if key else None
        if found is None:
            unknown.append(backup)
        elif found == key:
            same.append(backup)
    return same, unknown
