"""A data file's own key, kept in its settings: copied with it (a backup, another computer's synced copy), new for
another file. Restore tells this file's backups from another file's of the same name in a shared backup folder."""

import json
import sqlite3
from pathlib import Path

KEY_MIGRATION = "0018_file_key"
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
        return key_in(conn)
    except (sqlite3.Error, ValueError, TypeError):
        return UNREADABLE
    finally:
        conn.close()


def key_in(conn: sqlite3.Connection) -> str | None:
    """The key in an open SQLite file, None without one; sqlite3.Error (or ValueError) when it cannot be read, or
    when it is no SocialDesk file (every one has settings: an empty file named like a backup has none)."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone() is None:
        raise sqlite3.DatabaseError("no settings: not a SocialDesk file")
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (FILE_KEY,)).fetchone()
    value = json.loads(row[0]) if row else None
    return value if isinstance(value, str) and value else None


def keyed_as_mine(key: str | None, backups: list[Path], beside: Path | None, keys: dict | None = None) -> list[Path]:
    """Of backups whose name says they are this data file's, those beyond doubt: the ones rotation may delete and
    the daily check may count. A name is not enough: another data file whose name starts like this one's (`shop.db`,
    a backup copied out as `shop-20261201-090000-manual.sqlite3`) makes backups of the same pattern, and a shop set up
    in a copy of another's folder carries its identity file and its backups. So each must carry this file's `key`
    (stored_key); one made before keys counts only beside the file (in `beside`; None for a file made since keys:
    made_since_keys), one unreadable now never. When the key is unknown (a file from before keys, on its first
    open by this version), only those beside the file without a key count: one carrying a key was made by another
    file (another file of this stem, or the file this older copy was put back over by hand). `keys`: each backup's
    key where already known (storage/backup_rows.py remembers them), else it is read here."""
    mine = []
    for backup in backups:
        if not key and backup.parent != beside:
            continue
        found = keys[backup] if keys is not None and backup in keys else key_of(backup)
        if (key and found == key) or (found is None and backup.parent == beside):
            mine.append(backup)
    return mine


def stored_key(conn: sqlite3.Connection) -> str | None:
    """The key in an open data file, None without one."""
    try:
        return key_in(conn)
    except (sqlite3.Error, ValueError, TypeError):
        return None


def keep_key(conn: sqlite3.Connection, key: str) -> None:
    """The file stays the same shop, with the key it had: after a restore (a backup from before keys would have
    been given a new one by the upgrade; another file's backup brings that file's), or when it is started afresh in
    its place. Else its own backups would look like another file's, and that file's like its own."""
    conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                 "excluded.value", (FILE_KEY, json.dumps(key)))


def key_to_give(conn: sqlite3.Connection, pending: list[str]) -> str | None:
    """A new key for a file from before keys, to be given with its upgrade's backup, so that backup carries it:
    this file's beyond doubt wherever it is kept (a file damaged that same day has its one-click restore).
    None when the upgrade gives no key, when the file has one (given so before an upgrade cut short), or when it
    has no settings to keep it in yet (older still: its migrations make them, then its key). Migration 0018 keeps a
    key given so."""
    if KEY_MIGRATION not in pending or stored_key(conn) or conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'settings'").fetchone() is None:
        return None
    return new_file_key()


def made_since_keys(conn: sqlite3.Connection) -> bool:
    """Whether the file was made with its key (its first migration and its key's within a minute), not given one by
    an upgrade: then a backup beside it without a key is not its own (it came with a copied folder, another shop's)."""
    from datetime import datetime, timedelta

    from socialdesk.storage.schema_names import KNOWN, MIGRATIONS_TABLE

    try:
        made, keyed = (conn.execute(f'SELECT applied_at FROM "{MIGRATIONS_TABLE}" WHERE name = ?', (name,)).fetchone()
                       for name in (KNOWN[0], KEY_MIGRATION))
        return bool(made and keyed) and abs(datetime.fromisoformat(keyed[0]) - datetime.fromisoformat(made[0])) \
            < timedelta(minutes=1)
    except (sqlite3.Error, TypeError, ValueError):
        return False
