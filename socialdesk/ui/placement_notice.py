"""At start: a data file on a network share, a USB stick or in a synced folder, and conflict copies beside it."""

import errno
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QMessageBox

from socialdesk.paths import DB_FILE_NAME, in_portable_data, portable_dir, standard_data_dir

from socialdesk.storage.declined import compare_declined, decline_compare, decline_move, move_declined
from socialdesk.storage.errors import StoreWriteError, WriteProblem
from socialdesk.storage.lock import in_use_elsewhere
from socialdesk.storage.move_media import count_images
from socialdesk.storage.move_note import clean_interrupted_moves
from socialdesk.storage.moved import (
    BACKUPS_IN_SYNCED, adopt_default, forget_default, lost_default, move_out, moved_to,
)
from socialdesk.storage.placement import Drive, conflict_copies, drive_kind, synced_folder
from socialdesk.ui.common.questions import choose
from socialdesk.ui.common.words import fill
from socialdesk.ui.conflict_dialog import ConflictDialog


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PlacementNotice", text, None, n)


def compare_question(copies: list[Path]) -> str:
    """The question before comparing conflict copies, its count worded for one or several."""
    return fill(tr("Your sync service left %n conflict copy(ies) beside your data file, for example:\n%1\n\n"
                   "Compare them with your data file, record by record? Nothing is changed.", len(copies)),
                copies[0].name)


def _yes(parent, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    return QMessageBox.question(parent, title, text, buttons) == QMessageBox.StandardButton.Yes


class Answer:
    """Yes or No, and whether the owner ticked "Don't ask again for this file" (kept only with No)."""

    def __init__(self, yes: bool, never: bool = False):
        self.yes, self.never = yes, never and not yes

    def __bool__(self) -> bool:
        return self.yes


def _yes_or_never(parent, title: str, text: str) -> Answer:
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setCheckBox(QCheckBox(tr("Don't ask again for this file"), box))
    yes = box.exec() == QMessageBox.StandardButton.Yes
    return Answer(yes, box.checkBox().isChecked())


KEEP, FIND, LATER = "keep", "find", "later"


def _keep_find_or_later(parent, text: str) -> str:
    return choose(parent, tr("Where your data file is"), text,
                  [(tr("&Use this file from now on"), QMessageBox.ButtonRole.AcceptRole, KEEP),
                   (tr("&Find the moved file…"), QMessageBox.ButtonRole.ActionRole, FIND),
                   (tr("&Not now"), QMessageBox.ButtonRole.RejectRole, LATER)],
                  default=FIND, escape=LATER, icon=QMessageBox.Icon.Warning)


COMPARE_STOP_WAIT = 10.0  # seconds a stopped compare may take to let go of the files (a query interrupted at once)


class PlacementNotice:
    """The questions, as classmethods tests replace (never a modal left waiting)."""

    @classmethod
    def ask_open_moved(cls, parent, text: str) -> bool:
        return _yes(parent, tr("Your data file was moved"), text)

    @classmethod
    def ask_lost_moved(cls, parent, text: str) -> str:
        """KEEP (this file from now on), FIND (choose the moved file) or LATER."""
        return _keep_find_or_later(parent, text)

    @classmethod
    def choose_moved_file(cls, parent, lost: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        folder = next((there for there in lost.parents if there.is_dir()), Path.home())
        path, _ = QFileDialog.getOpenFileName(parent, tr("Find the moved data file"), str(folder),
                                              tr("SocialDesk data (*.sqlite3);;All files (*)"))
        return Path(path) if path else None

    @classmethod
    def tell(cls, parent, text: str) -> None:
        QMessageBox.warning(parent, tr("Where your data file is"), text)

    @classmethod
    def ask_move_out(cls, parent, text: str) -> bool:
        return _yes_or_never(parent, tr("Your data file is in a synced folder"), text)

    @classmethod
    def tell_move_failed(cls, parent, text: str) -> None:
        QMessageBox.warning(parent, tr("The data file was not moved"), text)

    @classmethod
    def ask_compare(cls, parent, copies: list[Path]) -> bool:
        return _yes_or_never(parent, tr("Conflict copies found"), compare_question(copies))

    @classmethod
    def show_differences(cls, parent, live: Path, copy: Path) -> None:
        dialog = ConflictDialog(parent, live, copy)
        stop, done = dialog.compare_events
        try:
            dialog.exec()  # also ends when the window is closed under it (a log-out): the dialog is then gone
        finally:
            stop.set()  # the compare lets go of the data file before the store closes it: nothing left beside it
            done.wait(COMPARE_STOP_WAIT)


def check_placement(parent, path: Path) -> Path | None:
    """Warn once about the file's place; the path to open instead if the owner moved it out."""
    clean_interrupted_moves(standard_data_dir())  # what a move killed midway left, before it is offered again
    found = _say_if_default_lost(parent, path)
    if found is not None:
        return found
    kind = drive_kind(path.resolve())
    if kind is Drive.NETWORK or (kind is Drive.REMOVABLE and not in_portable_data(path)):  # portable: chosen
        PlacementNotice.tell(parent, _drive_text(kind))
    moved = _offer_move_out(parent, path)
    copies = conflict_copies(path)
    if not copies or compare_declined(path, copies):
        return moved
    answer = PlacementNotice.ask_compare(parent, copies)
    if answer:
        for copy in copies:
            PlacementNotice.show_differences(parent, path, copy)
    elif getattr(answer, "never", False):
        _remember(decline_compare, path, copies)
    return moved


def _say_if_default_lost(parent, path: Path) -> Path | None:
    """The file moved out of a synced folder cannot be found: the older standard file never opens without a word.
    The owner keeps this file from now on, or finds the moved one (then opened, and the default from now on)."""
    lost = lost_default()
    if lost is None or path.resolve() != (standard_data_dir() / DB_FILE_NAME).resolve():
        return None
    choice = PlacementNotice.ask_lost_moved(parent, fill(tr(
        "The data file you moved out of a synced folder cannot be found:\n%1\n\nThis window opened the older "
        "data file %2 instead: the changes made in the moved file are not in it. If the moved file is on a drive "
        "that is not connected, connect it and start SocialDesk again. If you renamed or moved it, choose Find the "
        "moved file; if you no longer need it, choose Use this file from now on."), str(lost), str(path)))
    if choice == KEEP:
        _remember(forget_default)
    elif choice == FIND:
        found = PlacementNotice.choose_moved_file(parent, lost)
        if found is not None:
            _remember(adopt_default, found)
            return found
    return None


def opened_instead(path: Path) -> None:
    """File ▸ Open another data file while the moved copy cannot be found: the file opened is the default from now
    on, so the warning and the older file do not come back at the next start."""
    if lost_default() is not None:
        _remember(adopt_default, path)


def _remember(decline, *args) -> None:
    """Keep a "don't ask again"; a state folder that cannot be written only means being asked again."""
    try:
        decline(*args)
    except OSError as error:
        logging.getLogger(__name__).warning("could not remember the answer: %r", error)


def _drive_text(kind: Drive) -> str:
    if kind is Drive.NETWORK:
        return tr("Your data file is on a network share. SocialDesk is slower there, and a connection lost while "
                  "the file is open can damage it. Keep the data file on this computer; backups may go anywhere.")
    return tr("Your data file is on a removable drive (a USB stick or an external disk). SocialDesk is slower there, "
              "and unplugging it while the file is open can damage it. Close SocialDesk before unplugging.")


_SEEN: set[Path] = set()  # files moved here or told about in this session: never offered a move again


def _offer_move_out(parent, path: Path) -> Path | None:
    synced = synced_folder(path.resolve())
    if synced is None or path.resolve() in _SEEN:
        return None
    earlier = moved_to(path)
    if earlier is not None:  # started on the synced file (--db, SOCIALDESK_DB) after it was moved out here
        if in_use_elsewhere(earlier):  # opening it would be refused: say which file this window stays on
            PlacementNotice.tell(parent, fill(tr(
                "This data file was moved out of %1 on this computer, to:\n%2\n\nThe moved file is open in "
                "another SocialDesk window, so this window stays on the old file in %1: changes made here are not "
                "in the moved one. Use the other window, and close this one."), synced[0].value, str(earlier)))
            return None
        text = fill(tr("This data file was moved out of %1 on this computer, to:\n%2\n\nOpen the moved file? "
                       "Changes made in the file in %1 are not in the moved one."), synced[0].value, str(earlier))
        return earlier if PlacementNotice.ask_open_moved(parent, text) else None
    if move_declined(path):
        return None
    target = _move_target(synced[0].value)
    if synced_folder(target.resolve()) is not None:  # a portable copy inside the synced folder: nowhere to move to
        _SEEN.add(path.resolve())
        PlacementNotice.tell(parent, _no_way_out_text(synced[0].value, target.parent))
        return None
    backups = path.resolve().parent / BACKUPS_IN_SYNCED
    text = fill(tr("Your data file is inside %1. A sync service can copy a file while SocialDesk writes it, and "
                   "the copy is then damaged, or two computers make conflicting copies.\n\nMove the data file to "
                   "%2? SocialDesk will no longer use the file in %1; it has just opened it, so %1 may sync it one "
                   "last time. Delete it yourself once you have checked the move. "
                   "The daily backups will go into %3, so %1 keeps copies of your data."),
                synced[0].value, str(target), str(backups))
    images = count_images(path.resolve().parent)
    if images:
        text += "\n\n" + fill(tr("Moved with it: the %n image(s) of your posts (the media folder beside the "
                                 "data file). The ones in the media folder in %1 stay there as they are.", images),
                              synced[0].value)
    answer = PlacementNotice.ask_move_out(parent, text)
    if not answer:
        if getattr(answer, "never", False):
            _remember(decline_move, path)
        return None
    try:
        move_out(path, target, backups)
    except StoreWriteError as error:
        logging.getLogger(__name__).warning("data file not moved to %s: %r", target, error.__cause__ or error)
        PlacementNotice.tell_move_failed(parent, _move_failed_text(error, target, path))
        return None
    _SEEN.add(target.resolve())
    return target


def _no_way_out_text(service: str, folder: Path) -> str:
    if portable_dir() is not None:
        return fill(tr("Your data file is inside %1, and so is the folder SocialDesk keeps its data in (a portable "
                       "copy of SocialDesk placed in %1). A sync service can copy a file while SocialDesk writes it, "
                       "and the copy is then damaged, or two computers make conflicting copies. Move the SocialDesk "
                       "folder out of %1, or pause syncing while SocialDesk is open."), service)
    return fill(tr("Your data file is inside %1, and so is the folder where SocialDesk keeps its data on this "
                   "computer:\n%2\n\nA sync service can copy a file while SocialDesk writes it, and the copy is "
                   "then damaged, or two computers make conflicting copies. Close SocialDesk, move your data file to "
                   "a folder %1 does not sync, and open it there with File ▸ Open another data file; or pause "
                   "syncing while SocialDesk is open."), service, str(folder))


def _move_failed_text(error: StoreWriteError, target: Path, path: Path) -> str:
    reason = _why_not_moved(error, target)
    return fill(tr("The data file could not be moved to %1 (%2).\n\nNothing was moved and no copy was left: "
                   "your data file %3 is unchanged, and SocialDesk keeps working on it."),
                str(target), reason, str(path))


def _why_not_moved(error: StoreWriteError, target: Path) -> str:
    """Why, in our words, about the folder that refused: the system's English never reaches the owner."""
    cause = error.__cause__
    number, folder = getattr(cause, "errno", None), str(getattr(cause, "filename", None) or target.parent)
    if error.problem is WriteProblem.DISK_FULL or number in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return fill(tr("the disk holding %1 is full"), folder)
    if error.problem is WriteProblem.READ_ONLY or number in (errno.EROFS, errno.EACCES, errno.EPERM):
        return fill(tr("the folder %1 cannot be written: a read-only disk, or its permissions"), folder)
    if number in (errno.EEXIST, errno.ENOTDIR):
        return fill(tr("a file is in the way at %1, where a folder is needed"), folder)
    return tr("the system refused the copy; the details are in the log")


def _move_target(service: str) -> Path:
    """The standard data file, or a free name beside it: 'socialdesk (from OneDrive).sqlite3'."""
    folder = standard_data_dir()
    target = folder / DB_FILE_NAME
    base = fill(tr("socialdesk (from %1)"), service)
    n = 1
    while target.exists() or Path(f"{target}.lock").exists():
        target = folder / (f"{base}.sqlite3" if n == 1 else f"{base} {n}.sqlite3")
        n += 1
    return target
