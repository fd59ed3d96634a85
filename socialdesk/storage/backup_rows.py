"""How many of the owner's rows each backup holds, and the file key it carries, remembered in a small file beside
the backups.

Rotation compares backups by their rows (fullest_beyond, below) and deletes only those carrying the data file's
key (file_key.keyed_as_mine); counting reads each copy, about 8 ms per ten-year backup from a cold disk. A copy is
read once, and again only if its size or modification time changed (or it could not be read).
"""

import json
import logging
import os
import sqlite3
import tempfile
from pathlib import Path, PurePath

from socialdesk.storage.file_key import UNREADABLE, key_in
from socialdesk.storage.files import connect_unchanging, small_regular_file

ROWS_FILE = ".backup-rows.json"  # never matches the backups' own names (`*-*.sqlite3`)
PATTERN = "*-*.sqlite3"  # the backups' names
BOOKKEEPING = {"settings", "_sqlite_migrations", "migrations", "drafts"}

log = logging.getLogger(__name__)


def _facts(path: Path) -> tuple[int, object]:
    """The copy's rows in the owner's tables, and its file key (None without one); (0, UNREADABLE) when it
    cannot be read."""
    try:
        conn = connect_unchanging(path)
        try:
            names = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            own = [n for n in names if n not in BOOKKEEPING]
            rows = sum(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in own)
            return rows, key_in(conn)
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError):
        return 0, UNREADABLE


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


def facts_of(paths: list[Path], file_id: str | None = None,
             names: list[str] | None = None) -> dict[Path, tuple[int, object]]:
    """Each backup's row count and key, all in one folder: remembered where size and time still match, read (and
    remembered) otherwise. A copy that cannot be read now is read again next time.

    `names`: the folder's names already listed (the open's scan), else the folder is listed here."""
    if not paths:
        return {}
    folder, cache = paths[0].parent, rows_file(file_id)
    known, facts, changed = _load(folder, cache), {}, False
    for path in paths:
        stamp, entry = _stamp(path), known.get(path.name)
        if stamp is not None and isinstance(entry, dict) and entry.get("stamp") == stamp \
                and isinstance(entry.get("rows"), int) and isinstance(entry.get("key", 0), (str, type(None))):
            facts[path] = entry["rows"], entry["key"]
            continue
        facts[path] = rows, key = _facts(path)
        if stamp is not None and key is not UNREADABLE:
            known[path.name], changed = {"stamp": stamp, "rows": rows, "key": key}, True
    present = ({p.name for p in folder.glob(PATTERN)} if names is None
               else {name for name in names if PurePath(name).match(PATTERN)})  # as the glob matches
    if changed or any(name not in present for name in known):
        _save(folder, {name: entry for name, entry in known.items() if name in present}, cache)
    return facts


def remembered_facts(backups: list[Path], scan, file_id: str | None = None) -> dict[Path, tuple[int, object]]:
    """facts_of for backups in any folders of a data file: `scan` (backup_scan.BackupScan, or None) gives the
    folders' names already listed and, unless `file_id` is given, the identity whose memory is used."""
    file_id = scan.mine if file_id is None and scan is not None else file_id
    facts = {}
    for folder in dict.fromkeys(p.parent for p in backups):
        present = None if scan is None or folder not in scan.listing else scan.names(folder)
        facts.update(facts_of([p for p in backups if p.parent == folder], file_id, present))
    return facts


def fullest_beyond(kept: list[Path], old: list[Path], file_id: str | None = None, scan=None) -> Path | None:
    """The newest old backup holding more rows than every kept one: never rotated out.

    The rule (simplest honest one): a file that went missing and was replaced by an empty one
    (or emptied by mistake) makes a new, smaller backup every day; after KEEP days the last copy
    of the owner's real data would go. It stays until a newer backup holds as much (then it is
    pruned as usual), so there are at most KEEP + 1 backups."""
    if not old:
        return None
    rows = {p: rows for p, (rows, _) in remembered_facts(kept + old, scan, file_id).items()}
    most_kept = max((rows[p] for p in kept), default=0)
    return next((p for p in old if rows[p] > most_kept), None)
