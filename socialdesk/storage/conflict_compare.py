"""A conflict copy against the live data file, record by record, both read-only (the copy is never written)."""

import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.storage.files import is_socialdesk

# What the owner recognises a record by, per area: the table and the column shown in the list.
AREAS = {"posts": ("posts", "text"), "rules": ("rules", "text"), "listings": ("presence_listings", "platform_key")}


class Side(Enum):
    ONLY_LIVE = "only_live"
    ONLY_COPY = "only_copy"
    CHANGED = "changed"


@dataclass(frozen=True)
class RecordDifference:
    area: str  # a key of AREAS
    record_id: int
    side: Side
    label: str  # the post's text, the rule's text, the listing's platform: as the copy or the live file has it


def read_only(path: Path, *, named: Path | None = None) -> sqlite3.Connection:
    """A connection that cannot write; a failure names `named` (the file the owner knows) if given."""
    uri = Path(path).resolve().as_uri() + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise StoreOpenError(Problem.DAMAGED, Path(named or path), str(error)) from error
    return conn


def _private_copy(copy: Path, folder: Path) -> Path:
    """The conflict copy and its -wal (the records synced with it) copied into our own temp folder,
    so that SQLite reads them both and never writes a byte beside the copy."""
    target = folder / "copy.sqlite3"
    try:
        shutil.copyfile(copy, target)
        wal = copy.with_name(copy.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, folder / "copy.sqlite3-wal")
    except OSError as error:
        raise StoreOpenError(Problem.UNREADABLE, copy, str(error)) from error
    return target


def compare_with_copy(live: Path, copy: Path) -> list[RecordDifference]:
    """Every post, rule and listing that only one file has, or that the two files hold differently.
    StoreOpenError (EMPTY_FILE, FOREIGN, DAMAGED) when the copy is empty or not a SocialDesk file."""
    with tempfile.TemporaryDirectory(prefix="socialdesk-copy-") as folder:
        copy_conn = read_only(_private_copy(Path(copy), Path(folder)), named=Path(copy))
        try:
            live_conn = read_only(live)
        except StoreOpenError:
            copy_conn.close()
            raise
        try:
            _refuse_foreign(copy_conn, Path(copy))
            differences = []
            for area in AREAS:
                differences += _compare_area(area, _rows(live_conn, area, live), _rows(copy_conn, area, copy))
            return differences
        finally:
            live_conn.close()
            copy_conn.close()


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """An empty copy, or another program's database, holds none of the owner's records: said as such."""
    try:
        ours = is_socialdesk(conn)
    except sqlite3.DatabaseError as error:
        raise StoreOpenError(Problem.DAMAGED, path, str(error)) from error
    if ours is None:
        raise StoreOpenError(Problem.EMPTY_FILE, path)
    if not ours:
        raise StoreOpenError(Problem.FOREIGN, path)


def _rows(conn: sqlite3.Connection, area: str, path: Path) -> dict[int, tuple]:
    table = AREAS[area][0]
    try:
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
    except sqlite3.OperationalError:  # an older file without this area yet
        return {}
    names = [column[0] for column in cursor.description]
    if AREAS[area][1] not in names:  # a table of that name, but not ours
        raise StoreOpenError(Problem.FOREIGN, Path(path))
    label_at = names.index(AREAS[area][1])
    try:
        return {row[0]: (row, str(row[label_at] or "")) for row in cursor}
    except sqlite3.DatabaseError as error:
        raise StoreOpenError(Problem.DAMAGED, Path(path), str(error)) from error


def _compare_area(area: str, live: dict, copy: dict) -> list[RecordDifference]:
    found = []
    for record_id in sorted(live.keys() | copy.keys()):
        if record_id not in copy:
            found.append(RecordDifference(area, record_id, Side.ONLY_LIVE, live[record_id][1]))
        elif record_id not in live:
            found.append(RecordDifference(area, record_id, Side.ONLY_COPY, copy[record_id][1]))
        elif live[record_id][0] != copy[record_id][0]:
            found.append(RecordDifference(area, record_id, Side.CHANGED, copy[record_id][1]))
    return found
