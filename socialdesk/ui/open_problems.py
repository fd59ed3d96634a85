"""What to do when the data file cannot be opened: explain, then restore, start fresh or quit."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from socialdesk.storage.backups import is_valid_backup, sure_backups
from socialdesk.storage.errors import Problem, StoreOpenError, refused_backup
from socialdesk.storage.missing import interrupted_restore, only_interrupted_restore
from socialdesk.storage.opening import JOURNAL_UNREADABLE
from socialdesk.ui.common.backup_words import backup_problem_text
from socialdesk.ui.common.messages import open_problem_text
from socialdesk.ui.common.words import fill


class Choice(Enum):
    RESTORE = "restore"
    FRESH = "fresh"
    OTHER_FILE = "other_file"
    QUIT = "quit"


def newest_good_backup(db_path: Path) -> Path | None:
    """The newest sound backup whose name proves it this file's: one click never restores a backup that the
    full list could only offer with a doubt (another computer's, or a shared folder's older name)."""
    return next((b for b in sure_backups(db_path) if is_valid_backup(b)), None)


def backup_to_offer(error: StoreOpenError) -> Path | None:
    """A missing file: first the restore a crash cut short (its copy is complete), then the newest backup."""
    if error.problem is Problem.MISSING:
        interrupted = interrupted_restore(Path(error.path))
        if interrupted.is_file() and is_valid_backup(interrupted):
            return interrupted
    return newest_good_backup(error.path) if error.can_be_replaced or error.problem is Problem.MISSING else None


def problem_text(problem: Problem, path: Path | None = None) -> str:
    """What happened, in the owner's words; for a missing file, also what is left where it was (`path`)."""
    if problem is Problem.MISSING and path is not None and only_interrupted_restore(Path(path)):
        return QCoreApplication.translate("OpenProblems", "Your data file is missing: it is no longer where SocialDesk last found it (moved, renamed, or on a disk that is not connected). There are no backups beside it, only the copy a restore left when it was interrupted. Finish the restore, open the file where it is now, or start a new empty file.")
    if problem is Problem.FOREIGN:  # another program's database: never set aside, never migrated
        return QCoreApplication.translate("OpenProblems", "This file is another program's database, not a SocialDesk data file. SocialDesk will not change it; choose your SocialDesk data file instead.")
    if problem is Problem.MISSING:
        return QCoreApplication.translate("OpenProblems", "Your data file is missing: it is no longer where SocialDesk last found it (moved, renamed, or on a disk that is not connected). Its backups are still there. Restore the newest backup, open the file where it is now, or start a new empty file.")
    if problem is Problem.BROKEN_LINK:
        return QCoreApplication.translate("OpenProblems", "Your data file is reached through a link that leads nowhere: the disk or USB stick it is on may not be connected. Connect it and open SocialDesk again, or choose another file. Nothing was created.")
    if problem is Problem.NAME_TOO_LONG:
        return QCoreApplication.translate("OpenProblems", "The name of your data file is too long: SocialDesk keeps a few small files beside it whose names are a little longer than its own, and this disk does not take names that long. Give the file a shorter name, then open it again, or choose another file.")
    if problem is Problem.OLD_BACKUP:
        return QCoreApplication.translate("OpenProblems", "This file is one of SocialDesk's backups, made by an older version. SocialDesk does not upgrade a backup where it is kept: it stays the copy an older SocialDesk can open. To go back to it, open your data file and restore it with File ▸ Restore a backup…; to work in it as a file of its own, copy it under another name first.")
    if problem is Problem.PATH_TOO_LONG:
        return QCoreApplication.translate("OpenProblems", "The path of your data file is too long: the folders it is in have names too long for SocialDesk to open it (the file itself is fine). Move the file to a shorter folder, then open it from there, or choose another file.")
    return open_problem_text(problem)


def journal_text(path: Path) -> str:
    """The data file is readable, the journal beside it is not (attack 40c, L5: the window said the file could not
    be read, and the owner found nothing wrong with it; `check` named the journal)."""
    name = Path(path).name
    return fill(QCoreApplication.translate("OpenProblems", "Your data file's journal cannot be read. SocialDesk keeps its latest changes in two files beside the data file, %1 and %2, and at least one of them is not an ordinary file SocialDesk may read (its permissions, or something else under that name). Let your user read and write both, then open SocialDesk again, or choose another file."), f"{name}-wal", f"{name}-shm")


def upgrade_backup_text(refused) -> str:
    """The upgrade's backup could not be made: the backups folder's problem, not the data file's (attack 33b, F5)."""
    return QCoreApplication.translate("OpenProblems", "This data file must be upgraded once for this version of SocialDesk, and a backup of it is made first. That backup could not be made:") + "\n" + backup_problem_text(refused)


def problem_box(parent, error: StoreOpenError) -> tuple[QMessageBox, dict, Path | None]:
    """The message box with its buttons (button → Choice) and the backup a RESTORE would use."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenProblems", "SocialDesk cannot open its data file"))
    refused = refused_backup(error)
    if refused is not None:
        box.setText(upgrade_backup_text(refused))
    elif error.problem is Problem.UNREADABLE and error.detail == JOURNAL_UNREADABLE:
        box.setText(journal_text(error.path))
    else:
        box.setText(problem_text(error.problem, error.path))
    safe = fill(QCoreApplication.translate("OpenProblems", "The file was not changed: %1"), str(error.path))
    buttons = {}
    backup = backup_to_offer(error)
    if error.problem is Problem.MISSING or (error.problem is Problem.NAME_TOO_LONG and not Path(error.path).exists()):
        safe = fill(QCoreApplication.translate("OpenProblems", "Nothing was created or changed: %1"), str(error.path))
    if error.problem is Problem.MISSING:
        if backup is not None:
            interrupted = backup == interrupted_restore(Path(error.path))
            label = (QCoreApplication.translate("OpenProblems", "&Finish the interrupted restore") if interrupted
                     else QCoreApplication.translate("OpenProblems", "&Restore the newest backup"))
            buttons[box.addButton(label, QMessageBox.ButtonRole.AcceptRole)] = Choice.RESTORE
        buttons[box.addButton(QCoreApplication.translate("OpenProblems", "Open &another file…"), QMessageBox.ButtonRole.ActionRole)] = Choice.OTHER_FILE
        buttons[box.addButton(QCoreApplication.translate("OpenProblems", "Start a &new empty file"), QMessageBox.ButtonRole.DestructiveRole)] = Choice.FRESH
    elif error.can_be_replaced:
        safe += "\n\n" + QCoreApplication.translate("OpenProblems", "If you go on, it is kept aside under a new name, exactly as it is.")
        if backup is not None:
            buttons[box.addButton(QCoreApplication.translate("OpenProblems", "&Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)] = Choice.RESTORE
        buttons[box.addButton(QCoreApplication.translate("OpenProblems", "Start a &new empty file"), QMessageBox.ButtonRole.DestructiveRole)] = Choice.FRESH
    if error.problem not in (Problem.LOCKED, Problem.MISSING):
        buttons[box.addButton(QCoreApplication.translate("OpenProblems", "Open &another file…"), QMessageBox.ButtonRole.ActionRole)] = Choice.OTHER_FILE
    quit_button = box.addButton(QCoreApplication.translate("OpenProblems", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    buttons[quit_button] = Choice.QUIT
    box.setInformativeText(safe)
    box.setDefaultButton(next(iter(buttons)))
    return box, buttons, backup


def ask_what_to_do(parent, error: StoreOpenError) -> tuple[Choice, Path | None]:
    """Ask the owner; returns the choice and, for RESTORE, the backup to use."""
    box, buttons, backup = problem_box(parent, error)
    box.exec()
    choice = buttons.get(box.clickedButton(), Choice.QUIT)
    return choice, (backup if choice is Choice.RESTORE else None)
