"""Copies of the data file made with SQLite's backup API into `backups/` beside it."""

import itertools
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from socialdesk.domain.settings import DEFAULTS, checked
from socialdesk.storage import backup_folder, backup_names
from socialdesk.storage.backup_scan import BackupScan, backup_dir_for, is_listed_file, scan_backups
from socialdesk.storage.backup_rows import fullest_beyond, newest_made_first, next_made, remembered_facts
from socialdesk.storage.backup_names import (
    STAMP, backup_name, backup_time, identity_in, newest_first, own_name, ranked, stamp_onwards,
)
from socialdesk.storage.errors import (
    BackupWriteError, classify_write_error, disk_full_error, means_disk_full, writing,
)
from socialdesk.storage.file_key import keyed_as_mine, made_since_keys, stored_key
from socialdesk.storage.known_keys import key_or_noted, remember_key
from socialdesk.storage.files import drop_wal_files, has_wal_files, is_socialdesk, readonly_uri

KEEP = DEFAULTS["backups_keep"]
RESTORE_COPIES = 3  # copies made before a restore, kept on top of the history's count
PARTIAL_AGE = 3600  # seconds: a `.partial` this old is no copy in progress, but a crash's leftover
# The stamp is the last date-time in the name, the one the reason follows: the data file's own name may hold one
# (`socialdesk.damaged-20261126-130500.sqlite3`), and a reason starts with a letter ("daily", "before-restore-2").


def skipped_folder(conn: sqlite3.Connection, target: Path) -> Path | None:
    """The chosen folder a backup could not go to (it went beside the data file instead), else None."""
    chosen = backup_folder.chosen_folder(conn)
    return chosen if chosen is not None and Path(target).parent.resolve() != chosen.resolve() else None


def _backup_name(db_path: Path, when: datetime, reason: str, file_id: str | None, folder: Path) -> str:
    return backup_name(db_path, when, reason, file_id, folder)  # fits the folder's name limit, however long the stem


def _found(db_path: Path, ending: str, own_only: bool, scan: BackupScan | None = None) -> list[Path]:
    """This file's backups (or `.partial` copies): those carrying its identity, and old names carrying none
    (beside it, always its own; in a chosen folder others may share, only listed). Unless `own_only`, backups
    carrying another identity, beside it or in the folder its setting names, are listed too when none is newer
    than this file's identity (this file's own before its identity was lost, or a computer's gone quiet):
    never rotated. A computer still writing there keeps its backups to itself. The folder the setting names is
    searched even when no note could be left beside the file (read-only): its backups with this identity are its own."""
    scan = scan_backups(db_path, scan)
    found, others = _own_and_others(db_path, ending, own_only, scan)
    born = scan.born
    return found + [p for paths in others.values() if born is None or _newest_mtime(paths) <= born for p in paths]


def _own_and_others(db_path: Path, ending: str, own_only: bool,
                    scan: BackupScan | None = None) -> tuple[list[Path], dict[str, list[Path]]]:
    """This file's backups, and (unless `own_only`) those beside it or in its named folder carrying another
    identity, by identity."""
    scan = scan_backups(db_path, scan)
    default, named = scan.default, scan.named
    found, others = [], {}
    for folder in scan.listing:
        pattern = own_name(db_path, ending, folder)  # names sized for that folder's file system
        for name in scan.names(folder):
            match = pattern.fullmatch(name)  # a name it matches also matches the glob `*-*<ending>`
            path = folder / name
            if not (match and is_listed_file(scan, path)):
                continue
            ident = match["id"]
            if (ident is not None and ident == scan.mine) or (ident is None and (folder == default or not own_only)):
                found.append(path)
            elif not own_only and folder in (default, named):
                others.setdefault(ident, []).append(path)
    return found, others


def _newest_mtime(paths: list[Path]) -> float:
    return max((p.stat().st_mtime for p in paths if p.exists()), default=0.0)


def own_backups(db_path: Path, scan: BackupScan | None = None) -> list[Path]:
    """The backups whose name says they are this file's, newest first."""
    db_path = Path(db_path).resolve()
    return newest_first(db_path, _found(db_path, ".sqlite3", own_only=True, scan=scan))


def list_backups(db_path: Path, scan: BackupScan | None = None) -> list[Path]:
    """Every backup of this data file, newest first: its own, old names in a shared folder, and those left
    where the file was before it was moved out of a synced folder (listed last, never rotated)."""
    db_path = Path(db_path).resolve()
    scan = scan_backups(db_path, scan)
    found = list(dict.fromkeys(_found(db_path, ".sqlite3", own_only=False, scan=scan)))
    return newest_made_first(found, remembered_facts(found, scan, remember=False)) + old_place_backups(db_path, found)


def sure_backups(db_path: Path) -> list[Path]:
    """The backups a one-click restore may use, newest first: named as this file's (beside it, or carrying this
    computer's identity for it) and carrying its key. The file itself may not be readable (damaged): its key is then
    the one this computer noted at its last backup (storage/known_keys.py); without either, the names decide."""
    db_path = Path(db_path).resolve()
    scan = BackupScan(db_path)
    found = _found(db_path, ".sqlite3", own_only=False, scan=scan)
    sure = [b for b in found
            if b.parent == scan.default or (scan.mine is not None and identity_in(db_path, b) == scan.mine)]
    key = key_or_noted(db_path)
    sure = list(dict.fromkeys(keyed_as_mine(key, sure, scan.default) if key else sure))
    return newest_made_first(sure, remembered_facts(sure, scan, remember=False))


def other_identity_backups(db_path: Path, scan: BackupScan | None = None) -> list[Path]:
    """Backups of this file's name carrying another identity (another computer's, or this file's before its
    identity was lost), newest first: offered last in Restore, never picked by themselves, never rotated."""
    db_path = Path(db_path).resolve()
    _, others = _own_and_others(db_path, ".sqlite3", own_only=False, scan=scan)
    return sorted((p for paths in others.values() for p in paths), key=stamp_onwards, reverse=True)


def old_place_backups(db_path: Path, found: list[Path] = ()) -> list[Path]:
    """The backups left where the file was before it was moved, newest first: listed after the file's own, since
    one made there after the move is of the stale copy left behind."""
    from socialdesk.storage.moved import moved_from

    left = [p for old in moved_from(db_path) for p in _found(Path(old).resolve(), ".sqlite3", own_only=False)]
    return sorted(dict.fromkeys(p for p in left if p not in found), key=stamp_onwards, reverse=True)


def backed_up_today(db_path: Path, now: datetime, scan: BackupScan | None = None, key: str | None = None,
                    since_keys: bool = False) -> bool:
    """Whether the last backup made of this file, of those beyond doubt its own (as rotate tells), is named today
    and not later than now. A copy named today by a clock then set ahead was not made today: the backups made
    since, under other dates, came after it. A clock that went back since the last backup (one reset at every boot
    repeats a date) makes a new one due."""
    db_path = Path(db_path).resolve()
    scan = scan_backups(db_path, scan)
    found = own_backups(db_path, scan)
    facts = remembered_facts(found, scan)
    mine = keyed_as_mine(key, found, None if since_keys else scan.default, {b: f.key for b, f in facts.items()})
    last = next(iter(newest_made_first(mine, facts)), None)
    made = last and backup_time(last)
    return made is not None and made.date() == now.date() and made <= now


def make_backup(conn: sqlite3.Connection, db_path: Path, when: datetime, reason: str,
                scan: BackupScan | None = None, spare: tuple[Path, ...] = ()) -> Path:
    """Copy the live database consistently (even mid-WAL) and keep the newest KEEP copies, never this copy (a clock
    set back names it as the oldest) nor those `spare` names (the backup a restore is about to read).

    `scan` is the open's look at the backups (made before this copy), else one is made here.
    On failure (a full disk…) BackupWriteError (a StoreWriteError) is raised and nothing of the copy is left behind."""
    db_path = Path(db_path).resolve()
    chosen = backup_folder.chosen_folder(conn)
    chosen = chosen and chosen.resolve()  # through a link: names sized (and found) for the folder's real path
    first = None  # why the chosen folder refused it
    try:
        if chosen is not None and backup_folder.usable(chosen):
            try:
                return _make_backup(conn, db_path, when, reason, chosen, scan, spare)
            except (sqlite3.Error, OSError) as error:  # refused there: the copy goes beside the data file
                logging.getLogger(__name__).warning("backup not written in %s: %s", chosen, error)
                first = classify_write_error(error)  # _make_backup says a full disk as one
                scan = None  # that attempt may have made an identity: read again
        return _make_backup(conn, db_path, when, reason, backup_dir_for(db_path), scan, spare)
    except (sqlite3.Error, OSError) as error:  # beside the data file too (the chosen folder, if any, refused first)
        raise BackupWriteError(classify_write_error(error), str(error), backup_dir_for(db_path), chosen, first) \
            from error


def _make_backup(conn: sqlite3.Connection, db_path: Path, when: datetime, reason: str, folder: Path,
                 scan: BackupScan | None = None, spare: tuple[Path, ...] = ()) -> Path:
    made_folder = not folder.exists()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    shared = folder != backup_dir_for(db_path)  # a chosen folder: other files' backups may be there too
    mine = _identity(db_path, folder) if shared else None
    scan = scan_backups(db_path, None if shared else scan)  # an identity just made for a chosen folder: read again
    names = _free_names(db_path, when, reason, mine, folder, scan)
    made = next_made(remembered_facts(_found(db_path, ".sqlite3", own_only=False, scan=scan), scan),
                     stored_key(conn))  # the order the file's backups are told by: after its own, under any identity
    partial = None
    try:
        partial = _claim(names)  # this run's own copy in progress: another run takes the next name
        copy_database(conn, partial, made)
        _check_copy(conn, partial)  # never reported as made unless whole
        target = _settle(partial, names)
    except BaseException as error:
        _remove_partial(partial, folder if made_folder else None)
        if isinstance(error, (sqlite3.Error, OSError)) and means_disk_full(error, folder, _room_for(db_path)):
            raise disk_full_error(folder) from error  # "disk I/O error" on a full disk: say it is full
        raise
    if shared:
        backup_folder.remember(backup_dir_for(db_path), db_path, folder)
    remember_key(db_path, stored_key(conn))  # what tells its backups apart should it be damaged one day
    # A chosen folder may have given the file its identity and the note a folder: looked at again.
    fresh = shared or not scan.add(target)
    rotate(db_path, kept_count(conn), None if fresh else scan, stored_key(conn), made_since_keys(conn),
           (target, *spare), history=reason != backup_names.RESTORE_REASON)
    return target


def _free_names(db_path: Path, when: datetime, reason: str, mine: str | None, folder: Path,
                scan: BackupScan | None = None) -> Iterator[Path]:
    """Names never used in this second, ranked after every backup of this file made in it: a name rotation
    just freed is not taken again (it would sort as the oldest and be deleted at once)."""
    stamp = when.strftime(STAMP)
    rank = 1 + max((n for made, n in map(stamp_onwards, own_backups(db_path, scan)) if made == stamp), default=0)
    for rank in itertools.count(rank):
        target = folder / _backup_name(db_path, when, ranked(reason, rank), mine, folder)
        if not target.exists():
            yield target


def _claim(names: Iterator[Path]) -> Path:
    """The first free name's `.partial`, created by this run alone (O_EXCL): a run backing up the same file in
    the same second (the window's daily backup, a scheduled `socialdesk backup`) never writes into it."""
    for target in names:
        partial = target.with_suffix(".partial")
        try:
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # private from its first byte
            return partial
        except FileExistsError:
            continue
    raise AssertionError("unreachable")  # the names never run out


def _settle(partial: Path, names: Iterator[Path]) -> Path:
    """Give the finished copy its backup name without ever replacing another run's backup: a hard link fails
    when the name is taken (then the next one is tried); where there are none (FAT), a checked rename."""
    for target in itertools.chain([partial.with_suffix(".sqlite3")], names):
        try:
            os.link(partial, target)
        except FileExistsError:
            continue
        except OSError:  # no hard links on this file system
            if target.exists():
                continue
            os.rename(partial, target)  # Windows refuses an existing name; elsewhere checked just above
            return target
        partial.unlink()
        return target
    raise AssertionError("unreachable")


def _check_copy(source: sqlite3.Connection, partial: Path) -> None:
    """SQLite's own check of the copy just written, and its tables there: else it is no backup."""
    had_tables = source.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    copy = sqlite3.connect(readonly_uri(partial), uri=True)
    try:
        whole = copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        whole = whole and (copy.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0 or not had_tables)
    finally:
        copy.close()
    if not whole:
        raise sqlite3.DatabaseError("the backup just written is malformed")


def _identity(db_path: Path, folder: Path) -> str | None:
    """This file's identity for a chosen folder (a read-only data file's is kept in this computer's state folder);
    None when it can be kept nowhere: the copy is then named without one, listed in Restore, never rotated."""
    try:
        return backup_folder.claimed_id(backup_dir_for(db_path), db_path, folder)
    except OSError as error:
        logging.getLogger(__name__).warning("backup identity kept neither beside %s nor here: %s", db_path, error)
        return None


def kept_count(conn: sqlite3.Connection) -> int:
    """How many backups the owner keeps (Preferences ▸ General, in the file's settings); KEEP if unset."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'backups_keep'").fetchone()
        return checked("backups_keep", json.loads(row[0])) if row else KEEP  # the one rule Preferences shows
    except (sqlite3.Error, ValueError, TypeError):  # a file from before settings, or a value not JSON
        return KEEP


def _room_for(db_path: Path) -> int:
    """What a copy needs: about the file and its journal, plus a margin."""
    return sum(p.stat().st_size for p in (db_path, Path(f"{db_path}-wal")) if p.exists()) + (64 << 10)


def _remove_partial(partial: Path | None, made_folder: Path | None) -> None:
    for leftover in (() if partial is None else
                     (partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm"))):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as error:  # a folder in the copy's way is not the copy's to remove
            logging.getLogger(__name__).warning("left %s: %s", leftover, error)
    if made_folder is not None:
        try:
            made_folder.rmdir()  # only if empty: nobody else's file is ever removed
        except OSError:
            pass


def copy_database(source: sqlite3.Connection, target_path: Path, made: int = 0) -> None:
    """Write a consistent, self-contained copy (rollback journal, no WAL beside it); a backup carries `made`, its
    place in the order the file's backups were made (backup_rows.py)."""
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        target.execute(f"PRAGMA user_version={int(made)}")
        target.execute("PRAGMA journal_mode=DELETE")
        target.commit()
    finally:
        target.close()


def copy_data_file(source_path: Path, target_path: Path) -> None:
    """Copy a data file to a new place (read-only on the source; the target appears whole or not at all)."""
    partial = target_path.with_name(target_path.name + ".partial")
    had_wal_files = has_wal_files(source_path)
    with writing():
        target_path.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"{Path(source_path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))  # private from its first byte
            copy_database(source, partial)
            os.replace(partial, target_path)
        except BaseException:
            _remove_partial(partial, None)
            raise
        finally:
            source.close()
    if not had_wal_files:
        drop_wal_files(source_path)  # nothing of this copy is left beside the source (a synced folder)


def rotate(db_path: Path, keep: int = KEEP, scan: BackupScan | None = None, key: str | None = None,
           since_keys: bool = False, spare: tuple[Path, ...] = (), history: bool = True) -> list[Path]:
    """Delete all but the `keep` last made of this file's own backups, those carrying its `key`, or no key beside
    it unless the file was made `since_keys` (file_key.keyed_as_mine), sparing the fullest, the last made before an
    upgrade and `spare`; returns what was deleted. The order is the one they were made in (backup_rows.py), never
    the dates in their names: a clock set wrong would have the newest data deleted first.
    `scan` is the open's look at the backups; what is deleted leaves it.
    The copies made before a restore are the way back from that restore, not history: they are kept on top of the
    `keep` (the newest RESTORE_COPIES of them), so that trying a restore never deletes the oldest copy of the
    history, the one most likely made before whatever went wrong (attack 41b, H1); and the copy a restore makes
    prunes only its own kind (`history` False): a keep count lowered in Preferences takes effect at the next
    daily or manual copy, never in the middle of a restore (41c, M1)."""
    db_path = Path(db_path).resolve()
    scan = scan_backups(db_path, scan)
    found = own_backups(db_path, scan)
    made, restores = backup_names.history_and_restores(found)
    if (history and len(made) > keep) or len(restores) > RESTORE_COPIES:  # keys, rows, order: only when one may go
        facts = remembered_facts(found, scan)
        found = keyed_as_mine(key, found, None if since_keys else scan.default, {b: f.key for b, f in facts.items()})
        made, restores = backup_names.history_and_restores(newest_made_first(found, facts))
    kept, beyond = (made[:keep], made[keep:]) if history else (made, [])  # a restore's copy prunes only its kind
    spared = (fullest_beyond(kept, beyond, scan.mine, scan), backup_names.before_last_upgrade(made)) if beyond \
        else ()
    old = [p for p in [*beyond, *restores[RESTORE_COPIES:]] if p not in spared and not _is_one_of(p, spare)]
    for path in old:
        path.unlink(missing_ok=True)
    scan.forget(old)
    for partial in _stale_partials(db_path, scan):  # a copy cut short by a crash, with the journal SQLite left beside it
        _remove_partial(partial, None)
        scan.forget([partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")])
    return old


def _is_one_of(path: Path, others: tuple[Path, ...]) -> bool:
    """The same file as one of `others`, by whatever path (a bind mount, a share mounted twice, another case)."""
    for other in others:
        try:
            if os.path.samefile(path, other):
                return True
        except OSError:
            continue
    return False


def _stale_partials(db_path: Path, scan: BackupScan | None = None) -> list[Path]:
    """Copies in progress left by a crash: older than an hour, since a window may be writing one right now
    while `socialdesk backup` (without the lock) rotates; a journal whose copy is already gone counts too."""
    scan = scan_backups(db_path, scan)
    leftovers = _found(db_path, ".partial", own_only=True, scan=scan) + [
        Path(str(j)[:-len("-journal")]) for j in _found(db_path, ".partial-journal", own_only=True, scan=scan)]
    now = time.time()
    return [p for p in dict.fromkeys(leftovers) if now - _mtime(p) > PARTIAL_AGE]


def _mtime(partial: Path) -> float:
    times = [os.stat(f).st_mtime for f in (partial, Path(f"{partial}-journal")) if f.exists()]
    return max(times, default=0.0)


def is_valid_backup(path: Path) -> bool:
    """A healthy copy of a SocialDesk file (another program's database in `backups/` is not one)."""
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" and is_socialdesk(conn) is True
        finally:
            conn.close()
    except (sqlite3.Error, UnicodeDecodeError):  # UnicodeDecodeError: a schema scribbled past UTF-8
        return False
