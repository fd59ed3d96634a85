"""Choose a backup to restore: the automatic ones beside the data file, or any file."""

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
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

from socialdesk.storage.backups import backup_time, list_backups


class RestoreDialog(QDialog):
    def __init__(self, db_path: Path, parent=None):
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
        locale = QLocale()
        for backup in list_backups(db_path):
            when = backup_time(backup)
            label = locale.toString(when, QLocale.FormatType.LongFormat) if when else backup.name
            item = QListWidgetItem(f"{label}  —  {backup.stat().st_size // 1024} KiB")
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            item.setToolTip(str(backup))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            layout.addWidget(QLabel(self.tr("There is no backup beside this data file yet.")))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(self.list.count() > 0)
        other = QPushButton(self.tr("Other &file…"), self)
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        other.clicked.connect(self._on_other_clicked)
        buttons.accepted.connect(self._on_accepted)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self._on_accepted())
        layout.addWidget(buttons)
        self.resize(520, 360)

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

    @classmethod
    def ask(cls, parent, db_path: Path) -> Path | None:
        dialog = cls(db_path, parent)
        return dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
