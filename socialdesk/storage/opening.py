"""Opening a data file safely: check it read-only, lock it, back it up, migrate it."""

import logging
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from socialdesk.domain.clock import system_clock
from socialdesk.storage import backup_folder, backups
from socialdesk.storage.backup_names import is_kept_backup
from socialdesk.storage.creating import ROOM_TO_CREATE, create_migrated, creating_name
from socialdesk.storage.errors import (
    Problem, StoreOpenError, StoreWriteError, WriteProblem, classify_write_error, means_disk_full, writing,
)
from socialdesk.storage.files import (
    SQLITE_HEADER, connect_for_inspection, connect_unchanging, in_memory_copy, is_socialdesk, journal_unreadable,
    read_header, set_aside, size_or_zero, stamp,
)
from socialdesk.storage.file_key import keep_key, key_to_give, made_since_keys, stored_key
from socialdesk.storage.known_keys import key_for_fresh, known_key
from socialdesk.storage.lock import AlreadyLocked, FileLock
from socialdesk.storage.long_names import refuse_long_name, refuse_long_path
from socialdesk.storage.missing import refuse_broken_link, refuse_if_missing
from socialdesk.storage.private_files import keep_private
from socialdesk.storage.restore_keeps import keep_for_fresh
from socialdesk.storage.schema_names import MIGRATION_SET, applied_names, pending_names, unknown_names
from socialdesk.storage.store import Store, configure_connection


JOURNAL_UNREADABLE = "its -wal journal or -shm index cannot be read"  # a StoreOpenError's detail (UNREADABLE)


class NeedsUpgrade(StoreOpenError):
    """An older file that a read-only view cannot show: upgrading it is a write."""


def real_path(path: Path) -> Path:
    """The file's one true name: through a symlink or its real path, one lock and one backups folder."""
    try:
        return Path(path).expanduser().resolve()
    except (OSError, RuntimeError) as error:  # RuntimeError: a symlink loop (Python < 3.13)
        raise StoreOpenError(Problem.UNREADABLE, Path(path), f"cannot be resolved: {error}") from error


def open_store(path: Path, *, now: datetime | None = None, take_lock: bool = True,
               defer_daily_backup: bool = False, replace_missing: bool = False) -> Store:
    """Open (creating if missing) the data file at `path`, or raise StoreOpenError untouched.

    A missing file whose backups (or interrupted restore) remain is not created unless `replace_missing` (the
    owner chose a new empty file): Problem.MISSING. A symlink on the way that leads nowhere is never followed to
    create: Problem.BROKEN_LINK. With `defer_daily_backup`, the day's first backup is left to
    `store.make_due_backup()` (the window calls it once it has painted; `close()` makes it if nobody did), with the
    look at whether one was made today. A backup before an upgrade is never deferred."""
    refuse_broken_link(path)
    path, given = real_path(path), Path(path).expanduser().absolute()
    now = now or system_clock()
    is_new = not _exists(path)
    if is_new:
        refuse_long_name(path)  # before the restore marker is looked for (an existing file: inspect_file)
        if not replace_missing:
            refuse_if_missing(path)
        refuse_long_path(path, creating_name(path))
        _check_folder_writable(path)
    else:
        _refuse_upgrading_a_backup(path, given)
        inspect_file(path)
    lock = FileLock(path) if take_lock else None
    if lock is not None:
        _acquire(lock, path)
    try:
        if is_new:
            create_migrated(path)
            if lock is not None:
                _acquire(lock, path, identity_only=True)
        scan = backups.BackupScan(path)  # the backups folders read once for this open, shared by the steps below
        keep_private(path, scan)  # before SQLite opens it: a -wal it creates copies the file's mode
        store = _open_writable(path, lock)
        _backup_and_migrate(store, now, is_new, defer_daily_backup, scan)
        return store
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _exists(path: Path) -> bool:
    """Whether something (even a dangling or looping symlink) holds the name."""
    try:
        path.lstat()
        return True
    except FileNotFoundError:
        return False
    except OSError as error:  # ENOTDIR: a file in the way of a folder on the path
        raise StoreOpenError(Problem.UNREADABLE, path, str(error)) from error


def inspect_file(path: Path, *, for_writing: bool = True) -> None:
    """Raise StoreOpenError if the existing file is unusable; reads only, changes nothing."""
    path = real_path(path)
    refuse_long_name(path, reading_only=not for_writing)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a folder, FIFO or device: never opened, a FIFO would hang
            raise StoreOpenError(Problem.UNREADABLE, path, "not a regular file")
        header = read_header(path)
    except OSError as error:
        raise StoreOpenError(Problem.UNREADABLE, path, str(error)) from error
    if info.st_size == 0:
        raise StoreOpenError(Problem.EMPTY_FILE, path, "zero bytes")
    if not header.startswith(SQLITE_HEADER):
        raise StoreOpenError(Problem.DAMAGED if _was_a_data_file(path) else Problem.NOT_SQLITE, path,
                             f"header {header[:16]!r}")
    if _looks_truncated(path, header, info.st_size):
        raise StoreOpenError(Problem.DAMAGED, path, "shorter than its header says")
    refuse_long_path(path)  # before SQLite, which would call a healthy file "unable to open", i.e. damaged
    if journal_unreadable(path):  # not "damaged, restore a backup": its journal's changes come back with it
        raise StoreOpenError(Problem.UNREADABLE, path, JOURNAL_UNREADABLE)
    _check_contents(path)
    if for_writing and not writable(path):
        raise StoreOpenError(Problem.READ_ONLY, path, "file or folder is not writable")


def _was_a_data_file(path: Path) -> bool:
    """Whether a file that is not SQLite was a data file: this computer noted its key at a backup, or it has its
    backups (by name, and by that key). Its header was overwritten: damaged, with a backup to restore (even when
    its backups' folder cannot be read now), not some other kind of file."""
    try:
        return known_key(path) is not None or bool(backups.sure_backups(path))
    except (OSError, ValueError):
        return False


def _refuse_upgrading_a_backup(path: Path, given: Path) -> None:
    """A backup made by an older SocialDesk, opened where backups are kept, is not upgraded in place: it stays the
    copy an older SocialDesk can open, and the one its data file's Restore offers. Restoring it, or a copy of it
    under another name, is upgraded as any data file is. Read as an unchanging file (nothing made beside it, even
    with a -wal there); a file that cannot be read so is left to inspect_file. Judged by the name it was `given` too
    (a `backups` folder that is a link to another disk)."""
    if not path.is_file() or not (is_kept_backup(path) or is_kept_backup(given)):  # a FIFO would block the read
        return
    try:
        conn = connect_unchanging(path)
        try:
            waiting = pending_names(conn) if is_socialdesk(conn) else []
        finally:
            conn.close()
    except (sqlite3.Error, ValueError, UnicodeDecodeError):
        return
    if waiting:
        raise StoreOpenError(Problem.OLD_BACKUP, path, "a backup from before " + ", ".join(waiting))


def writable(path: Path) -> bool:
    """Whether the file and its folder may be written (its mode too: root ignores permissions)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IWUSR) and os.access(path, os.W_OK) and _folder_writable(path.parent)


def _looks_truncated(path: Path, header: bytes, size: int) -> bool:
    if len(header) < 100 or Path(str(path) + "-wal").exists():
        return len(header) < 100
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    counter_valid = header[24:28] == header[92:96]
    return counter_valid and page_count > 0 and size < page_count * page_size


def _check_contents(path: Path) -> None:
    try:
        conn = connect_for_inspection(path)
    except (sqlite3.Error, UnicodeDecodeError) as error:  # a scribbled schema: even the message is not UTF-8
        raise _unopenable(path, error) from error
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise StoreOpenError(Problem.DAMAGED, path, result)
        if is_socialdesk(conn) is False:
            raise StoreOpenError(Problem.FOREIGN, path, "SQLite, without SocialDesk's migrations")
        newer = unknown_names(conn)
        if newer:
            raise StoreOpenError(Problem.NEWER_VERSION, path, ", ".join(newer))
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise _unopenable(path, error) from error
    finally:
        conn.close()


def _unopenable(path: Path, error: Exception) -> StoreOpenError:
    """A -wal beside the file can only be read where SQLite may create its -shm: not on a read-only disk."""
    cannot_open = getattr(error, "sqlite_errorcode", None) == sqlite3.SQLITE_CANTOPEN
    if cannot_open and Path(str(path) + "-wal").exists() and not _folder_writable(path.parent):
        return StoreOpenError(Problem.READ_ONLY, path, "its -wal journal cannot be read in a read-only folder")
    return StoreOpenError(Problem.DAMAGED, path, str(error))


def _folder_writable(folder: Path) -> bool:
    try:
        mode = folder.stat().st_mode
    except OSError:
        return False
    return bool(mode & stat.S_IWUSR) and os.access(folder, os.W_OK)


def _check_folder_writable(path: Path) -> None:
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as error:
        raise StoreOpenError(Problem.READ_ONLY, path, str(error)) from error
    if not _folder_writable(path.parent):
        raise StoreOpenError(Problem.READ_ONLY, path, "folder is not writable")


def _acquire(lock: FileLock, path: Path, *, identity_only: bool = False) -> None:
    try:
        lock.hold_identity() if identity_only else lock.acquire()
    except AlreadyLocked as error:
        raise StoreOpenError(Problem.LOCKED, path, str(error)) from error
    except OSError as error:  # the pid written in the lock file: a full disk refuses it first
        full = means_disk_full(error, path.parent, ROOM_TO_CREATE)
        raise StoreOpenError(Problem.DISK_FULL if full else Problem.READ_ONLY, path, str(error)) from error


def _open_writable(path: Path, lock: FileLock | None) -> Store:
    try:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        configure_connection(conn)
    except sqlite3.Error as error:  # a disk nearly full refuses the switch to WAL: not a damaged file
        full = means_disk_full(error, path.parent, ROOM_TO_CREATE + size_or_zero(path))
        problem = Problem.DISK_FULL if full else Problem.READ_ONLY if "readonly" in str(error) else Problem.DAMAGED
        raise StoreOpenError(problem, path, str(error)) from error
    return Store(conn, path, lock)  # sqlite-utils is imported at the first write, not before the window


def _backup_and_migrate(store: Store, now: datetime, is_new: bool, defer_daily: bool = False, scan=None) -> None:
    pending, upgrade_copy = [], None
    try:  # the first reads too: on a disk nearly full, WAL's first read may fail to make its -shm
        pending = pending_names(store.conn)
        key, since_keys = stored_key(store.conn), made_since_keys(store.conn)
        _prune_backups(store.path, backups.kept_count(store.conn), scan, key, since_keys)
        if not is_new and pending and applied_names(store.conn):
            upgrade_copy = _backup_before_upgrade(store, pending, now, scan)
        elif not is_new and defer_daily:
            store.daily_backup_due = now  # whether one is due is read then too: the backups' order, their keys
        elif not is_new and not backups.backed_up_today(store.path, now, scan, key, since_keys):
            backups.make_backup(store.conn, store.path, now, "daily", scan)
        if pending:
            from socialdesk.storage.migrations import migrations

            migrations.apply(store.db)
        stamp(store.conn)
    except (sqlite3.Error, OSError, StoreWriteError) as error:
        refused = _upgrade_refused(error)  # the file's own record of its upgrades disagrees with its tables
        if refused and upgrade_copy is not None and _nothing_applied(store, pending):
            _forget_copy(upgrade_copy, backups.backup_dir_for(store.path))  # the file is as it was: nothing left
        store.close()
        cause = error.__cause__ if isinstance(error, StoreWriteError) else error  # a backup's own error
        full = means_disk_full(cause, store.path.parent, ROOM_TO_CREATE + size_or_zero(store.path))
        problem = Problem.DISK_FULL if full else Problem.DAMAGED if refused else Problem.READ_ONLY
        raise StoreOpenError(problem, store.path, f"{MIGRATION_SET}: {error}") from error


def _upgrade_refused(error: BaseException) -> bool:
    """An upgrade step SQLite refused for what the file holds ("duplicate column name", "no such table"): a file
    whose list of applied upgrades was scribbled, not one that cannot be written (make test-faults found it: told
    « cannot be written », with a before-upgrade copy left behind)."""
    code = getattr(error, "sqlite_errorcode", None)
    return isinstance(error, sqlite3.OperationalError) and code == sqlite3.SQLITE_ERROR and \
        classify_write_error(error) is WriteProblem.OTHER


def _forget_copy(copy: Path, own_folder: Path) -> None:
    """A refused upgrade's copy goes, and the file's own backups folder with it if that leaves it empty."""
    copy.unlink(missing_ok=True)
    try:
        if copy.parent == own_folder:
            own_folder.rmdir()  # only an empty folder goes
    except OSError:
        pass


def _nothing_applied(store: Store, pending: list[str]) -> bool:
    try:
        return pending_names(store.conn) == pending
    except sqlite3.Error:
        return False


def _backup_before_upgrade(store: Store, pending: list[str], now: datetime, scan=None) -> Path:
    """The upgrade's backup. A file from before keys is given its key (file_key.key_to_give) in a copy in memory,
    the backup is made from that copy, and only then is the key written to the file: a backup refused by a full disk
    leaves the file as it was (attack 31, #11), and a key the file could not keep leaves no backup claiming it."""
    key = key_to_give(store.conn, pending)
    if key is None:
        return backups.make_backup(store.conn, store.path, now, "before-upgrade", scan)
    keyed = in_memory_copy(store.conn)
    try:
        keep_key(keyed, key)
        made = backups.make_backup(keyed, store.path, now, "before-upgrade", scan)
    finally:
        keyed.close()
    try:
        with store.write():
            keep_key(store.conn, key)
    except BaseException:
        made.unlink(missing_ok=True)
        raise
    return made


def _prune_backups(path: Path, keep: int, scan: "backups.BackupScan | None" = None, key: str | None = None,
                   since_keys: bool = False) -> None:
    """Back to the newest `keep` (the owner's count): a writer killed between a new copy and its
    rotation left one more."""
    try:
        backups.rotate(path, keep, scan, key, since_keys)
    except OSError as error:  # a read-only backups folder: the file still opens, its backups stay
        logging.getLogger(__name__).warning("old backups of %s not pruned: %s", path, error)


def start_fresh(path: Path, *, now: datetime | None = None) -> tuple[Store, Path | None]:
    """Set a refused file aside (bytes untouched) and open a new, empty one in its place: the same shop, with the
    refused file's key and backup folder (restore_keeps.keep_for_fresh)."""
    path, now = real_path(path), now or system_clock()
    choice = backup_folder.choice_to_keep(backups.backup_dir_for(path), path)  # its backups go on where they went
    with writing():
        aside = set_aside(path, now) if path.exists() else None
    store = open_store(path, now=now, replace_missing=True)
    keep_for_fresh(store, key_for_fresh(path, aside), choice)
    return store, aside


def open_readonly(path: Path, refused_for: Problem = Problem.LOCKED) -> Store:
    """A read-only view of a healthy, up-to-date file: exports while the app has it open, or
    from a file the owner may not write (`refused_for` is why it could not be opened to write)."""
    path = real_path(path)
    inspect_file(path, for_writing=False)
    conn = None
    try:  # the file checked a moment ago may have been swapped or damaged since
        conn = connect_for_inspection(path)
        pending = pending_names(conn)
    except sqlite3.Error as error:
        if conn is not None:
            conn.close()
        raise StoreOpenError(Problem.DAMAGED, path, str(error)) from error
    if pending:
        conn.close()
        raise NeedsUpgrade(refused_for, path, "needs an upgrade, which needs writing")
    return Store(conn, path)


def open_for_command(path: Path, *, write: bool) -> Store:
    """What headless commands use: writers need the lock; readers read, and write nothing (no daily
    backup) unless the file needs an upgrade, which is a write: then as a writer, or read-only if refused.
    StoreWriteError when the day's backup cannot be made (its folder read-only, its disk full): the file is
    closed, nothing written, and the backup's own problem said (attack 33, F4), not the data file's."""
    if not write:
        try:
            return open_readonly(path, Problem.READ_ONLY)
        except NeedsUpgrade:
            pass
    try:
        store = open_store(path, defer_daily_backup=True)
    except StoreOpenError as error:
        if write or error.problem not in (Problem.LOCKED, Problem.READ_ONLY):
            raise
        return open_readonly(path, error.problem)
    try:
        store.make_due_backup()  # before the command writes anything
    except StoreWriteError:
        store.close()
        raise
    return store
