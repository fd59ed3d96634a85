"""One writer per data file: an OS lock on a file beside its real path, released even if the app dies."""

import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl

# Not the `filelock` package: version 4 costs ~55 ms to import on the start-up path, for the same flock.
_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)  # a planted symlink is never truncated


class AlreadyLocked(Exception):
    """Another process holds the lock."""


def lock_path_for(db_path: Path) -> Path:
    """`shop.sqlite3.lock` beside the real file, whichever name (symlink or real) was used."""
    db_path = Path(db_path).resolve()
    return db_path.with_name(db_path.name + ".lock")


class FileLock:
    """An exclusive, non-blocking lock held for the life of an open data file."""

    def __init__(self, db_path: Path):
        self.path = lock_path_for(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, _OPEN_FLAGS, 0o600)
        try:
            _lock(fd)
        except OSError as error:
            os.close(fd)
            raise AlreadyLocked(str(self.path)) from error
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())  # for a curious owner only; the OS lock is what counts
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        if os.name == "nt":  # pragma: no cover
            os.lseek(fd, 0, os.SEEK_SET)  # msvcrt unlocks the byte at the current position: the one locked
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        os.close(fd)  # closing drops the flock; the small file stays, harmless

    @property
    def held(self) -> bool:
        return self._fd is not None


def _lock(fd: int) -> None:
    if os.name == "nt":  # pragma: no cover
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
