"""Why a backup was not made, told to the owner: the copy's own reason, not the data file's."""

from PySide6.QtCore import QCoreApplication

from socialdesk.storage.errors import StoreWriteError, WriteProblem
from socialdesk.ui.common.messages import write_problem_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import os_reason

translate = QCoreApplication.translate


def backup_problem_text(error: StoreWriteError) -> str:
    """A full disk, named by the backups folder on it (it may not be the data file's); else the system's reason, in
    our words (a folder in the way…). A folder the owner chose that refused first is named before (attack 33c, F1)."""
    skipped = getattr(error, "skipped", None)
    beside = _beside_problem_text(error)
    if skipped is None:
        return beside
    return fill(translate("Messages", "The backup folder you chose (%1) could not take it, so it was tried beside your "
                          "data file:"), _shown(skipped)) + "\n" + beside


def _beside_problem_text(error: StoreWriteError) -> str:
    folder = getattr(error, "folder", None)
    if error.problem is WriteProblem.DISK_FULL:
        if folder is None:
            return write_problem_text(error.problem)
        return fill(translate("Messages", "The disk holding the backups folder (%1) is full. Free some space on it, "
                              "then try again."), str(folder))
    reason = os_reason(error.__cause__)
    return fill(translate("Messages", "The copy could not be written in the backups folder beside your data file (%1)."),
                reason)


def skipped_folder_text(folder, target) -> str:
    """The chosen backup folder could not be written: where the backup went instead."""
    return fill(translate("Messages", "The backup folder you chose cannot be written (%1). So that no backup is lost, "
                          "this one went beside your data file:\n%2"), _shown(folder), str(target))


def _shown(folder) -> str:
    """A folder on a portable key read by an installed copy is named on the key, not inside the install folder."""
    from socialdesk.paths import on_an_absent_key

    name = on_an_absent_key(folder)
    return fill(translate("Messages", "%1 on the SocialDesk USB stick"), name) if name else str(folder)
