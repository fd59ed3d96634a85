"""A conflict copy against the live data file, record by record, both read-only (the copy is never written)."""

import shutil
import sqlite3
import tempfile
import threading
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from socialdesk.storage.compare_areas import AREAS, Area
from socialdesk.storage.errors import CompareCancelled, Problem, StoreOpenError
from socialdesk.storage.files import is_socialdesk
from socialdesk.storage.schema_names import unknown_names


class Side(Enum):
    ONLY_LIVE = "only_live"
    ONLY_COPY = "only_copy"
    CHANGED = "changed"


@dataclass(frozen=True)
class RecordDifference:
    area: str  # a key of AREAS
    key: tuple  # what pairs the record in both files (a post's uid, a closure's days…), never a row id
    side: Side
    label: str  # the post's text, the rule's text, the listing's platform: as the copy or the live file has it
    row_id: int | None = None  # only to pair records with no key of their own (rules)
    live_label: str = ""  # a changed record's label in the live file when it differs from the copy's
    fields: tuple[str, ...] = ()  # a changed record's columns (or AREAS' `also` fields) that differ, as stored


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


def compare_with_copy(live: Path, copy: Path, stop: threading.Event | None = None) -> list[RecordDifference]:
    """Every record the owner typed (posts, rules, shop, closures, strategy, settings…) that only one file has,
    or that the two files hold differently.
    StoreOpenError (EMPTY_FILE, FOREIGN, DAMAGED, NEWER_VERSION) when the copy is empty, not a SocialDesk file,
    or written by a newer SocialDesk;
    CompareCancelled soon after `stop` is set (from another thread)."""
    stop = stop or threading.Event()
    with tempfile.TemporaryDirectory(prefix="socialdesk-copy-") as folder:
        private = _private_copy(Path(copy), Path(folder))
        if stop.is_set():  # stopped while the copy was being taken (a large one): no file opened
            raise CompareCancelled()
        copy_conn = read_only(private, named=Path(copy))
        try:
            live_conn = read_only(live)
        except StoreOpenError:
            copy_conn.close()
            raise
        try:
            for conn in (live_conn, copy_conn):
                conn.set_progress_handler(stop.is_set, 10_000)  # a query stops ("interrupted") once stop is set
            _refuse_foreign(copy_conn, Path(copy))
            return _compare_areas((live_conn, Path(live)), (copy_conn, Path(copy)), stop)
        finally:
            live_conn.close()
            copy_conn.close()


def _compare_areas(live: tuple, copy: tuple, stop: threading.Event) -> list[RecordDifference]:
    differences = []
    for area in AREAS:
        try:
            if stop.is_set():
                raise CompareCancelled()
            differences += _compare_area(area, live, copy)
        except StoreOpenError:
            if stop.is_set():  # the query SQLite interrupted: not a damaged file
                raise CompareCancelled() from None
            raise
    return differences


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """An empty copy, or another program's database, holds none of the owner's records: said as such; a copy a
    newer SocialDesk wrote may hold records this version cannot see (never "no difference")."""
    try:
        ours = is_socialdesk(conn)
        newer = ours and unknown_names(conn)
    except sqlite3.DatabaseError as error:
        raise StoreOpenError(Problem.DAMAGED, path, str(error)) from error
    if ours is None:
        raise StoreOpenError(Problem.EMPTY_FILE, path)
    if not ours:
        raise StoreOpenError(Problem.FOREIGN, path)
    if newer:
        raise StoreOpenError(Problem.NEWER_VERSION, path, ", ".join(newer))


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _records(conn: sqlite3.Connection, path: Path, area: Area, shared: list[str]):
    """(key, a digest of each compared field, label, row id) for each record, read row by row; a key seen twice
    (two rules of the same text) gets its rank added so that both are kept."""
    columns = "".join(f', "{name}"' for name in shared) + "".join(f", {sql}" for _, sql in area.also)
    where = f" WHERE {area.where}" if area.where else ""
    keys = len(area.key)
    seen: dict[tuple, int] = {}
    try:
        row_id = "id" if area.then_id else "NULL"
        cursor = conn.execute(f'SELECT {", ".join(area.key)}, {area.label}, {row_id}{columns} FROM "{area.table}"{where}')
        for row in cursor:
            key = row[:keys]
            seen[key] = rank = seen.get(key, 0) + 1
            label = str(row[keys] or "")[:200]
            label = area.named(label) if area.named else label
            yield (key if rank == 1 else key + (rank,)), tuple(map(hash, row[keys + 2:])), label, row[keys + 1]
    except sqlite3.OperationalError as error:  # a table of that name, but not ours
        raise StoreOpenError(Problem.FOREIGN, path, str(error)) from error
    except sqlite3.DatabaseError as error:
        raise StoreOpenError(Problem.DAMAGED, path, str(error)) from error


def _compare_area(name: str, live: tuple, copy: tuple) -> list[RecordDifference]:
    """The copy is read row by row against the live file's keys; only the columns both files have are compared
    (a column an older SocialDesk did not write yet is no difference); a file without the area has none of it."""
    area = AREAS[name]
    live_columns, copy_columns = _columns(live[0], area.table), _columns(copy[0], area.table)
    shared = [c for c in live_columns if c in copy_columns and c not in area.skip]
    mine = {key: (values, label, row_id) for key, values, label, row_id in _records(*live, area, shared)} \
        if live_columns else {}
    fields = shared + [field for field, _ in area.also]
    found = []
    if copy_columns:
        for key, values, label, row_id in _records(*copy, area, shared):
            held = mine.pop(key, None)
            if held is None:
                found.append(RecordDifference(name, key, Side.ONLY_COPY, label, row_id))
            elif held[0] != values:
                changed = tuple(f for f, a, b in zip(fields, held[0], values) if a != b)
                found.append(RecordDifference(name, key, Side.CHANGED, label, fields=changed))
    found += [RecordDifference(name, key, Side.ONLY_LIVE, label, row_id) for key, (_, label, row_id) in mine.items()]
    return _paired_by_id(found) if area.then_id else found


def _paired_by_id(found: list[RecordDifference]) -> list[RecordDifference]:
    """A record only in the copy and one only in the live file with the same row id: one record edited
    (a rule's text changed on one computer), said as changed, with both texts."""
    live = {d.row_id: d for d in found if d.side is Side.ONLY_LIVE}
    paired = []
    for difference in found:
        mine = live.pop(difference.row_id, None) if difference.side is Side.ONLY_COPY else None
        if mine is not None:
            difference = RecordDifference(difference.area, difference.key, Side.CHANGED, difference.label,
                                          difference.row_id, mine.label)
        paired.append(difference)
    return [d for d in paired if d.side is not Side.ONLY_LIVE or d.row_id in live]
