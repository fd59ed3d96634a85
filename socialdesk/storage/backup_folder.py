"""The folder the owner chose for the backups (setting `backup_folder`), and the note that finds it again.

The setting lives in the data file; a small note in the default `backups/` folder beside the data file
names the chosen folder too, so the backups are found (restore, rotation) even when the data file
itself is damaged or missing. The chosen folder is never created at backup time: a USB stick or a
synced folder that is not there must not become an empty folder on this disk.
"""

import json
import os
import sqlite3
from pathlib import Path

from socialdesk.domain.settings import checked

NOTE_SUFFIX = ".backups-elsewhere"  # never matches the backups' own names (`*-*.sqlite3`)


def chosen_folder(conn: sqlite3.Connection) -> Path | None:
    """The folder the owner chose in Preferences; None for the default, beside the data file."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'backup_folder'").fetchone()
        value = checked("backup_folder", json.loads(row[0])) if row else ""
    except (sqlite3.Error, ValueError, TypeError):  # a file from before settings, or a value not JSON
        return None
    return Path(value) if value else None


def usable(folder: Path) -> bool:
    """An existing folder this user may write into (a stick unplugged, a folder deleted: not usable)."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def note_path(default_folder: Path, db_path: Path) -> Path:
    return default_folder / f".{db_path.name}{NOTE_SUFFIX}"


def remembered_folder(default_folder: Path, db_path: Path) -> Path | None:
    """The chosen folder the last backup went to, read from the note (None if there is none)."""
    try:
        value = note_path(default_folder, db_path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return Path(value) if value and os.path.isabs(value) else None


def remember(default_folder: Path, db_path: Path, folder: Path | None) -> None:
    """Write (or, for the default folder, remove) the note; a refusal only costs finding them by hand."""
    note = note_path(default_folder, db_path)
    try:
        if folder is None:
            note.unlink(missing_ok=True)
            return
        default_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if remembered_folder(default_folder, db_path) != folder:
            note.write_text(str(folder) + "\n", encoding="utf-8")
    except OSError:
        pass
