"""A new data file: built whole under a temporary name, then moved in (a crash never leaves half a file)."""

import os
import sqlite3
from pathlib import Path

from socialdesk.domain.clock import system_clock
from socialdesk.storage.errors import Problem, StoreOpenError, means_disk_full
from socialdesk.storage.files import SIDE_FILES, aside_name, fitting_stem, stamp
from socialdesk.storage.private_files import create_private_file, sync_folder
from socialdesk.storage.store import configure_connection, database

# A new data file with its journal needs well under this: less free after a failure means a full disk.
ROOM_TO_CREATE = 1 << 20


def create_migrated(path: Path) -> None:
    """Build the new file under a temporary name and move it in whole: a crash never leaves half a file."""
    partial = creating_name(path)
    _remove_with_sides(partial)  # from a crash during an earlier creation; we hold the lock
    try:
        create_private_file(partial)
        _build_schema(partial)
    except BaseException as error:
        _remove_with_sides(partial)  # a failed creation leaves nothing behind
        if isinstance(error, (sqlite3.Error, OSError, StoreOpenError)):
            raise _creation_error(path, error) from error
        raise
    set_orphans_aside(path)
    os.rename(partial, path)
    sync_folder(path.parent)


def creating_name(path: Path) -> Path:
    stem = fitting_stem(path, len(os.fsencode(f".{path.suffix}.creating-journal")))  # a name near the limit too
    return path.with_name(f".{stem}{path.suffix}.creating")


def _build_schema(partial: Path) -> None:
    from socialdesk.storage.migrations import migrations

    conn = sqlite3.connect(partial, isolation_level=None)
    try:
        stamp(conn)
        configure_connection(conn)
        migrations.apply(database(conn))
    finally:
        conn.close()


def _remove_with_sides(path: Path) -> None:
    for each in (path, *(Path(str(path) + side) for side in SIDE_FILES)):
        each.unlink(missing_ok=True)


def _creation_error(path: Path, error: BaseException) -> StoreOpenError:
    if isinstance(error, StoreOpenError):
        error = error.__cause__ or error
    if means_disk_full(error, path.parent, ROOM_TO_CREATE):
        return StoreOpenError(Problem.DISK_FULL, path, str(error))
    return StoreOpenError(Problem.READ_ONLY, path, str(error))


def set_orphans_aside(path: Path) -> None:
    """A -wal/-shm/-journal with no data file (moved away without it) must not be replayed into a new file."""
    base = aside_name(path, system_clock(), "orphan")
    for side in SIDE_FILES:
        orphan = Path(str(path) + side)
        if orphan.exists():
            orphan.rename(Path(str(base) + side))
