"""A data file's path or name too long to be kept: refused by what it is, before SQLite or a file beside it fails."""

import os
from pathlib import Path

from socialdesk.storage.backup_names import SQLITE_PATH_MAX
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.storage.missing import interrupted_restore


def refuse_long_path(path: Path, made_as: Path | None = None) -> None:
    """Problem.PATH_TOO_LONG when SQLite cannot open the file by this full path (accents count two bytes), or
    the copy it is `made_as` first (a new file is built under a longer name, then renamed)."""
    if len(os.fsencode(str(Path(made_as or path).absolute()))) + len("-journal") > SQLITE_PATH_MAX:
        raise StoreOpenError(Problem.PATH_TOO_LONG, path, f"path of {len(os.fsencode(str(path)))} bytes")


def _read_names(path: Path) -> list[str]:
    """What SQLite makes beside a data file (WAL mode) that it only reads: its write-ahead log and shared memory."""
    return [f"{path.name}-wal", f"{path.name}-shm"]


def companion_names(path: Path) -> list[str]:
    """The names of the files every open or restore of a data file may make beside it, each made from its name:
    the lock, SQLite's journals, and a restore's copy (`.<name>.restoring`, the longest: 11 bytes more)."""
    from socialdesk.storage.lock import lock_path_for

    return [interrupted_restore(path).name, lock_path_for(path).name, f"{path.name}-journal", *_read_names(path)]


def refuse_long_name(path: Path, *, reading_only: bool = False) -> None:
    """Problem.NAME_TOO_LONG when a companion's name would pass the name limit of the file's folder: the file
    is refused before any of them is made, rather than failing later, half way through a restore or a backup.
    `reading_only` (check, backup, export): only SQLite's -wal and -shm need room, a few more names can be read."""
    from socialdesk.storage.backup_names import name_limit

    names = _read_names(path) if reading_only else companion_names(path)
    longest = max(len(os.fsencode(name)) for name in names)
    if longest > name_limit(path.parent if path.parent.is_dir() else Path(".")):
        raise StoreOpenError(Problem.NAME_TOO_LONG, path, f"name of {len(os.fsencode(path.name))} bytes")
