"""What every headless command does the same way: find and open the data file, guard outputs."""

import os
import sys
from collections.abc import Callable
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from socialdesk.headless.exits import Refused
from socialdesk.export_files import (
    OutputExists, OutputIsDatabase, OutputIsDataFile, OutputNotAFile, check_output, guarded_output,
)
from socialdesk.headless.language import _, n_
from socialdesk.headless.os_words import os_reason, os_refusal
from socialdesk.headless.messages import (
    CANNOT_WRITE, IN_SYNCED, IN_SYNCED_NO_WAY_OUT, MISSING_INTERRUPTED_RESTORE, NEEDS_UPGRADE_READ_ONLY, NEW_DATA_FILE,
    NO_DATA_FILE, NO_DATA_FILE_NOR_FOLDER, ON_NETWORK, ON_REMOVABLE, OPEN_PROBLEMS, PROBLEM_AT, WARNING,
)
from socialdesk.headless.streams import write_stdout
from socialdesk.paths import default_db_path, in_portable_data
from socialdesk.storage import Problem, Store, StoreOpenError
from socialdesk.storage.backup_scan import backup_dir_for
from socialdesk.storage.errors import StoreWriteError, WriteProblem, refused_backup
from socialdesk.storage.missing import only_interrupted_restore
from socialdesk.storage.opening import NeedsUpgrade, open_for_command


def user_path(text: str) -> Path:
    """A path the owner typed, with `~` expanded; `~nobody` is refused, not a traceback."""
    try:
        return Path(text).expanduser()
    except RuntimeError:
        raise Refused(_("{name}: no home folder is known for that user name").format(name=text)) from None


def data_path(args) -> Path:
    return user_path(args.db) if getattr(args, "db", None) else default_db_path()


def refuse_overwrite(path: Path, force: bool, args=None) -> None:
    """Refuse an existing output without --force, and the data file or its backups always."""
    try:
        check_output(path, force, data_path(args))
    except OutputIsDatabase:
        raise Refused(_("{path} is a database (a SocialDesk data file or another program's), its journal or lock, "
                        "or in use by SocialDesk: never overwritten, even with --force; choose another file name"
                        ).format(path=path)) from None
    except OutputIsDataFile:
        raise Refused(_("{path} is SocialDesk's data (or its journal, lock or backups, or a post's image); "
                        "choose another file name").format(path=path)) from None
    except OutputNotAFile:
        raise Refused(_("{path} is not a plain file (a device, a pipe, a folder or a link); name a file"
                        ).format(path=path)) from None
    except OutputExists:
        raise Refused(_("{path} exists; add --force to overwrite it").format(path=path)) from None


def write_output(path: Path, data: bytes, args, command: str) -> bool:
    """The shared guarded writer (as the window's exports); `-` means standard output, as Unix tools do.

    False after one line on stderr if the disk refused; a refused name raises Refused.
    """
    return fill_output(path, args, command, lambda handle: handle.write(data))


def fill_output(path: Path, args, command: str, fill: Callable[[BinaryIO], object]) -> bool:
    """As write_output, but `fill(handle)` writes the bytes piece by piece (a big export in flat memory)."""
    if str(path) == "-":
        buffer = BytesIO()
        fill(buffer)
        return write_stdout(buffer.getvalue(), command)
    refuse_overwrite(path, args.force, args)
    try:
        with guarded_output(path, data_path(args), args.force) as temp:
            with open(temp, "wb") as handle:
                fill(handle)
    except OSError as error:
        print(f"socialdesk {command}: " + _(CANNOT_WRITE).format(path=path, reason=os_reason(error)),
              file=sys.stderr)
        return False
    return True


def backup_failure(error: StoreWriteError, beside) -> str:
    """Why no backup was left; the folder that refused is named, and the disk that is full by that folder: it may
    not be the data file's (attack 33b, F1). A folder the owner chose that refused first is named before it (33c)."""
    why = _beside_failure(error, getattr(error, "folder", beside))
    skipped = getattr(error, "skipped", None)
    if skipped is None:
        return why
    from socialdesk.headless.backup_folder_words import FULL, folder_problem, shown_folder

    first = FULL if getattr(error, "skipped_problem", None) is WriteProblem.DISK_FULL else folder_problem(skipped)
    return _("the backup folder {folder} {why}, and beside the data file: {reason}").format(
        folder=shown_folder(skipped), why=_(first), reason=why)


def _beside_failure(error: StoreWriteError, beside) -> str:
    cause = error.__cause__
    if error.problem is WriteProblem.DISK_FULL:
        return _("the disk holding the backups folder {folder} is full; no backup was left").format(folder=beside)
    if error.problem is WriteProblem.READ_ONLY or isinstance(cause, PermissionError):
        return _("the backups folder {folder} cannot be written; no backup was left").format(folder=beside)
    if isinstance(cause, OSError):
        return _("{reason}; no backup was left").format(reason=os_refusal(cause))
    return _("the copy could not be made; no backup was left")  # SQLite's own English stays in the log


def open_data_file(args, command: str, *, write: bool) -> Store | None:
    """The store, or None after one clear line on stderr (a reader never creates the file)."""
    path = data_path(args)
    if not write and not data_file_there(path, command):
        return None
    if write:
        _refuse_unusable_name(path)
    made = write and not os.path.lexists(path)  # a writer makes the file: said, a mistyped --db is seen at once
    if made and getattr(args, "db", None) and not path.parent.is_dir():
        print(f"socialdesk {command}: " + _(NO_DATA_FILE_NOR_FOLDER).format(path=path, folder=path.parent),
              file=sys.stderr)
        return None
    try:
        store = open_for_command(path, write=write)
    except StoreOpenError as error:
        print(f"socialdesk {command}: " + _(PROBLEM_AT).format(problem=_open_problem_words(error), path=path),
              file=sys.stderr)
        return None
    except StoreWriteError as error:  # the day's backup, made before any write: none was made, nothing written
        print(f"socialdesk {command}: " + _("today's backup could not be made, so nothing was changed: {reason}").format(
            reason=backup_failure(error, backup_dir_for(path))), file=sys.stderr)
        return None
    if made:
        print(f"socialdesk {command}: " + _(WARNING).format(message=_(NEW_DATA_FILE).format(path=path)),
              file=sys.stderr)
    warn_about_placement(path, command)
    from socialdesk.headless.backup_folder_words import warn_if_folder_skipped

    warn_if_folder_skipped(store, command)
    return store


def _refuse_unusable_name(path: Path) -> None:
    """A name the system refuses (a link loop, a file where a folder should be: `shop.sqlite3/x.sqlite3`) raises its
    OSError, as the readers' check does: said by cli in the same words, exit 2, whichever command was given it.
    No file (a new one), or a link that leads nowhere, is left to what follows, which says so."""
    try:
        path.stat()
    except FileNotFoundError:
        pass


def data_file_there(path: Path, command: str) -> bool:
    """The one path check of the commands that only read (check, backup): False after one line in the app's words
    (no file, a link that leads nowhere). A name the system refuses (too long, a link loop, a file where a folder
    should be) raises OSError: said by cli as input refused, exit 2."""
    from socialdesk.storage.missing import refuse_broken_link

    try:
        refuse_broken_link(path)
        path.stat()
    except StoreOpenError as error:
        print(f"socialdesk {command}: " + _(PROBLEM_AT).format(problem=_open_problem_words(error), path=path),
              file=sys.stderr)
        return False
    except FileNotFoundError:
        print(f"socialdesk {command}: " + _(NO_DATA_FILE).format(path=path), file=sys.stderr)
        return False
    return True


def warn_about_placement(path: Path, command: str) -> None:
    """One line if the file a writer opened is on a network share, a removable drive or in a synced folder."""
    from socialdesk.storage.placement import Drive, drive_kind, synced_folder

    kind, synced = drive_kind(path.resolve()), synced_folder(path.resolve())
    if kind is Drive.NETWORK:
        message = _(ON_NETWORK)
    elif kind is Drive.REMOVABLE and not in_portable_data(path):  # portable mode on a USB key is the owner's choice
        message = _(ON_REMOVABLE)
    elif synced is not None:
        message = _synced_words(synced[0].value)
    else:
        return
    print(f"socialdesk {command}: " + _(WARNING).format(message=message), file=sys.stderr)


def _synced_words(service: str) -> str:
    """As the window says it: the app offers to move the file out unless its own data folder is synced too."""
    from socialdesk.paths import standard_data_dir
    from socialdesk.storage.placement import synced_folder

    folder = standard_data_dir()
    if synced_folder((folder / "socialdesk.sqlite3").resolve()) is None:
        return _(IN_SYNCED).format(service=service)
    return _(IN_SYNCED_NO_WAY_OUT).format(service=service, folder=folder)


def warn_about_conflict_copies(path: Path, command: str) -> None:
    """One line saying how many conflict copies a sync service left beside the data file."""
    from socialdesk.storage.placement import conflict_copies

    count = len(conflict_copies(path))
    if count:
        message = n_("{count} conflict copy of the data file is beside it (two computers changed it at once); open "
                     "the app to compare it with the data file",
                     "{count} conflict copies of the data file are beside it (two computers changed it at once); "
                     "open the app to compare them with the data file", count).format(count=count)
        print(f"socialdesk {command}: " + _(WARNING).format(message=message), file=sys.stderr)


def _open_problem_words(error: StoreOpenError) -> str:
    refused = refused_backup(error)
    if refused is not None:  # the upgrade's backup: the backups folder's problem, not the data file's (33b, F5)
        return _("the data file must be upgraded once for this SocialDesk, after a backup, and that backup could not "
                 "be made ({reason}); the file was not changed").format(reason=backup_failure(refused, refused.folder))
    if error.problem is Problem.MISSING and only_interrupted_restore(Path(error.path)):
        return _(MISSING_INTERRUPTED_RESTORE)
    if isinstance(error, NeedsUpgrade) and error.problem is Problem.READ_ONLY:
        return _(NEEDS_UPGRADE_READ_ONLY)
    return _(OPEN_PROBLEMS[error.problem])
