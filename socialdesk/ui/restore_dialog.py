"""Choose a backup to restore: the automatic ones (beside the data file, in the chosen folder, at its old place), or any file."""

from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from socialdesk.domain.clock import system_clock
from socialdesk.storage.backup_names import backup_rank, backup_reason, backup_time, identity_in
from socialdesk.storage.backups import old_place_backups
from socialdesk.storage.restore_list import posts_in, restore_list
from socialdesk.ui.common.words import fill
from socialdesk.ui.common.day_words import clock_text, day_text


class RestoreDialog(QDialog):
    """`same`: a backup known to hold the data as it is now (the day's, nothing written since): said, not chosen."""

    def __init__(self, db_path: Path, parent=None, same: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Choose the backup to go back to. Your current data is backed up first, so you can come back to it.")
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        left_behind = set(old_place_backups(db_path))  # listed last: made before (or, of the stale copy, after) the move
        found = restore_list(db_path)  # another data file's of this name, in a folder both chose, is not offered
        elsewhere = found.another_computer | found.maybe_another_computer
        computer = {b: identity_in(db_path, b) if b in elsewhere else None for b in found.backups}
        shared = _seconds_shared(found.backups, computer)
        misdated = _dated_out_of_order([b for b in found.backups if found.sure(b)], system_clock() + timedelta(days=1))
        shown, same = [], same.resolve() if same is not None else None
        for backup in found.backups:
            try:
                label = _when_and_size(backup, self._what(backup))
            except OSError:  # gone since it was listed (another file's rotation in a shared folder)
                continue
            shown.append(backup)
            if backup.resolve() == same:
                label += "\n    " + self.tr("the same as your data now: restoring it changes nothing")
            if backup in misdated:
                label += "\n    " + self.tr("its date is out of order with the others: the computer's clock was wrong "
                                          "for one of them")
            if (backup_time(backup), computer[backup]) in shared:
                label += "\n    " + fill(self.tr("backup %1 of that second"), str(backup_rank(backup)))
            if backup in left_behind:
                label += "\n    " + fill(self.tr("from the old file in %1"), _old_place(db_path, backup))
            elif backup in found.other_name:
                label += "\n    " + fill(self.tr("made as “%1” (this file under an earlier name, or a copy of it)"),
                                          found.other_name[backup])
            elif backup in found.file_before:
                label += "\n    " + self.tr("from the data file that was here before this one")
            elif backup in found.another_computer:
                label += "\n    " + self.tr("from another computer")
            elif backup in found.maybe_another_computer:
                label += "\n    " + self.tr("from another computer, or from another data file of this name")
            elif backup in found.maybe_another_file:
                label += "\n    " + self.tr("made by an older SocialDesk: perhaps another data file's of this name")
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            item.setToolTip(str(backup))
            self.list.addItem(item)
        sure = [row for row, backup in enumerate(shown) if found.sure(backup)]
        if sure:
            differ = [row for row in sure if shown[row].resolve() != same]  # not a copy that would change nothing
            # (attack 41b, H1: this morning's, chosen for the owner, restored as is)
            self.list.setCurrentRow((differ or sure)[0])  # this file's newest; never one from elsewhere
        else:
            empty = QLabel(self.tr("There is no backup of this data file yet. A backup kept elsewhere opens with "
                                   "Other file…"))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.list.currentItem() is not None)
        self.list.currentItemChanged.connect(lambda item, _old: self.restore_button.setEnabled(item is not None))
        other = QPushButton(self.tr("Other &file…"), self)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._on_other_clicked)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_accepted())
        layout.addWidget(buttons)
        widest = self.list.sizeHintForColumn(0) + 2 * self.list.frameWidth() + 40  # a label never cut sideways
        screen = self.screen().availableGeometry().width() if self.screen() is not None else widest
        self.resize(min(max(520, widest), screen), 360)

    def _on_accepted(self):
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _on_other_clicked(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), "", self.tr("SocialDesk data (*.sqlite3);;All files (*)"))
        if path:
            self.chosen = Path(path)
            self.accept()

    def _what(self, backup: Path) -> str:
        """Why the copy was made and how many posts it holds: copies of one size told apart (attack 41b, M1)."""
        kind = {"daily": self.tr("the day's copy"), "manual": self.tr("made by you"),
                "before-restore": self.tr("your data before a restore"),
                "before-upgrade": self.tr("made before an upgrade")}.get(backup_reason(backup))
        count = posts_in(backup)
        return ", ".join(filter(None, [kind, self.tr("%n post(s)", "", count) if count is not None else None]))

    @classmethod
    def ask(cls, parent, db_path: Path, same: Path | None = None) -> Path | None:
        dialog = cls(db_path, parent, same)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None


def _seconds_shared(backups: list[Path], computer: dict) -> set:
    """The seconds more than one listed backup was made in by one computer (None: this one), with that computer:
    their labels carry each one's rank in it. Each computer ranks its own, and another computer's backup of the
    same second is told apart by its note."""
    seen = Counter((backup_time(b), computer[b]) for b in backups)
    return {key for key, count in seen.items() if key[0] is not None and count > 1}


def _dated_out_of_order(newest_made_first: list[Path], now: datetime) -> set[Path]:
    """The backups whose date does not fit the order they were made in: dated after `now` (a clock set ahead), or
    earlier than one made before them (a clock set back), read from the oldest made up. Of two that disagree the
    later made is the one noted; either may be the one a wrong clock named, so the note says only that."""
    misdated, latest = set(), None
    for backup in reversed(newest_made_first):
        when = backup_time(backup)
        if when is None:
            continue
        if when > now or (latest is not None and when < latest):
            misdated.add(backup)
        else:
            latest = when
    return misdated


def _when_and_size(backup: Path, what: str = "") -> str:
    when = backup_time(backup)  # the computer's time when it was made: no zone to spell (« temps universel coordonné »)
    label = f"{day_text(when.date(), QLocale.FormatType.LongFormat)} {clock_text(when.time(), seconds=True)}" \
        if when else backup.name
    size = fill(QCoreApplication.translate("RestoreDialog", "%1 KiB"), str(backup.stat().st_size // 1024))
    return "  —  ".join(filter(None, [label, what, size]))


def _old_place(db_path: Path, backup: Path) -> str:
    """Where the file was before it was moved: its sync service's name (OneDrive…), else its folder."""
    from socialdesk.storage.moved import moved_from
    from socialdesk.storage.placement import synced_folder

    places = moved_from(db_path)
    old = next((o for o in places if backup.resolve().is_relative_to(o.resolve().parent)), places[0] if places else None)
    if old is None:
        return str(backup.parent)
    synced = synced_folder(old.resolve())
    return synced[0].value if synced is not None else str(old.parent)
