"""Errors told to a shop owner: what happened, what is safe, what to do next."""

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from socialdesk.storage.errors import Problem, StoreWriteError, WriteProblem

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def open_problem_text(problem: Problem) -> str:
    if problem is Problem.LOCKED:
        return translate("Messages", "SocialDesk is already open on this data file. Use the window that is open.")
    if problem is Problem.EMPTY_FILE:
        return translate("Messages", "The data file is empty (0 bytes): it may have been cut short by a crash or a copy.")
    if problem is Problem.NOT_SQLITE:
        return translate("Messages", "This file is not a SocialDesk data file.")
    if problem is Problem.DAMAGED:
        return translate("Messages", "The data file is damaged: part of it cannot be read.")
    if problem is Problem.NEWER_VERSION:
        return translate("Messages", "This data file was saved by a newer version of SocialDesk. Update SocialDesk to open it; this version will not touch it.")
    if problem is Problem.READ_ONLY:
        return translate("Messages", "The data file or its folder cannot be written, so SocialDesk cannot save your work there.")
    return translate("Messages", "The data file cannot be read. Check that it is a file and that you may open it.")


def write_problem_text(problem: WriteProblem) -> str:
    if problem is WriteProblem.DISK_FULL:
        return translate("Messages", "The disk is full. Free some space, then do it again.")
    if problem is WriteProblem.READ_ONLY:
        return translate("Messages", "The data file cannot be written any more (read-only?).")
    if problem is WriteProblem.BUSY:
        return translate("Messages", "The data file is busy. Wait a moment and do it again.")
    if problem is WriteProblem.DAMAGED:
        return translate("Messages", "The data file looks damaged. Restore a backup from the File menu.")
    return translate("Messages", "The data file refused the change.")


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
    QMessageBox.critical(
        parent,
        translate("Messages", "Something went wrong"),
        translate("Messages", "SocialDesk hit an unexpected problem. Your saved work is safe. The details are in the log file (Help → About shows the log folder)."),
    )


def install_excepthook() -> None:
    """Turn exceptions escaping a slot into a plain message, details in the log."""
    sys.excepthook = _on_uncaught
