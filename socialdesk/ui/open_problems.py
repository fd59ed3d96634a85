"""What to do when the data file cannot be opened: explain, then restore, start fresh or quit."""

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from socialdesk.storage.backups import is_valid_backup, list_backups
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.ui.common.messages import open_problem_text
from socialdesk.ui.common.words import fill


class Choice(Enum):
    RESTORE = "restore"
    FRESH = "fresh"
    OTHER_FILE = "other_file"
    QUIT = "quit"


def newest_good_backup(db_path: Path) -> Path | None:
    return next((b for b in list_backups(db_path) if is_valid_backup(b)), None)


def problem_text(problem: Problem) -> str:
    if problem is Problem.FOREIGN:  # another program's database: never set aside, never migrated
        return QCoreApplication.translate("OpenProblems", "This file is another program's database, not a SocialDesk data file. SocialDesk will not change it; choose your SocialDesk data file instead.")
    return open_problem_text(problem)


def problem_box(parent, error: StoreOpenError) -> tuple[QMessageBox, dict, Path | None]:
    """The message box with its buttons (button → Choice) and the backup a RESTORE would use."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenProblems", "SocialDesk cannot open its data file"))
    box.setText(problem_text(error.problem))
    safe = fill(QCoreApplication.translate("OpenProblems", "The file was not changed: %1"), str(error.path))
    buttons = {}
    backup = newest_good_backup(error.path) if error.can_be_replaced else None
    if error.can_be_replaced:
        safe += "\n\n" + QCoreApplication.translate("OpenProblems", "If you go on, it is kept aside under a new name, exactly as it is.")
        if backup is not None:
            buttons[box.addButton(QCoreApplication.translate("OpenProblems", "&Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)] = Choice.RESTORE
        buttons[box.addButton(QCoreApplication.translate("OpenProblems", "Start a &new empty file"), QMessageBox.ButtonRole.DestructiveRole)] = Choice.FRESH
    if error.problem is not Problem.LOCKED:
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
