"""Why a data file could not be opened, read or written, as codes the UI turns into words."""

import errno
import functools
import inspect
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path


class Problem(str, Enum):
    """Reasons a data file is refused on open. The file is never modified for any of them."""

    LOCKED = "locked"  # another SocialDesk has it open
    EMPTY_FILE = "empty_file"  # zero bytes
    NOT_SQLITE = "not_sqlite"  # some other kind of file, or random bytes
    DAMAGED = "damaged"  # SQLite, but truncated or failing its integrity check
    NEWER_VERSION = "newer_version"  # written by a newer SocialDesk
    READ_ONLY = "read_only"  # the file or its folder cannot be written
    UNREADABLE = "unreadable"  # permissions, a folder in the way…
    FOREIGN = "foreign"  # SQLite, but another program's database: never ours to migrate or set aside
    DISK_FULL = "disk_full"  # a new file could not be created or upgraded: no room left on the disk
    MISSING = "missing"  # gone, but its backups (or an interrupted restore) are where it was: never replaced silently
    BROKEN_LINK = "broken_link"  # a symlink on the way leads nowhere (a disk not mounted): never followed to create
    PATH_TOO_LONG = "path_too_long"  # the full path is longer than SQLite takes: the file is fine, its folder too deep
    NAME_TOO_LONG = "name_too_long"  # a file kept beside it (".<name>.restoring"…) would pass the disk's name limit
    OLD_BACKUP = "old_backup"  # a backup made by an older SocialDesk, where backups are kept: never upgraded in place


class StoreError(Exception):
    """Every failure of the data file the storage API lets out: callers never see sqlite3's errors."""


class StoreOpenError(StoreError):
    """The data file at `path` cannot be used, for `problem`; `detail` is for the log."""

    def __init__(self, problem: Problem, path: Path, detail: str = ""):
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail

    @property
    def can_be_replaced(self) -> bool:
        """Whether restoring a backup or starting fresh is a sensible offer."""
        return self.problem in (Problem.EMPTY_FILE, Problem.NOT_SQLITE, Problem.DAMAGED)


class CompareCancelled(StoreError):
    """The owner stopped a comparison before it was done: nothing to show."""


class WriteProblem(str, Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    BUSY = "busy"
    DAMAGED = "damaged"
    OTHER = "other"


class StoreWriteError(StoreError):
    """A write was refused and rolled back: nothing of it reached the file."""

    def __init__(self, problem: WriteProblem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


class BackupWriteError(StoreWriteError):
    """A backup was not made and nothing of it was left; `folder` is where it was to go (beside the data file once a
    chosen folder refused too). Refused on an open (the upgrade's backup), it is the StoreOpenError's cause: the
    owner is told about the backups folder, not the data file."""

    def __init__(self, problem: WriteProblem, detail: str, folder: Path, skipped: Path | None = None,
                 skipped_problem: WriteProblem | None = None):
        super().__init__(problem, detail)
        self.folder = folder
        self.skipped = skipped  # the folder the owner chose, which refused it first (attack 33c, F1)...
        self.skipped_problem = skipped_problem  # ...and why, when it was tried (else it could not be: gone, a file)


def refused_backup(error: BaseException | None) -> BackupWriteError | None:
    """The backup whose refusal made an open fail: its cause, or the cause of the refusal it led to."""
    for _ in range(8):  # a chain of causes is short; a loop in one is never followed for ever
        if error is None or isinstance(error, BackupWriteError):
            return error
        error = error.__cause__ or error.__context__
    return None


class StoreReadError(StoreError):
    """A read failed (a damaged page, a table gone, the file replaced or closed): nothing was changed."""

    def __init__(self, problem: WriteProblem, detail: str = ""):
        super().__init__(f"{problem.value}: {detail}")
        self.problem = problem
        self.detail = detail


@contextmanager
def reading() -> Iterator[None]:
    """SQLite's and the OS's errors inside become StoreReadError."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise StoreReadError(classify_write_error(error), str(error)) from error


@contextmanager
def writing() -> Iterator[None]:
    """SQLite's and the OS's errors inside become StoreWriteError."""
    try:
        yield
    except (sqlite3.Error, OSError) as error:
        raise StoreWriteError(classify_write_error(error), str(error)) from error


def guard_reads(cls: type) -> type:
    """Class decorator: every public method raises storage's errors only (writes already do)."""
    for name, member in list(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            setattr(cls, name, _guarded(member))
    return cls


def _guarded(function):
    @functools.wraps(function)
    def guarded(*args, **kwargs):
        with reading():
            return function(*args, **kwargs)

    return guarded


def classify_write_error(error: BaseException) -> WriteProblem:
    """Map SQLite's and the OS's errors to what the owner can act on."""
    text = str(error).lower()
    code = getattr(error, "sqlite_errorcode", None)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text or "no space" in text:
        return WriteProblem.DISK_FULL
    if isinstance(error, OSError) and getattr(error, "errno", None) in (27, 28):  # EFBIG, ENOSPC
        return WriteProblem.DISK_FULL
    if code == sqlite3.SQLITE_READONLY or "readonly" in text or "read-only" in text:
        return WriteProblem.READ_ONLY
    if code == sqlite3.SQLITE_BUSY or "locked" in text:
        return WriteProblem.BUSY
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB) or "malformed" in text:
        return WriteProblem.DAMAGED
    if code in _WRITE_IOERRS and _file_size_limited():
        return WriteProblem.DISK_FULL  # EFBIG: the file may not grow (ulimit -f), as good as full
    if code == sqlite3.SQLITE_IOERR or "disk i/o" in text:
        return WriteProblem.DISK_FULL if "full" in text else WriteProblem.OTHER
    return WriteProblem.OTHER


# SQLite reports a write the OS refused for any reason but ENOSPC as one of these.
_WRITE_IOERRS = {sqlite3.SQLITE_IOERR_WRITE, sqlite3.SQLITE_IOERR_TRUNCATE}


def _file_size_limited() -> bool:
    """Whether this process has a file-size limit (RLIMIT_FSIZE), the cause of EFBIG on a healthy disk."""
    try:
        import resource
    except ImportError:  # Windows has no resource module
        return False
    return resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY


def means_disk_full(error: BaseException, where: Path, need: int) -> bool:
    """Whether `error` comes from a full disk at `where`: said so (SQLITE_FULL, ENOSPC…), or an
    I/O error (SQLite says "disk I/O error" for some ENOSPC) while less than `need` bytes are free."""
    if classify_write_error(error) is WriteProblem.DISK_FULL:
        return True
    code = getattr(error, "sqlite_errorcode", None)
    io_error = (code is not None and code & 0xFF == sqlite3.SQLITE_IOERR) or getattr(error, "errno", None) == errno.EIO
    return io_error and _free_bytes(where) < need


def disk_full_error(where: Path) -> OSError:
    """An ENOSPC every caller already classifies as a full disk."""
    return OSError(errno.ENOSPC, "No space left on device (database or disk is full)", str(where))


def _free_bytes(where: Path) -> int:
    for folder in (Path(where), *Path(where).parents):
        try:
            return shutil.disk_usage(folder).free
        except OSError:
            continue
    return 1 << 62
