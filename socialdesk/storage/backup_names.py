"""Backup file names: the data file's stem (shortened to fit the name limit), its identity in a shared folder, a stamp."""

import os
import re
from datetime import datetime
from pathlib import Path

STAMP = "%Y%m%d-%H%M%S"
_STAMPED = re.compile(r"(?<!\d)(\d{8}-\d{6})-(?=[^\W\d_][\w-]*\.sqlite3$)")  # the stamp before the reason
SUFFIX = ".sqlite3"
_STAMP_BYTES = len("-20261203-052252-")
_REASON_BYTES = 20  # the longest reason, "before-restore", with a counter up to six digits
_JOURNAL_BYTES = len("-journal")  # SQLite writes `<copy>.partial-journal` beside a copy in progress
_HASH_CHARS = 8
_NEVER_SHORTENED = 24  # bytes: a stem this short was never shortened, whatever the folder (but one 430 bytes deep)
# SQLite's longest path (SQLITE_MAX_PATHNAME, 512 bytes on Linux and macOS): a file's, with the `-journal` it adds.
SQLITE_PATH_MAX = 512 if os.name != "nt" else 1040
ID_CHARS = 10  # `+` and this many hex digits: this data file's identity, in a folder other files may share
_ID_BYTES = 1 + ID_CHARS


def name_limit(folder: Path) -> int:
    """The longest file name, in bytes, that the file system holding `folder` takes (255 almost everywhere)."""
    try:
        return os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # Windows has no pathconf; NTFS takes 255 characters
        return 255


def backup_stem(db_path: Path, with_id: bool = False, folder: Path | None = None, *, whole_path: bool = True) -> str:
    """The data file's stem when every backup name made from it fits in `folder` (the backups' own folder,
    by default beside the file); else a shortened stem that stays unique to this file: its first bytes,
    `~` and a digest of the whole stem. A name fits the folder's name limit and, with `whole_path`, SQLite's
    longest path (a deep folder: a long reason, "before-restore", must still fit)."""
    stem = db_path.stem
    where = folder or db_path.parent
    fixed = _STAMP_BYTES + _REASON_BYTES + len(SUFFIX) + _JOURNAL_BYTES + (_ID_BYTES if with_id else 0)
    room = name_limit(where) - fixed
    if whole_path:
        room = min(room, SQLITE_PATH_MAX - len(os.fsencode(str(Path(where).absolute()))) - 1 - fixed)
    if len(os.fsencode(stem)) <= room:
        return stem
    import hashlib  # with OpenSSL: only for a name too long to keep whole

    digest = hashlib.sha256(os.fsencode(stem)).hexdigest()[:_HASH_CHARS]
    head = os.fsencode(stem)[:max(room - 1 - _HASH_CHARS, 1)]
    return f"{head.decode('utf-8', 'ignore')}~{digest}"  # never half a letter


def known_stems(db_path: Path, folder: Path | None = None) -> str:
    """A pattern of every stem this file's backups in `folder` may carry: the whole stem, and a stem shortened for
    any folder (`<first bytes>~<digest>`, sized for where the backups were when made: a folder since moved or reached
    by another path sizes today's otherwise)."""
    stem = db_path.stem
    sized = {backup_stem(db_path, with_id, where) for where in (folder, None) for with_id in (False, True)}
    if sized == {stem} and len(os.fsencode(stem)) <= _NEVER_SHORTENED:
        return re.escape(stem)  # no digest to compute (OpenSSL is not loaded at every open for it)
    import hashlib

    digest = hashlib.sha256(os.fsencode(stem)).hexdigest()[:_HASH_CHARS]
    return f"{re.escape(stem)}|.+?~{digest}"


def backup_name(db_path: Path, when, reason: str, file_id: str | None = None, folder: Path | None = None) -> str:
    """`<stem>-<stamp>-<reason>.sqlite3`, fitting `folder`'s name limit; with `file_id` (a folder others may
    share) `<stem>+<id>-…`."""
    stem = f"{backup_stem(db_path, True, folder)}+{file_id}" if file_id else backup_stem(db_path, folder=folder)
    return f"{stem}-{when.strftime(STAMP)}-{reason}{SUFFIX}"


# A reason: words joined by hyphens, then its rank in the second ("before-restore2"); never a second stamp, so that
# the backups of `shop-20261201-090000-manual.sqlite3` (a backup copied out and kept) are not `shop.sqlite3`'s.
_REASON = r"[^\W\d_]+(?:-[^\W\d_]+)*\d*"


def own_name(db_path: Path, ending: str, folder: Path | None = None) -> re.Pattern:
    """A backup (or `.partial`) name of this file in `folder`, with or without an identity (group `id`): the
    stamp right after the stem, so that `shop-2.sqlite3`'s backups are not `shop.sqlite3`'s."""
    stems = known_stems(db_path, folder)
    return re.compile(f"(?P<stem>{stems})" + r"(?:\+(?P<id>[0-9a-f]{%d}))?" % ID_CHARS
                      + r"(?P<rest>-\d{8}-\d{6}-" + _REASON + ")" + re.escape(ending))


_ANY_BACKUP = re.compile(r"(?P<stem>.+?)(?P<id>\+[0-9a-f]{%d})?-\d{8}-\d{6}-" % ID_CHARS + _REASON + re.escape(SUFFIX),
                         re.IGNORECASE)  # a disk that ignores case (macOS, Windows) opens `…-DAILY.SQLITE3` too


def stem_of_backup(name: str) -> str | None:
    """The stem a backup's name was made from (its data file's name without the extension), None for another name."""
    match = _ANY_BACKUP.fullmatch(name)
    return match["stem"] if match else None


def is_kept_backup(path: Path) -> bool:
    """A backup where SocialDesk keeps it: named as it names them (`<stem>-<stamp>-<reason>.sqlite3`), and carrying
    an identity (`<stem>+<id>-…`, a folder the owner chose), or in a `backups` folder, or beside other backups of its
    name or SocialDesk's note of their row counts (a folder chosen before identities). One copied out alone, or
    renamed, is a data file of its own."""
    from socialdesk.storage.backup_scan import BACKUP_DIR_NAME
    from socialdesk.storage.moved import BACKUPS_IN_SYNCED

    match = _ANY_BACKUP.fullmatch(path.name)
    if match is None:
        return False
    folders = (BACKUP_DIR_NAME.casefold(), BACKUPS_IN_SYNCED.casefold())
    if match["id"] is not None or path.parent.name.casefold() in folders:
        return True
    try:
        beside = [p.name for p in path.parent.iterdir() if p.name != path.name]
    except OSError:
        return False
    return any(name.startswith(".backup-rows") or ((other := _ANY_BACKUP.fullmatch(name)) is not None
                                                   and other["stem"] == match["stem"]) for name in beside)


def identity_in(db_path: Path, backup: Path) -> str | None:
    """The identity a backup's name carries (`<stem>+<id>-…`), None for a name from before identities."""
    match = own_name(db_path, SUFFIX, backup.parent).fullmatch(backup.name)
    return match["id"] if match else None


_REASON_OF = re.compile(r"-\d{8}-\d{6}-([^\W\d_]+(?:-[^\W\d_]+)*)\d*" + re.escape(SUFFIX) + "$")
RESTORE_REASON = "before-restore"


def backup_reason(backup: Path) -> str:
    """Why a backup was made, from its name: "daily", "manual", "before-restore", "before-upgrade" ("" if unsaid)."""
    match = _REASON_OF.search(backup.name)
    return match.group(1) if match else ""


def history_and_restores(found: list[Path]) -> tuple[list[Path], list[Path]]:
    """The backups of the file's history (daily, manual, before an upgrade), and the copies made before a restore."""
    restores = [p for p in found if backup_reason(p) == RESTORE_REASON]
    return [p for p in found if p not in restores], restores




def before_last_upgrade(newest_first: list[Path]) -> Path | None:
    """The newest backup made before an upgrade: the only copy an older SocialDesk can still open, and the way
    back if an upgrade went wrong. Rotation keeps it until a newer upgrade's."""
    return next((p for p in newest_first if backup_reason(p) == "before-upgrade"), None)


_ORDER = re.compile(r"(\d{8}-\d{6})-[\w-]*?(\d*)\.\w+$")


def _name_order(rest: str) -> tuple[str, int]:
    """When a backup was made, from its name onwards from the stamp: the stamp, then its rank among the backups
    made in that same second (`daily` is the first, `manual2` the second, `daily10` the tenth)."""
    match = _ORDER.search(rest)
    return (match.group(1), int(match.group(2) or 1)) if match else (rest, 0)


def ranked(reason: str, rank: int) -> str:
    """The reason as written in the name of the `rank`-th backup made in one second."""
    return reason if rank == 1 else f"{reason}{rank}"


def newest_first(db_path: Path, names: list[Path]) -> list[Path]:
    """This file's backups by their stamp and rank within that second, newest first, whichever stem each carries."""
    patterns = {folder: own_name(db_path, SUFFIX, folder) for folder in {p.parent for p in names}}
    return sorted(names, key=lambda p: _name_order(p.name[patterns[p.parent].fullmatch(p.name).start("rest"):]),
                  reverse=True)


def stamp_onwards(backup: Path) -> tuple[str, int]:
    """A backup's place by its name: its stamp and rank (the order it was made in, if the clock was right; the
    number each carries tells it whatever the clock did: backup_rows.newest_made_first)."""
    match = _last_stamp(backup)
    return _name_order(backup.name[match.start():]) if match else ("", 0)


def _last_stamp(backup: Path) -> re.Match | None:
    found = list(_STAMPED.finditer(backup.name))
    return found[-1] if found else None


def backup_time(backup: Path) -> datetime | None:
    """When a backup was made, read from its name: the stamp right before the reason, never a date-time
    that is part of the data file's own name."""
    match = _last_stamp(backup)
    try:
        return datetime.strptime(match.group(1), STAMP) if match else None
    except ValueError:
        return None


def backup_rank(backup: Path) -> int:
    """Which backup of its second this one is (`manual` 1, `manual2` 2…): two made in one second told apart."""
    return stamp_onwards(backup)[1]
