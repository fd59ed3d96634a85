"""One look at a data file's backups folders per open: the file's identity, its folders and their names.

Opening a file checks its backups' privacy, rotates them, removes a crash's partial copies and looks for the
day's backup: each of these once read every folder again and worked out the identity again (five times per open).
"""

import os
from functools import cached_property
from pathlib import Path

from socialdesk.storage import backup_folder

BACKUP_DIR_NAME = "backups"


def backup_dir_for(db_path: Path) -> Path:
    """`backups/` beside the real file: a symlink to the data file shares its backups."""
    return Path(db_path).resolve().parent / BACKUP_DIR_NAME


def backup_folders(db_path: Path) -> list[Path]:
    """Where this file's backups may be: beside it, and every folder the owner chose (remembered beside it)."""
    default = backup_dir_for(db_path)
    remembered = backup_folder.remembered_folders(default, Path(db_path).resolve())
    return list(dict.fromkeys([default, *(folder.resolve() for folder in remembered)]))  # each folder once


class BackupScan:
    """One look at a data file's backups, for one open (or one call): its identity, the folders its backups may be
    in and each folder's names, worked out once and shared by the privacy check, rotation and the daily check.

    Made fresh for each open, never kept between opens: what it read may change once the file is closed."""

    def __init__(self, db_path: Path):
        self.db_path = db_path = Path(db_path).resolve()
        self.default = backup_dir_for(db_path)
        named = backup_folder.chosen_folder_of(db_path)
        self.named = named and named.resolve()  # one folder reached by two names (a link) is looked at once
        folders = dict.fromkeys([*backup_folders(db_path), *filter(None, [self.named])])
        self.listing = {folder: _entries(folder) for folder in folders if folder.is_dir()}
        self.born = backup_folder.id_born(self.default, db_path)

    @cached_property
    def mine(self) -> str | None:
        """This file's identity, worked out the first time a backup's name carries one (a backup in a chosen
        folder): its computer's token is a digest, and OpenSSL need not load at every open (2 ms, 3.6 MiB)."""
        return backup_folder.file_id(self.default, self.db_path, create=False)

    def names(self, folder: Path) -> list[str]:
        """Every name in `folder` when it was scanned, less what was deleted since."""
        return list(self.listing.get(folder, {}))

    def forget(self, paths) -> None:
        """Files this open deleted (rotation): no longer listed."""
        for path in paths:
            self.listing.get(path.parent, {}).pop(path.name, None)

    def add(self, target: Path) -> bool:
        """A backup this open made beside the file; False when its folder was not scanned (scan again)."""
        entries = self.listing.get(target.parent)
        if entries is None:
            return False
        entries[target.name] = None  # a regular file: checked again when read
        return True


def _entries(folder: Path) -> dict[str, os.DirEntry | None]:
    """A folder's names, with their scan entry (a file's kind read once)."""
    try:
        with os.scandir(folder) as found:
            return {entry.name: entry for entry in found}
    except OSError:  # gone or unreadable since is_dir(): nothing found there, as a glob would find
        return {}


def is_listed_file(scan: BackupScan, path: Path) -> bool:
    """Whether a name the scan listed is a regular file (what it was when listed; one added since, now)."""
    entry = scan.listing[path.parent].get(path.name)
    try:
        return entry.is_file() if entry is not None else path.is_file()
    except OSError:
        return False


def scan_backups(db_path: Path, scan: BackupScan | None = None) -> BackupScan:
    """`scan` when given (the open's), else a fresh one."""
    return scan if scan is not None else BackupScan(db_path)
