"""Every file the window saves: one save dialog, the shared guarded writer, one message on refusal."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from socialdesk.export_files import OutputIsDatabase, OutputIsDataFile, OutputNotAFile, guarded_output
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import os_reason

log = logging.getLogger(__name__)

# The window's actions and buttons that save a file, by object name: a test walks them all,
# and fails on any save-like action or button of the window that is not listed here.
FILE_WRITING = frozenset({
    "calendarExportIcs", "calendarExportCsv", "calendarSavePdf", "checklistSavePdf",
    "strategySavePdf", "strategySaveMarkdown", "qrExportPng", "qrExportSvg", "qrExportPdf", "qrCardsSavePdf",
    "calendarDoorSignPdf",
})


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveGuard", text)


def writes_files(widget_or_action, object_name: str):
    """Name an action or button that saves a file, as listed in FILE_WRITING."""
    assert object_name in FILE_WRITING, object_name
    widget_or_action.setObjectName(object_name)
    return widget_or_action


def data_file_of(widget) -> Path | None:
    """The data file open in the window holding `widget` (None for a store with no file)."""
    while widget is not None:
        store = getattr(widget, "store", None)
        if store is not None and hasattr(store, "path"):
            return store.path
        widget = widget.parent()
    return None


class SaveGuard:
    """The two questions every save asks; tests replace these classmethods."""

    @classmethod
    def ask(cls, parent, caption: str, suggested: str, filters: str, selected: str = "",
            suffix: str = "") -> tuple[Path, str] | None:
        """The system's save dialog (it asks before replacing a file): the path and the chosen filter."""
        name, chosen = QFileDialog.getSaveFileName(parent, caption, suggested, filters, selected)
        if not name:
            return None
        path = Path(name)
        if suffix and not path.is_dir() and not path.name.lower().endswith(f".{suffix}"):  # a folder is said so
            path = path.with_name(f"{path.name.rstrip('.')}.{suffix}")  # "plan." is plan.pdf, not plan..pdf
            if path.is_file() and not cls.replace(parent, path):  # the dialog asked about the name as typed
                return None
        return path, chosen

    @classmethod
    def replace(cls, parent, path: Path) -> bool:
        """The name typed without its extension: the file it becomes already exists (attack 35b, F5)."""
        asked = QMessageBox.question(parent, _tr("Replace the file?"),
                                     fill(_tr("%1 already exists. Replace it?"), str(path)),
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        return asked == QMessageBox.StandardButton.Yes

    @classmethod
    def tell(cls, parent, text: str, report: Callable[[str], None] | None = None) -> None:
        """The one message for a refused or failed save: in the page's report line, or a box."""
        if report is not None:
            report(text)
        else:
            QMessageBox.warning(parent, _tr("The file was not saved"), text)


def save_as(parent, caption: str, suggested: str, filters: str, write: Callable[[Path, str], None],
            selected: str = "", suffix: str = "", report=None) -> Path | None:
    """Ask where, then `write(temporary_path, chosen_filter)` through the guard; the saved path or None."""
    answer = SaveGuard.ask(parent, caption, suggested, filters, selected, suffix)
    if answer is None:
        return None
    path, chosen = answer
    return write_guarded(parent, path, lambda temp: write(temp, chosen), report)


def write_guarded(parent, path: Path, write: Callable[[Path], None], report=None) -> Path | None:
    """Write through the shared guard (never the data file; temporary file, then rename; 0600)."""
    try:
        with guarded_output(path, data_file_of(parent), force=True) as temp:
            write(temp)
    except OutputIsDatabase:
        SaveGuard.tell(parent, database_text(path), report)
        return None
    except OutputIsDataFile:
        SaveGuard.tell(parent, refused_text(path), report)
        return None
    except OutputNotAFile:
        SaveGuard.tell(parent, not_a_file_text(path), report)
        return None
    except OSError as error:
        log.warning("saving %s failed: %s", path, error)
        SaveGuard.tell(parent, failed_text(path, error), report)
        return None
    return Path(path)


def refused_text(path: Path) -> str:
    return fill(_tr("Not saved: %1 is SocialDesk's own data file (or its journal, lock or backups, or a post's image). "
                    "Choose another name; your plan is unchanged."), str(path))


def not_a_file_text(path: Path) -> str:
    return fill(_tr("Not saved: %1 is a folder (or a device or a link), not a file. Choose a file name; your plan is "
                    "unchanged."), str(path))


def database_text(path: Path) -> str:
    return fill(_tr("Not saved: %1 is a database (a SocialDesk data file or another program's), its journal, "
                    "or a file SocialDesk has in use. It is never replaced. Choose another name; your plan is unchanged."),
                str(path))


def failed_text(path: Path, error: OSError) -> str:
    reason = os_reason(error)
    return fill(_tr("Could not write %1 (%2). Any file already there was left as it was, and your plan is "
                    "unchanged; check the folder and the free space, or choose another folder."), str(path), reason)
