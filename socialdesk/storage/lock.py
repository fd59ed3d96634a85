"""One writer per data file, whatever name reaches it: OS locks, released if the app dies.

Three locks, all needed:
- a name lock, `shop.sqlite3.lock` beside the resolved path: it exists before the data file does,
  so it also guards creating a new file (and a symlink or relative path resolves to the same name);
- an identity lock, `<st_dev>-<st_ino>.lock` in the user's state folder (platformdirs): a hard link
  or another spelling of the name (case-insensitive disks) reaches the same inode, so the same lock.
  Windows gives st_dev/st_ino too (volume serial, file index).
- on Linux and macOS, a BSD flock() on the data file itself, held for the life of the store: the
  two locks above live in folders (beside the name, in the state folder), so a hard link in another
  folder opened with another XDG_STATE_HOME met neither; the file itself is the same whatever reaches it.
  flock, never fcntl/lockf: POSIX locks are SQLite's own, and closing any descriptor of the file
  drops all of a process's POSIX locks on it; flock locks are separate from them on Linux and macOS
  (not on Linux NFS, which emulates flock with POSIX locks: SQLite itself is unsafe there). Our
  descriptor is closed only after the store's connection (Store.close), never while SQLite holds locks.
  On Windows the two lock files stay the whole guard (a byte lock on the data file would be
  mandatory there and block SQLite's own reads).
The locks are OS locks: flock on Linux and macOS (the call filelock itself makes, taken directly:
filelock's import cost ~25 ms before the window could paint), and on Windows the `filelock`
package's LockFileEx on byte 0 (its maintainers test it on Windows), so a killed app
leaves a small file behind but no lock: a stale file never blocks. Identity files are not removed on
release (removing a flock file safely needs a re-check dance; a few empty files per data file ever
opened is harmless).
"""

import errno
import logging
import os
from pathlib import Path

# Only where the data-file lock is advisory (flock); on Windows it would be mandatory (see above).
DATA_FILE_LOCKED = os.name == "posix"
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)  # a planted symlink is never truncated


class AlreadyLocked(Exception):
    """Another process holds the lock."""


def lock_path_for(db_path: Path) -> Path:
    """`shop.sqlite3.lock` beside the real file, whichever name (symlink or real) was used."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


def identity_lock_dir() -> Path:
    from socialdesk.paths import state_dir  # platformdirs only when a file is opened to write

    return state_dir() / "locks"


def identity_lock_path(info: os.stat_result) -> Path:
    """The lock every name of one file (hard links included) shares: its device and inode."""
    return identity_lock_dir() / f"{info.st_dev:x}-{info.st_ino:x}.lock"


class FileLock:
    """Exclusive, non-blocking locks held for the life of an open data file."""

    def __init__(self, db_path: Path):
        self.db_path = Path(db_path).resolve()
        self.path = lock_path_for(self.db_path)
        self.identity_path: Path | None = None
        self._fds: list[int] = []
        self._data_fd: int | None = None

    def acquire(self) -> None:
        """The name lock, then the identity lock if the file exists (a new one: `hold_identity` once made)."""
        self._fds.append(_hold(self.path))
        try:
            self.hold_identity()
        except BaseException:
            self.release()
            raise

    def hold_identity(self) -> None:
        """The identity lock and the data file's own flock, once the file exists."""
        if self.identity_path is not None:
            return
        try:
            info = os.stat(self.db_path)
        except FileNotFoundError:
            return
        self._hold_data_file()
        path = identity_lock_path(info)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = _hold(path)
        except AlreadyLocked:
            raise
        except OSError as error:  # an unwritable state folder: the name lock alone still guards most cases
            logging.getLogger(__name__).warning("identity lock %s not taken: %s", path, error)
            return
        self._fds.append(fd)
        self.identity_path = path

    def _hold_data_file(self) -> None:
        """flock() the data file itself (not on Windows); AlreadyLocked if another store holds it."""
        if not DATA_FILE_LOCKED or self._data_fd is not None:
            return
        fd = os.open(self.db_path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        try:
            got = _lock(fd)
        except OSError as error:
            os.close(fd)
            logging.getLogger(__name__).warning("data file %s not flocked: %s", self.db_path, error)
            return  # a file system without flock (some network shares): the lock files still guard
        if not got:
            os.close(fd)
            raise AlreadyLocked(str(self.db_path))
        self._data_fd = fd

    def release(self) -> None:
        fds, self._fds, self.identity_path = self._fds, [], None
        if self._data_fd is not None:  # the store's connection is closed first (Store.close)
            os.close(self._data_fd)
            self._data_fd = None
        for fd in reversed(fds):
            _unlock(fd)
            os.close(fd)  # closing drops the flock; the small file stays, harmless

    @property
    def held(self) -> bool:
        return bool(self._fds)


def hold(path: Path) -> int:
    """An open descriptor on `path`, locked until it is closed (or the process dies); AlreadyLocked if another
    descriptor has it."""
    return _hold(path)


def _hold(path: Path) -> int:
    """An open descriptor on `path`, locked; AlreadyLocked if another process has it."""
    fd = os.open(path, _OPEN_FLAGS, 0o600)
    try:
        got = _lock(fd)
    except OSError as error:
        os.close(fd)
        raise AlreadyLocked(str(path)) from error
    if not got:
        os.close(fd)
        raise AlreadyLocked(str(path))
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())  # for a curious owner only; the lock is byte 0's, whatever the position
    return fd


_CONTENDED = (errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK)  # some file systems say EACCES for "held"


def _lock(fd: int) -> bool:
    """Whether the exclusive lock on `fd` was taken (False: another holder); never waits.

    On POSIX this is the very call filelock makes (flock on the whole file), without filelock's
    25 ms import before the window can paint; Windows keeps filelock's LockFileEx."""
    if os.name == "posix":
        import fcntl

        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            if error.errno in _CONTENDED:
                return False
            raise
        return True
    import filelock

    return filelock.lock_descriptor(fd, blocking=False)


def in_use_elsewhere(db_path: Path) -> bool:
    """Whether another SocialDesk has this data file open now: its locks are tried, then let go at once."""
    probe = FileLock(db_path)
    try:
        probe.acquire()
    except AlreadyLocked:
        return True
    except OSError:  # a folder that refuses the lock file: opening it will say so in its own words
        return False
    probe.release()
    return False


def is_held(path: Path) -> bool:
    """Whether another open descriptor holds a lock on `path` (POSIX flock; False on Windows, where our locks
    are the lock files, and False for a file that cannot be opened). Never call it on a SQLite file:
    closing this descriptor would drop the process's own SQLite locks on it."""
    if not DATA_FILE_LOCKED or not os.path.isfile(path):
        return False
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False
    try:
        if not _lock(fd):
            return True
        _unlock(fd)
        return False
    except OSError:
        return False
    finally:
        os.close(fd)


def _unlock(fd: int) -> None:
    if os.name == "posix":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    import filelock

    filelock.unlock_descriptor(fd)
