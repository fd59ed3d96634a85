"""Looking at a data file without changing it, and setting a bad one aside."""

import os
import re
import shutil
import sqlite3
import stat
import tempfile
import time
from datetime import datetime
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")
# Written in the header of every file SocialDesk creates ("SocD"); older files are known by their migrations.
APPLICATION_ID = 0x536F6344


def readonly_uri(path: Path) -> str:
    return path.resolve().as_uri() + "?mode=ro"


def connect_readonly(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(readonly_uri(path), uri=True, isolation_level=None)


def connect_unchanging(path: Path) -> sqlite3.Connection:
    """Read-only, as a file nobody writes (SQLite's `immutable`): nothing made beside it, even beside a -wal."""
    return sqlite3.connect(readonly_uri(path) + "&immutable=1", uri=True, isolation_level=None)


def journal_unreadable(path: Path) -> bool:
    """Whether the -wal beside the file, or its -shm index, cannot be read: not a regular file (a folder, a FIFO),
    or not readable. SQLite would then read the file without its journal (a FIFO), or fail as if the file were
    damaged (attack 40b, M2; 40c, M3)."""
    for side in ("-wal", "-shm"):
        try:
            info = os.stat(f"{path}{side}")
        except FileNotFoundError:  # none, or a dangling link
            continue
        except OSError:
            return True
        if not stat.S_ISREG(info.st_mode) and not (side == "-shm" and stat.S_ISDIR(info.st_mode)):  # a -shm
            # folder: SQLite reads the journal without it (seen by attack 40b: "ok", the journal's posts exported)
            return True
        if stat.S_ISREG(info.st_mode) and not os.access(f"{path}{side}", os.R_OK):
            return True
    return False


def has_wal_files(path: Path) -> bool:
    return any(Path(f"{path}{side}").exists() for side in ("-wal", "-shm"))


def drop_wal_files(path: Path) -> None:
    """Remove the -wal/-shm a read-only look at a WAL file left beside it: SQLite itself deletes them when the
    last connection closes, so a connection opened and closed here removes them only if no other program (another
    SocialDesk window, the sync service's own reader) holds the file; the file itself is not written."""
    if not has_wal_files(path):
        return
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:  # a read-only folder or drive: they stay, as any reader would leave them
        pass


class _LookingAtACopy(sqlite3.Connection):
    """A connection to a private copy of a file and its -wal, the copy's folder removed when it closes."""

    folder: str | None = None

    def close(self) -> None:
        try:
            super().close()
        finally:
            if self.folder is not None:
                shutil.rmtree(self.folder, ignore_errors=True)
                self.folder = None


LOOK_PREFIX = "socialdesk-look-"  # then the pid of the process reading: a copy of an owner's file, 0700


def _connect_to_a_copy(path: Path, wal: Path) -> sqlite3.Connection | None:
    """The file and its -wal copied into a folder of our own (0700) and read there; None if they cannot be. The
    folder goes on any way out Python sees (Ctrl+C too); those of looks killed on the way are swept at the next."""
    sweep_old_looks()
    folder = None
    try:
        folder = tempfile.mkdtemp(prefix=f"{LOOK_PREFIX}{os.getpid()}-")
        copy = Path(folder) / "look.sqlite3"
        shutil.copyfile(path, copy)
        shutil.copyfile(wal, f"{copy}-wal")
        conn = sqlite3.connect(readonly_uri(copy), uri=True, isolation_level=None, factory=_LookingAtACopy)
    except BaseException as error:  # Ctrl+C during the copy of a large file too: none of the owner's data left
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, (OSError, sqlite3.Error)):  # no room for the copy: read in place, as any reader would
            return None
        raise
    conn.folder = folder
    return conn


def sweep_old_looks(now: float | None = None) -> None:
    """Removes the copies left by looks that were killed (a signal, a power cut). Only what is surely one: named as
    a look names its folder (ours, then a pid and mkdtemp's suffix), this user's, holding nothing but the copy and
    its journal; and only once its process is gone (POSIX), or, where that cannot be asked, a day old. Never fails
    the look that sweeps."""
    now = time.time() if now is None else now
    try:
        folders = [entry for entry in os.scandir(tempfile.gettempdir()) if entry.name.startswith(LOOK_PREFIX)]
    except OSError:
        return
    for entry in folders:
        try:
            if _left_by_a_killed_look(entry, now):
                shutil.rmtree(entry.path, ignore_errors=True)
        except (OSError, ValueError, OverflowError):
            continue


_LOOK_NAME = re.compile(r"(\d{1,10})-[a-z0-9_]{8}", re.ASCII)  # after LOOK_PREFIX: the pid, mkdtemp's suffix
_LOOK_FILES = {"look.sqlite3", "look.sqlite3-wal", "look.sqlite3-shm"}


def _left_by_a_killed_look(entry: os.DirEntry, now: float) -> bool:
    named = _LOOK_NAME.fullmatch(entry.name[len(LOOK_PREFIX):])
    if named is None or not entry.is_dir(follow_symlinks=False):
        return False
    info = entry.stat(follow_symlinks=False)
    if hasattr(os, "getuid") and info.st_uid != os.getuid():  # another user's, even when run as root
        return False
    if not set(os.listdir(entry.path)) <= _LOOK_FILES:
        return False
    pid = int(named.group(1))
    if os.name == "posix":
        return pid != os.getpid() and _gone(pid)
    return info.st_mtime < now - 86400  # Windows: signal 0 there is Ctrl+C, so the process is not asked


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # another user's process: alive
        return False
    return False


def connect_for_inspection(path: Path) -> sqlite3.Connection:
    """Read-only, and nothing made beside the file: with no WAL beside it, read as unchanging; with a -wal and no
    -shm (a file copied with its journal, or another database's journal beside it), SQLite would make the -shm
    beside the file to read the journal: a copy of both is read in a folder of our own instead (the fuzz suite: `check`
    said "it was not changed" and left a -shm behind). With both there, a reader makes nothing."""
    uri, wal = readonly_uri(path), Path(f"{path}-wal")
    conn = None
    if not wal.exists():
        uri += "&immutable=1"
    elif not Path(f"{path}-shm").exists():
        conn = _connect_to_a_copy(path, wal)
    conn = conn or sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        # quick_check reads every page once: a small cache checks as thoroughly, sooner and lighter.
        conn.execute("PRAGMA cache_size=-256")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def small_regular_file(path: Path, limit: int = 4096) -> bytes:
    """The first bytes of an ordinary file; nothing from a FIFO, a device or anything that could block."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return b""
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (OSError, ValueError):
        return b""
    try:
        return os.read(fd, limit) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(fd)


def replace_small_file(path: Path, text: str, *, only_new: bool = False) -> None:
    """Write a small note whole, by a rename: whatever held its name (a FIFO…) is replaced, never opened. Each run
    writes its own copy first (two runs at once never write into one), under a short name: a long note's fits.
    `only_new`: put in place only if nothing has the name (a hard link; FileExistsError else)."""
    fd, name = tempfile.mkstemp(prefix=".sd-", suffix=".partial", dir=path.parent)  # private (0600), O_EXCL
    partial = Path(name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
        if only_new and _linked(partial, path):
            partial.unlink()
            return
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _linked(partial: Path, path: Path) -> bool:
    """`partial` given the name `path` only if nothing has it; False where there are no hard links (FAT)."""
    try:
        os.link(partial, path)
    except FileExistsError:
        raise
    except OSError:
        if path.exists():
            raise FileExistsError(path) from None
        return False
    return True


def read_header(path: Path) -> bytes:
    """The first 100 bytes of a regular file; O_NONBLOCK so a FIFO swapped in after stat() cannot hang us."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise IsADirectoryError(f"{path} is not a regular file")
        return os.read(fd, 100)
    finally:
        os.close(fd)


def sqlite_objects(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]


def is_socialdesk(conn: sqlite3.Connection) -> bool | None:
    """True for our file, False for another program's, None for a SQLite file holding nothing yet.

    Our migrations make a file ours, marked or not (files made before the application_id have
    none). The marker without them is not ours: we create files whole (`.creating`, then a
    rename), so no crash of ours leaves a marked file without its tables at a data file's name."""
    from socialdesk.storage.schema_names import applied_names

    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id and app_id != APPLICATION_ID:
        return False
    if applied_names(conn):
        return True
    if app_id == APPLICATION_ID:
        return False
    if sqlite_objects(conn) == 0 and conn.execute("PRAGMA user_version").fetchone()[0] == 0:
        return None
    return False


def stamp(conn: sqlite3.Connection) -> None:
    """Mark a SocialDesk file as ours (a header field; no table changes)."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id={APPLICATION_ID}")


def aside_name(path: Path, when: datetime, label: str = "damaged") -> Path:
    """`shop.sqlite3` → `shop.damaged-20261126-130500.sqlite3`, never an existing name; a stem too long for
    the added words (and `-journal` after them) is shortened as backup names are, to its head and a digest."""
    stamp = when.strftime("%Y%m%d-%H%M%S")
    stem = fitting_stem(path, len(os.fsencode(f".{label}-{stamp}-999{path.suffix}-journal")))
    candidate = path.with_name(f"{stem}.{label}-{stamp}{path.suffix}")
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{stem}.{label}-{stamp}-{n}{path.suffix}")
    return candidate


def fitting_stem(path: Path, added: int) -> str:
    """The file's stem, or its head and a digest when the name with `added` more bytes would not fit."""
    from socialdesk.storage.backup_names import name_limit

    stem, room = os.fsencode(path.stem), name_limit(path.parent) - added
    if len(stem) <= room:
        return path.stem
    import hashlib  # with OpenSSL: only for a name too long to keep whole

    digest = hashlib.sha256(stem).hexdigest()[:8]
    return f"{stem[:max(room - 9, 1)].decode('utf-8', 'ignore')}~{digest}"  # never half a letter


def set_aside(path: Path, when: datetime, label: str = "damaged") -> Path:
    """Rename the file (and its WAL/SHM companions) out of the way, bytes untouched."""
    target = aside_name(path, when, label)
    path.rename(target)
    for suffix in SIDE_FILES:
        side = Path(str(path) + suffix)
        if side.exists():
            side.rename(Path(str(target) + suffix))
    return target


def size_or_zero(path: Path) -> int:
    """The file's size, 0 when it cannot be read."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def in_memory_copy(source: sqlite3.Connection) -> sqlite3.Connection:
    """A database copied page for page into memory, in autocommit mode: changed there, nothing reaches the file."""
    copy = sqlite3.connect(":memory:", isolation_level=None)
    try:
        copy.execute(f"PRAGMA page_size={int(source.execute('PRAGMA page_size').fetchone()[0])}")  # kept as is
        source.backup(copy)
    except BaseException:
        copy.close()
        raise
    return copy
