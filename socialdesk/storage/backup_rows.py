"""How many of the owner's rows each backup holds, the file key it carries and its place in the order the data
file's backups were made, remembered in a small file beside the backups.

Rotation compares backups by their rows (fullest_beyond, below) and deletes only those carrying the data file's
key (file_key.keyed_as_mine); counting reads each copy, about 8 ms per ten-year backup from a cold disk. A copy is
read once, and again only if its size or modification time changed (or it could not be read).

The order comes from a number each backup carries in its header (SQLite's `user_version`, which SocialDesk files
leave at 0): one more than every earlier backup of the file carries. The date in a backup's name is only what the
clock said; a clock set ahead, set back or reset at every boot names copies out of the order they were made in.
"""

import json
import logging
import os
import sqlite3
import tempfile
from pathlib import Path, PurePath
from typing import NamedTuple

from socialdesk.storage.backup_names import stamp_onwards
from socialdesk.storage.file_key import UNREADABLE, key_in
from socialdesk.storage.files import connect_unchanging, small_regular_file

ROWS_FILE = ".backup-rows.json"  # never matches the backups' own names (`*-*.sqlite3`)
PATTERN = "*-*.sqlite3"  # the backups' names
BOOKKEEPING = {"settings", "_sqlite_migrations", "migrations", "drafts"}
HIGHEST_MADE = 2**31 - 1  # a backup's number is in its header, a signed 32-bit one: one beyond would be stored as 0

log = logging.getLogger(__name__)


class Facts(NamedTuple):
    rows: int  # in the owner's tables
    key: object  # the file key it carries: None without one, UNREADABLE when it cannot be read
    made: int  # its place in the order this file's backups were made; 0 for one made before that was kept


def _facts(path: Path) -> Facts:
    """What a copy holds; (0, UNREADABLE, 0) when it cannot be read."""
    try:
        conn = connect_unchanging(path)
        try:
            names = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
            own = [n for n in names if n not in BOOKKEEPING]
            rows = sum(conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in own)
            return Facts(rows, key_in(conn), max(conn.execute("PRAGMA user_version").fetchone()[0], 0))
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError, ValueError, TypeError):
        return Facts(0, UNREADABLE, 0)


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
             names: list[str] | None = None, remember: bool = True) -> dict[Path, Facts]:
    """Each backup's facts, all in one folder: remembered where size and time still match, read (and
    remembered) otherwise. A copy that cannot be read now is read again next time.

    `names`: the folder's names already listed (the open's scan), else the folder is listed here. Not `remember`:
    nothing is written (Restore's list, a refused file's look for a backup: only reads)."""
    if not paths:
        return {}
    folder, cache = paths[0].parent, rows_file(file_id)
    known, facts, changed = _load(folder, cache), {}, False
    for path in paths:
        stamp, entry = _stamp(path), known.get(path.name)
        if stamp is not None and isinstance(entry, dict) and entry.get("stamp") == stamp \
                and isinstance(entry.get("rows"), int) and isinstance(entry.get("key", 0), (str, type(None))) \
                and type(entry.get("made")) is int and 0 <= entry["made"] <= HIGHEST_MADE:  # else read again
            # (a note from before the order was kept, or one edited by hand)
            facts[path] = Facts(entry["rows"], entry["key"], entry["made"])
            continue
        facts[path] = found = _facts(path)
        if stamp is not None and found.key is not UNREADABLE:
            known[path.name], changed = {"stamp": stamp, **found._asdict()}, True
    present = ({p.name for p in folder.glob(PATTERN)} if names is None
               else {name for name in names if PurePath(name).match(PATTERN)})  # as the glob matches
    if remember and (changed or any(name not in present for name in known)):
        _save(folder, {name: entry for name, entry in known.items() if name in present}, cache)
    return facts


def remembered_facts(backups: list[Path], scan, file_id: str | None = None, remember: bool = True) -> dict[Path, Facts]:
    """facts_of for backups in any folders of a data file: `scan` (backup_scan.BackupScan, or None) gives the
    folders' names already listed and, unless `file_id` is given, the identity whose memory is used."""
    if not backups:
        return {}  # this file's identity is not looked for (it takes OpenSSL's load): nothing to remember
    file_id = scan.mine if file_id is None and scan is not None else file_id
    facts = {}
    for folder in dict.fromkeys(p.parent for p in backups):
        present = None if scan is None or folder not in scan.listing else scan.names(folder)
        facts.update(facts_of([p for p in backups if p.parent == folder], file_id, present, remember))
    return facts


def fullest_beyond(kept: list[Path], old: list[Path], file_id: str | None = None, scan=None) -> Path | None:
    """The old backup holding the most rows (the newest of equals), when that is more than every kept one holds:
    never rotated out (attack 41c, M1: the newest with more rows let the fullest go in a slow loss).

    The rule (simplest honest one): a file that went missing and was replaced by an empty one
    (or emptied by mistake) makes a new, smaller backup every day; after KEEP days the last copy
    of the owner's real data would go. It stays until a newer backup holds as much (then it is
    pruned as usual), so there are at most KEEP + 1 backups."""
    if not old:
        return None
    rows = {p: facts.rows for p, facts in remembered_facts(kept + old, scan, file_id).items()}
    most_kept = max((rows[p] for p in kept), default=0)
    fullest = max(old, key=lambda p: rows[p])  # max keeps the first, the newest, of equals
    return fullest if rows[fullest] > most_kept else None


def newest_made_first(backups: list[Path], facts: dict[Path, Facts]) -> list[Path]:
    """Backups in the order they were made, newest first: by the number each carries, then (among those made
    before it was kept, or two made at once) by the stamp and rank in their names."""
    return sorted(backups, key=lambda p: (facts[p].made, stamp_onwards(p)), reverse=True)


def next_made(facts: dict[Path, Facts], key: str | None) -> int:
    """The number a new backup carries: after every backup of the file carrying its `key` (or none). Another
    shop's copy put in the folder never sets it; a copy another tool numbered at the top leaves the new ones there
    too (in the order of their names among them), never wrapped to 0 (attack 33, F1)."""
    return min(1 + max((f.made for f in facts.values() if f.key in (key, None)), default=0), HIGHEST_MADE)
