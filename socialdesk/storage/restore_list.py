"""Which backups Restore offers for a data file, and what is sure about each: told by their names and the file key
each carries (storage/file_key.py)."""

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from socialdesk.storage.backup_names import stamp_onwards, stem_of_backup
from socialdesk.storage.backup_scan import BackupScan, backup_dir_for, is_listed_file
from socialdesk.storage.backups import list_backups, other_identity_backups
from socialdesk.storage.file_key import UNREADABLE, key_in, key_of, made_since_keys
from socialdesk.storage.known_keys import earlier_keys, known_key


@dataclass
class RestoreList:
    backups: list[Path]  # this file's, newest first, then another identity's
    another_computer: set[Path] = field(default_factory=set)  # another identity, this file's key
    maybe_another_computer: set[Path] = field(default_factory=set)  # another identity, no key (an older version's)
    maybe_another_file: set[Path] = field(default_factory=set)  # in a chosen folder, no key (or the file's unknown)
    file_before: set[Path] = field(default_factory=set)  # a key this path carried before (known_keys.earlier_keys)
    other_name: dict[Path, str] = field(default_factory=dict)  # this file's key, made under another name: that name

    def sure(self, backup: Path) -> bool:
        """This file's beyond doubt, made on this computer: what Restore may choose for the owner."""
        return backup not in (self.another_computer | self.maybe_another_computer | self.maybe_another_file
                              | self.file_before) and backup not in self.other_name


def restore_list(db_path: Path) -> RestoreList:
    """Every backup's key is read: another data file's (another key: a file whose name starts like this one's, a
    shop set up in a copy of this one's folder, or the same name in a folder both chose) is left out, as is one that
    cannot be read now (gone, locked, damaged), unless it carries a key the file at this path had before (an older
    copy put back by hand was given a new key): it is offered, saying so. One without a key (made before keys) is
    this file's beside it, if the file is older than keys; elsewhere, or carrying another identity, it says that it
    may be another's."""
    db_path = Path(db_path).resolve()
    key, since_keys = _key_and_age(db_path)
    scan = BackupScan(db_path)  # the folders looked at once, for every list below
    others = other_identity_backups(db_path, scan)
    own = [b for b in list_backups(db_path, scan) if b not in others and b.exists()]
    default = backup_dir_for(db_path)
    before = (earlier_keys(db_path) | {known_key(db_path)}) - {key, None}  # noted at the last backup: an older
    # copy put back by hand whose upgrade could not make its backup (a full disk) has no key yet, or a new one
    keys = {b: key_of(b) for b in [*own, *others]} if key or before else {}
    same = {b for b, found in keys.items() if found == key} if key else set()
    keyless = {b for b, found in keys.items() if found is None}
    file_before = {b for b, found in keys.items() if found in before}
    left_out = {b for b, found in keys.items() if found is not None and found != key} - file_before  # UNREADABLE too
    if not key:  # a file from before keys: only those beside it that cannot be read now are left out
        left_out = {b for b in own if b.parent == default and (keys[b] if b in keys else key_of(b)) is UNREADABLE}
    doubtful = {b for b in own if b.parent != default or since_keys}  # keyless beside a file made since keys too
    listed = [b for b in [*own, *others] if b not in left_out]
    renamed = _under_another_name(db_path, key, set(listed), scan) if key else {}
    return RestoreList([*listed, *renamed], set(others) & same, set(others) & keyless if key else set(others),
                       doubtful & keyless if key else doubtful, file_before, renamed)


def _under_another_name(db_path: Path, key: str, listed: set[Path], scan: BackupScan) -> dict[Path, str]:
    """This file's backups made before it was renamed by hand, newest first, with the name they were made from:
    another stem, in the folders its backups are kept in, carrying this file's key. Not when a data file of that
    name is beside this one: that is a copy of this file, and those are the copy's backups."""
    found = {}
    for folder in scan.listing:
        for name in scan.names(folder):
            stem, path = stem_of_backup(name), folder / name
            if stem is None or stem == db_path.stem or path in listed or "~" in stem or not is_listed_file(scan, path):
                continue  # a FIFO named like a backup would block the read of its key
            if not db_path.with_name(stem + db_path.suffix).exists() and key_of(path) == key:
                found[path] = stem
    return {path: found[path] for path in sorted(found, key=stamp_onwards, reverse=True)}


def _key_and_age(db_path: Path) -> tuple[str | None, bool]:
    """The live file's key (read through its WAL, without waiting for a lock), and whether it was made since keys
    (file_key.made_since_keys); when it cannot be read (damaged), the key this computer noted at its last backup,
    as the one-click restore takes it (backups.sure_backups)."""
    try:
        conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True, timeout=0)
    except sqlite3.Error:
        return known_key(db_path), False
    try:
        return key_in(conn), made_since_keys(conn)
    except (sqlite3.Error, ValueError, TypeError):
        return known_key(db_path), False
    finally:
        conn.close()


def posts_in(backup: Path) -> int | None:
    """How many posts a backup holds: a hint that tells copies of one size apart (attack 41b, M1); None if it
    cannot be read. Read as it is, nothing written beside it (a backup has no journal)."""
    from socialdesk.storage.files import connect_unchanging

    try:
        conn = connect_unchanging(backup)
    except sqlite3.Error:
        return None
    try:
        return conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    except sqlite3.Error:
        return None
    finally:
        conn.close()
