"""Files SocialDesk writes for the owner (exports, PDFs): never the data file, atomic, private."""

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class OutputExists(Exception):
    """The output file exists and overwriting was not asked for."""


class OutputNotAFile(OSError):
    """The output name is a device, a pipe, a folder or a symlink: never replaced by a file."""

    def __init__(self, path: str):
        super().__init__(errno.EINVAL, "not a plain file (a device, a pipe, a folder or a link)", path)


class OutputIsDataFile(Exception):
    """The output would replace the data file, one of its companions, a backup, a post's image or a lock: never."""


class OutputIsDatabase(OutputIsDataFile):
    """The output is a SQLite database (ours or another program's), a journal or lock beside one,
    or a file a SocialDesk lock holds: never replaced, even with --force."""


class OutputNotWritten(OSError):
    """The writer finished without producing a usable file (e.g. Qt could not open the PDF)."""


COMPANIONS = ("", "-wal", "-shm", "-journal", ".lock")
SQLITE_HEADER = b"SQLite format 3\x00"  # as socialdesk.storage.files (kept import-free)
BACKUP_DIR_NAME = "backups"  # the same name as socialdesk.storage.backups (kept import-free)
MEDIA_DIR_NAME = "media"  # the posts' images and thumbnails, as socialdesk.storage.calendar.media
# What SQLite writes at the start of a -wal file and of a hot rollback journal: the owner's last
# transactions, even when the database beside them is gone (moved, or its disk not connected).
JOURNAL_MAGICS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")


def check_output(path: Path, force: bool, data_file: Path | None = None) -> None:
    """Refuse to overwrite unless `force` (headless: --force; dialogs ask); never the data, never a lock."""
    if in_lock_folder(Path(path)) or (data_file is not None and belongs_to_data(Path(path), Path(data_file))):
        raise OutputIsDataFile(str(path))
    if os.path.lexists(path) and not _plain_file(Path(path)):
        raise OutputNotAFile(str(path))
    if is_database_or_held(Path(path)):
        raise OutputIsDatabase(str(path))
    if Path(path).exists() and not force:
        raise OutputExists(str(path))


def is_database_or_held(path: Path) -> bool:
    """A SQLite file, a -wal/-shm/-journal/.lock beside one, or a file or name a SocialDesk lock holds.

    Any data file, not only the one open here: another window's, another shop's, another program's."""
    target = _real(path)
    if _is_sqlite(target) or _is_orphan_journal(target):
        return True
    for suffix in COMPANIONS[1:]:
        if target.name.endswith(suffix) and _is_sqlite(target.with_name(target.name[: -len(suffix)])):
            return True
    return _held(target) or _held(Path(f"{target}.lock"))


def _is_sqlite(path: Path) -> bool:
    """The first 16 bytes say SQLite. Only plain files are opened (a FIFO would hang)."""
    return _head(path, len(SQLITE_HEADER)) == SQLITE_HEADER


def _is_orphan_journal(path: Path) -> bool:
    """A -wal or hot -journal that SQLite wrote, whose database is gone: it may hold the last changes."""
    if not path.name.endswith(("-wal", "-journal")):
        return False
    return _head(path, 8).startswith(JOURNAL_MAGICS)


def _head(path: Path, size: int) -> bytes:
    """The first `size` bytes of a plain file (b"" otherwise). A FIFO is never waited on."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return b""
    try:
        return os.read(fd, size) if stat.S_ISREG(os.fstat(fd).st_mode) else b""
    except OSError:
        return b""
    finally:
        os.close(fd)


def _held(path: Path) -> bool:
    """Whether another open file holds a lock on `path` (a live lock file, or a data file open in a window):
    the storage's own lock helper decides, one way for both."""
    from socialdesk.storage.lock import is_held  # when an output is checked, not at import

    return is_held(path)


def _plain_file(path: Path) -> bool:
    """A regular file, not a link: the rename that replaces it must not turn a device, a pipe
    or a symlink into a plain file (as root, `-o /dev/null --force` would replace /dev/null)."""
    info = os.lstat(path)
    return stat.S_ISREG(info.st_mode)


def belongs_to_data(path: Path, data_file: Path) -> bool:
    """Is `path` the data file, its journal, lock, a backup or a post's image, through any link, `..` or case?"""
    target, data = _real(path), _real(data_file)
    folder = data.parent
    key = _key_for(folder)
    if any(_inside(target, folder / name, key) for name in (BACKUP_DIR_NAME, MEDIA_DIR_NAME)):
        return True
    if in_lock_folder(target):
        return True
    if any(key(target) == key(Path(str(data) + suffix)) for suffix in COMPANIONS):
        return True
    return any(_same_file(target, Path(str(data) + suffix)) for suffix in COMPANIONS)


def in_lock_folder(path: Path) -> bool:
    """Is `path` in the folder of identity locks (the user's state folder)? A live lock is never replaced."""
    from socialdesk.storage.lock import identity_lock_dir  # when an output is checked, not at import

    folder = _real(identity_lock_dir())
    return _inside(_real(path), folder, _key_for(folder))


def _key_for(folder: Path):
    """How names compare in `folder`: case folded where the file system ignores case."""
    if _case_insensitive(folder):
        return lambda p: os.path.normcase(str(p)).casefold()
    return str


def _inside(target: Path, folder: Path, key) -> bool:
    return key(target) == key(folder) or key(target).startswith(key(folder) + os.sep)


def _real(path: Path) -> Path:
    return Path(os.path.realpath(Path(path).expanduser()))


def _same_file(a: Path, b: Path) -> bool:
    """Hard links and case-insensitive names: the file system decides when both exist."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _case_insensitive(folder: Path) -> bool:
    swapped = Path(str(folder).swapcase())
    return str(swapped) != str(folder) and _same_file(folder, swapped)


@contextmanager
def guarded_output(path: Path, data_file: Path | None, force: bool) -> Iterator[Path]:
    """Yield a private temporary path beside `path`; once the body wrote it, fsync and rename.

    A body that raises leaves `path` as it was and no temporary file behind.
    """
    target = Path(path).expanduser()
    check_output(target, force, data_file)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        _settle(temp)
        check_output(target, force, data_file)  # again: the folder may have changed meanwhile
        os.replace(temp, target)
        _sync_folder(target.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _settle(temp: Path) -> None:
    make_private(temp)
    fd = os.open(temp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (storage's one way); a file system that refuses fsync on a folder is fine."""
    from socialdesk.storage.private_files import sync_folder

    try:
        sync_folder(folder)
    except OSError:
        pass  # the file's own data is synced


def write_private(path: Path, data: bytes, data_file: Path | None = None, force: bool = True) -> None:
    """Write atomically with 0600 permissions: a crash leaves the old file or the new one."""
    with guarded_output(path, data_file, force) as temp:
        with open(temp, "wb") as handle:
            handle.write(data)


def make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, 0o600)
