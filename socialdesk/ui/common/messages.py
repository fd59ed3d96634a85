"""Errors told to a shop owner: what happened, what is safe, what to do next."""

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from socialdesk.storage.errors import Problem, StoreWriteError, WriteProblem
from socialdesk.ui.common.words import fill

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
_hooks = {"data_file": lambda: None, "restore": None}  # set by install_excepthook


def _problem_texts() -> list:
    """What each problem means to the owner, translated when asked (a language switch shows at once).

    Pairs, not a dict: the two kinds of problem share values ("damaged"), so they are told apart by identity;
    an entry keyed by the kind itself is that kind's fallback."""
    return [
        (Problem.LOCKED, translate("Messages", "SocialDesk is already open on this data file. Use the window that is open.")),
        (Problem.EMPTY_FILE, translate("Messages", "The data file is empty (0 bytes): it may have been cut short by a crash or a copy.")),
        (Problem.NOT_SQLITE, translate("Messages", "This file is not a SocialDesk data file.")),
        (Problem.DAMAGED, translate("Messages", "The data file is damaged: part of it cannot be read.")),
        (Problem.NEWER_VERSION, translate("Messages", "This data file was saved by a newer version of SocialDesk. Update SocialDesk to open it; this version will not touch it.")),
        (Problem.READ_ONLY, translate("Messages", "The data file or its folder cannot be written, so SocialDesk cannot save your work there.")),
        (Problem.DISK_FULL, translate("Messages", "The disk is full, so the data file could not be made or upgraded. Nothing was changed. Free some space, then open SocialDesk again.")),
        (Problem, translate("Messages", "The data file cannot be read. Check that it is a file and that you may open it.")),
        (WriteProblem.DISK_FULL, translate("Messages", "The disk is full. Free some space, then do it again.")),
        (WriteProblem.READ_ONLY, translate("Messages", "The data file cannot be written any more (read-only?).")),
        (WriteProblem.BUSY, translate("Messages", "The data file is busy. Wait a moment and do it again.")),
        (WriteProblem.DAMAGED, translate("Messages", "The data file looks damaged. Restore a backup from the File menu.")),
        (WriteProblem, translate("Messages", "The change could not be written to the data file.")),
    ]


def _problem_text(problem) -> str:
    return next(text for key, text in _problem_texts() if key is problem or key is type(problem))


def open_problem_text(problem: Problem) -> str:
    return _problem_text(problem)


def write_problem_text(problem: WriteProblem) -> str:
    return _problem_text(problem)


def show_write_error(parent, error: StoreWriteError) -> None:
    QMessageBox.warning(
        parent,
        translate("Messages", "Your last change was not saved"),
        write_problem_text(error.problem) + "\n\n" + translate("Messages", "Everything saved before it is safe."),
    )


def _on_uncaught(kind, value, tb) -> None:
    log.error("uncaught: %s", "".join(traceback.format_exception(kind, value, tb)))
    if QApplication.instance() is None:
        sys.__excepthook__(kind, value, tb)
        return
    parent = QApplication.activeWindow()
    if isinstance(value, StoreWriteError):
        show_write_error(parent, value)
        return
    show_unexpected_error(parent)


def show_unexpected_error(parent) -> None:
    """Say the saved work is safe only once a quick check of the data file has passed."""
    from socialdesk.storage.health import data_file_problem

    path = _hooks["data_file"]()
    problem = data_file_problem(path) if path is not None else Problem.UNREADABLE
    title = translate("Messages", "Something went wrong")
    if problem is None:
        QMessageBox.critical(parent, title, translate("Messages", "SocialDesk hit an unexpected problem. Your saved work is safe. The details are in the log file (Help → About shows the log folder)."))
        return
    log.error("after an unexpected error, the data file %s failed its check: %s", path, problem)
    _offer_backup(parent, title, path, problem)


def _offer_backup(parent, title: str, path, problem: Problem) -> None:
    from socialdesk.storage.health import newest_sound_backup

    text = translate("Messages", "SocialDesk hit an unexpected problem, and a check of the data file found this:") + "\n" + open_problem_text(problem)
    backup = newest_sound_backup(path) if path is not None else None
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.Close, parent)
    restore = None
    if backup is None:
        box.setInformativeText(translate("Messages", "Changes made from now on may be lost, and there is no backup beside the data file. Close SocialDesk and keep a copy of the data file before anything else."))
    else:
        from socialdesk.storage.backup_names import backup_time

        when = backup_time(backup)
        stamp = QLocale().toString(when, QLocale.FormatType.ShortFormat) if when else backup.name
        box.setInformativeText(fill(translate("Messages", "Changes made from now on may be lost. The newest backup is from %1: restoring it sets the current file aside, untouched."), stamp))
        restore = box.addButton(translate("Messages", "&Restore the newest backup"), QMessageBox.ButtonRole.AcceptRole)
        restore.setObjectName("restoreNewestBackup")
        box.setDefaultButton(restore)
    box.exec()
    if restore is not None and box.clickedButton() is restore and _hooks["restore"] is not None:
        _hooks["restore"](backup)


def install_excepthook(data_file=None, restore=None) -> None:
    """Turn exceptions escaping a slot into a plain message, details in the log.

    `data_file()` gives the open data file's path (checked before saying work is safe);
    `restore(backup)` puts a backup in its place when the owner accepts the offer."""
    _hooks["data_file"] = data_file or (lambda: None)
    _hooks["restore"] = restore
    sys.excepthook = _on_uncaught
