"""How many of the owner's rows each backup holds, remembered in a small file beside the backups.

Rotation compares backups by their rows (see backups.fullest_beyond) on every open of a
writable file; counting reads each copy, about 8 ms per ten-year backup from a cold disk.
A copy is counted once, and again only if its size or modification time changed.
"""

import json
import logging
import os
import sqlite3
import tempfile
from pathlib import Path, PurePath

from socialdesk.storage.files import readonly_uri, small_regular_file

ROWS_FILE = ".backup-rows.json"  # never matches the backups' own names (`*-*.sqlite3`)
PATTERN = "*-*.sqlite3"  # the backups' names
BOOKKEEPING = {"settings", "_sqlite_migrations", "migrations", "drafts"}

log = logging.getLogger(__name__)


def count_rows(path: Path) -> int:
    """Rows in the owner's tables (not the bookkeeping ones); 0 for a copy that cannot be read."""
    try:
        conn = sqlite3.connect(readonly_uri(path) + "&immutable=1", uri=True)
        try:
            names = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            own = [n for n in names if n not in BOOKKEEPING]
            return sum(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in own)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):
        return 0


def _stamp(path: Path) -> list[int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return [info.st_size, info.st_mtime_ns]


def rows_file(file_id: str | None) -> str:
    """One cache per data file identity: two computers sharing a synced folder never rewrite the same file."""
    return f".backup-rows+{file_id}.json" if file_id else ROWS_FILE


def _load(folder: Path, name: str) -> dict:
    try:
        data = json.loads(small_regular_file(folder / name, 1 << 20) or b"{}")  # a FIFO there reads as nothing
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _save(folder: Path, data: dict, cache: str) -> None:
    """Atomically, owner-only; a folder that refuses it only costs a recount next time."""
    try:
        handle, name = tempfile.mkstemp(prefix=cache, suffix=".tmp", dir=folder)
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out)
            os.replace(name, folder / cache)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise
    except OSError as error:
        log.warning("backup row counts not remembered in %s: %s", folder, error)


def rows_of(paths: list[Path], file_id: str | None = None, names: list[str] | None = None) -> dict[Path, int]:
    """Each backup's row count: remembered where size and time still match, counted (and remembered) otherwise.

    `names`: the folder's names already listed (the open's scan), else the folder is listed here."""
    if not paths:
        return {}
    folder, cache = paths[0].parent, rows_file(file_id)
    known, counts, changed = _load(folder, cache), {}, False
    for path in paths:
        stamp, entry = _stamp(path), known.get(path.name)
        if stamp is not None and isinstance(entry, dict) and entry.get("stamp") == stamp \
                and isinstance(entry.get("rows"), int):
            counts[path] = entry["rows"]
            continue
        counts[path] = count_rows(path)
        if stamp is not None:
            known[path.name], changed = {"stamp": stamp, "rows": counts[path]}, True
    present = ({p.name for p in folder.glob(PATTERN)} if names is None
               else {name for name in names if PurePath(name).match(PATTERN)})  # as the glob matches
    if changed or any(name not in present for name in known):
        _save(folder, {name: entry for name, entry in known.items() if name in present}, cache)
    return counts
