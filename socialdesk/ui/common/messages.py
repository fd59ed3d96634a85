"""Errors told to a shop owner: what happened, what is safe, what to do next."""

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from socialdesk.storage.errors import Problem, StoreWriteError, WriteProblem

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def open_problem_text(problem: Problem) -> str:
    texts = {
        Problem.LOCKED: _t("SocialDesk is already open on this data file. Use the window that is open."),
        Problem.EMPTY_FILE: _t("The data file is empty (0 bytes): it may have been cut short by a crash or a copy."),
        Problem.NOT_SQLITE: _t("This file is not a SocialDesk data file."),
        Problem.DAMAGED: _t("The data file is damaged: part of it cannot be read."),
        Problem.NEWER_VERSION: _t(
            "This data file was saved by a newer version of SocialDesk. Update SocialDesk to open it; "
            "this version will not touch it."
        ),
        Problem.READ_ONLY: _t("The data file or its folder cannot be written, so SocialDesk cannot save your work there."),
        Problem.UNREADABLE: _t("The data file cannot be read. Check that it is a file and that you may open it."),
    }
    return texts[problem]


def write_problem_text(problem: WriteProblem) -> str:
    texts = {
        WriteProblem.DISK_FULL: _t("The disk is full. Free some space, then do it again."),
        WriteProblem.READ_ONLY: _t("The data file cannot be written any more (read-only?)."),
        WriteProblem.BUSY: _t("The data file is busy. Wait a moment and do it again."),
        WriteProblem.DAMAGED: _t("The data file looks damaged. Restore a backup from the File menu."),
        WriteProblem.OTHER: _t("The data file refused the change."),
    }
    return texts[problem]


def show_write_error(parent, error: StoreWriteError) -> None:
    QMessageBox.warning(
        parent,
        _t("Your last change was not saved"),
        write_problem_text(error.problem) + "\n\n" + _t("Everything saved before it is safe."),
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
        _t("Something went wrong"),
        _t("SocialDesk hit an unexpected problem. Your saved work is safe. "
           "The details are in the log file (Help → About shows where)."),
    )


def install_excepthook() -> None:
    """Turn exceptions escaping a slot into a plain message, details in the log."""
    sys.excepthook = _on_uncaught
