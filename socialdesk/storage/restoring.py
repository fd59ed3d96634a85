"""Putting a backup in the data file's place: over a refused file (set aside first), or over the open one."""

import os
import shutil
import sqlite3
import tempfile
import time
from datetime import datetime
from pathlib import Path

from socialdesk.domain.clock import system_clock
from socialdesk.storage import backup_folder, backups
from socialdesk.storage.backup_names import RESTORE_REASON
from socialdesk.storage.creating import set_orphans_aside
from socialdesk.storage.errors import (
    Problem, StoreOpenError, StoreWriteError, WriteProblem, classify_write_error, writing,
)
from socialdesk.storage.files import (
    SIDE_FILES, connect_readonly, drop_wal_files, has_wal_files, in_memory_copy, set_aside, stamp,
)
from socialdesk.storage.missing import interrupted_restore
from socialdesk.storage.opening import inspect_file, open_store, real_path
from socialdesk.storage.private_files import create_private_file, sync_folder
from socialdesk.storage.restore_keeps import put_back, settings_to_keep
from socialdesk.storage.store import Store, configure_connection

_RESIZING = "socialdesk-restore-"  # the temporary folders a backup of another page size is resized in
STALE_AFTER = 3600  # seconds


def restore_in_place(path: Path, backup: Path, *, now: datetime | None = None) -> tuple[Store, Path | None]:
    """Set a refused file aside and put a copy of `backup` where it was, then open it.

    The copy is made under a temporary name first: a crash or a full disk while copying leaves
    the refused file where it was and the backup untouched. StoreWriteError if the copy fails."""
    path, now = real_path(path), now or system_clock()
    inspect_file(backup, for_writing=False)  # only read: a write-protected stick, a 444 copy
    choice = backup_folder.choice_to_keep(backups.backup_dir_for(path), path)  # not the backup's older choice
    with writing():
        if Path(backup).resolve() != interrupted_restore(path):  # else: finish the restore a crash cut short
            _put_copy_in_place(path, backup)
        aside = set_aside(path, now) if path.exists() else None
        set_orphans_aside(path)
        os.rename(interrupted_restore(path), path)
        sync_folder(path.parent)
    store = open_store(path, now=now)
    if choice is not None and store.settings.get("backup_folder") != choice:
        store.settings.set("backup_folder", choice)
    return store, aside


def _put_copy_in_place(path: Path, backup: Path) -> None:
    partial = interrupted_restore(path)
    for leftover in (partial, *(Path(str(partial) + side) for side in SIDE_FILES)):
        leftover.unlink(missing_ok=True)
    create_private_file(partial)
    source = connect_readonly(backup)
    try:
        backups.copy_database(source, partial)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        source.close()


def restore_backup(store: Store, backup: Path, *, now: datetime | None = None) -> Path:
    """Replace the open file's contents by a backup's, after backing up the current state.

    The backup is read into memory first, upgraded there and given back this file's key and backup settings; then
    the current state is backed up, and the copy in memory written over the file in one transaction: killed at
    any moment, the file is what it was or wholly restored, never the backup's key without its own (#12); and the
    before-restore copy's rotation cannot take the backup away before it is read, by whatever path it was chosen
    (attack 32b, F6). StoreOpenError if the backup is refused (read, prepared), StoreWriteError if a write fails."""
    now = now or system_clock()
    inspect_file(backup, for_writing=False)  # only read: a write-protected stick, a 444 copy
    kept = settings_to_keep(store.conn)  # this computer's backup folder and count, and the file's key
    restored = _restored_in_memory(backup, kept, store.conn.execute("PRAGMA page_size").fetchone()[0])
    try:
        # The data as it is, unless a copy already holds it: a restore tried after a restore, nothing written
        # between, copies nothing again (attack 41c, H1: the copy of the owner's real work, made by the first try,
        # was pushed out by the copies of restored backups the later tries made).
        safety = store.same_as_now() or backups.make_backup(store.conn, store.path, now, RESTORE_REASON,
                                                            spare=(Path(backup).resolve(),))
        with writing():
            restored.backup(store.conn)
            configure_connection(store.conn)
    finally:
        restored.close()
    store.note_same_as(Path(backup))
    return safety


def _restored_in_memory(backup: Path, kept: dict[str, str | None], page_size: int) -> sqlite3.Connection:
    """The backup's contents as the file will hold them: upgraded, stamped, with `kept` put back, in pages of the
    file's `page_size`."""
    from socialdesk.storage.migrations import migrations
    from socialdesk.storage.store import database

    had_wal_files, source, restored = has_wal_files(backup), None, None
    try:
        source = connect_readonly(backup)
        restored = _resized_copy(source, page_size)
        restored.execute("PRAGMA foreign_keys=ON")
        migrations.apply(database(restored))
        restored.execute("BEGIN")
        put_back(restored, kept)
        stamp(restored)
        restored.execute("PRAGMA user_version=0")  # a backup's place among its file's (backup_rows.py) stays its own
        restored.execute("COMMIT")
    except BaseException as error:
        if restored is not None:
            restored.close()
        problem = classify_write_error(error)
        if isinstance(error, OSError) or problem is WriteProblem.DISK_FULL:  # a temporary folder's disk
            raise StoreWriteError(problem, str(error)) from error
        if isinstance(error, sqlite3.Error):  # its checks passed, yet it cannot be read or prepared: the backup's
            raise StoreOpenError(Problem.DAMAGED, Path(backup).resolve(), str(error)) from error
        raise
    finally:
        if source is not None:
            source.close()
        if not had_wal_files:  # nothing of this read is left beside the backup (a synced folder)
            drop_wal_files(backup)
    return restored


def _resized_copy(source: sqlite3.Connection, page_size: int) -> sqlite3.Connection:
    """`source` in memory, in pages of `page_size` bytes: a file in WAL mode takes a copy only page for page, and a
    backup made by another tool may have pages of another size (attack 32, F1). Resized in a private temporary
    folder, as only a file on disk can be."""
    if source.execute("PRAGMA page_size").fetchone()[0] == page_size:
        return in_memory_copy(source)
    _clear_stale_folders()
    with tempfile.TemporaryDirectory(prefix=_RESIZING) as folder:
        resized = sqlite3.connect(Path(folder) / "resized.sqlite3", isolation_level=None)
        try:
            source.backup(resized)
            resized.execute("PRAGMA journal_mode=DELETE")
            resized.execute(f"PRAGMA page_size={int(page_size)}")
            resized.execute("VACUUM")
            return in_memory_copy(resized)
        finally:
            resized.close()


def _clear_stale_folders() -> None:
    """A resize killed midway left its copy of the backup in the temporary folder (attack 32b, F5): gone at the
    next one, once an hour old (a restore in another window may be resizing right now)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_RESIZING}*"):
        try:
            if folder.is_dir() and not folder.is_symlink() and time.time() - folder.stat().st_mtime > STALE_AFTER:
                shutil.rmtree(folder, ignore_errors=True)
        except OSError:
            pass
