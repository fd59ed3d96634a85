"""Looking at a data file without changing it, and setting a bad one aside."""

import sqlite3
from datetime import datetime
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")


def readonly_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)


def connect_for_inspection(path: Path) -> sqlite3.Connection:
    """Read-only; with no WAL beside the file, also immutable so no -shm/-wal gets created."""
    uri = readonly_uri(path)
    if not Path(str(path) + "-wal").exists():
        uri += "&immutable=1"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        # quick_check reads every page once: a small cache checks as thoroughly, sooner and lighter.
        conn.execute("PRAGMA cache_size=-256")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def read_header(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(100)


def aside_name(path: Path, when: datetime, label: str = "damaged") -> Path:
    """`shop.sqlite3` → `shop.damaged-20261126-130500.sqlite3`, never an existing name."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}.{label}-{stamp}-{n}{path.suffix}")
    return candidate


def set_aside(path: Path, when: datetime, label: str = "damaged") -> Path:
    """Rename the file (and its WAL/SHM companions) out of the way, bytes untouched."""
    target = aside_name(path, when, label)
    path.rename(target)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            side.rename(Path(str(target) + suffix))
    return target
