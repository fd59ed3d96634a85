"""What File ▸ Restore (and a fresh start) keeps of the file it replaces: the owner's care of the file, not the shop's data. A backup
made before the owner chose a backup folder, or a longer count of backups to keep, must not undo the choice (the next
rotation would delete the backups the owner chose to keep); and the file stays the same shop (its key)."""

import sqlite3

from socialdesk.storage.file_key import FILE_KEY, keep_key

KEPT = ("backup_folder", "backups_keep", FILE_KEY)


def settings_to_keep(conn: sqlite3.Connection) -> dict[str, str | None]:
    """The stored values (None: never set) of the settings a restore puts back."""
    rows = dict(conn.execute(f"SELECT key, value FROM settings WHERE key IN ({', '.join('?' * len(KEPT))})", KEPT))
    return {key: rows.get(key) for key in KEPT}


def put_back(conn: sqlite3.Connection, kept: dict[str, str | None]) -> None:
    """Each one as it was; one never set is unset again, except the key: a file from before keys takes the
    backup's."""
    for key, value in kept.items():
        if value is None and key != FILE_KEY:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        elif value is not None:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def keep_for_fresh(store, key: str | None, choice: str | None) -> None:
    """A new, empty file started in a refused one's place is the same shop: it keeps that file's key (its backups
    stay its own: Restore, rotation) and its backup folder (its backups go on where they went)."""
    if key is not None:
        keep_key(store.conn, key)
    if choice is not None:
        store.settings.set("backup_folder", choice)
