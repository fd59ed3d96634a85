"""Owner-only files: a data file, its -wal/-shm and its backups are tightened to 0600/0700, new ones made so."""

import logging
import os
import stat
from pathlib import Path

from socialdesk.storage import backups
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.storage.files import SIDE_FILES


def keep_private(path: Path, scan: "backups.BackupScan | None" = None) -> None:
    """Owner only, as new files are made: the file, its -wal/-shm, the backups folder and its copies.

    Only narrows a mode, only on what this user owns; a chmod refused (a read-only mount…) is logged, not fatal.
    `scan`: the open's look at the backups, else one is made here."""
    folder = backups.backup_dir_for(path)
    for each, mode in ((path, 0o600), *((Path(str(path) + side), 0o600) for side in SIDE_FILES),
                       (folder, 0o700), *((backup, 0o600) for backup in backups.own_backups(path, scan))):
        narrow_mode(each, mode)


def narrow_mode(path: Path, allowed: int) -> None:
    """Drop the mode bits `allowed` leaves out, on a file or folder this user owns; a refusal is logged."""
    try:
        info = path.lstat()  # a symlink planted as -wal is never followed
        current = stat.S_IMODE(info.st_mode)
        mine = getattr(os, "getuid", lambda: info.st_uid)() == info.st_uid
        if (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)) and mine and current & ~allowed:
            os.chmod(path, current & allowed)
    except FileNotFoundError:
        return
    except OSError as error:
        logging.getLogger(__name__).warning("%s left as it was, not made private: %s", path, error)


def create_private_file(path: Path) -> None:
    """A new, empty file only its owner may read; StoreOpenError (read-only) if it cannot be made."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as error:
        raise StoreOpenError(Problem.READ_ONLY, path, str(error)) from error
    os.close(fd)
    os.chmod(path, 0o600)


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX)."""
    if os.name != "posix":  # Windows cannot open a folder to fsync it; its renames are journaled
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
