"""File menu: back up now, restore a backup, open another data file, show the data folder."""

from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from socialdesk.storage.backups import make_backup, skipped_folder
from socialdesk.storage.errors import StoreWriteError
from socialdesk.ui.common.backup_words import skipped_folder_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import os_reason


class FileActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.backup_now = self._action(self.tr("&Back up now…"), self._on_backup_now_triggered, "fileBackupNow")
        self.restore = self._action(self.tr("&Restore a backup…"), self._on_restore_triggered, "fileRestore")
        self.open_other = self._action(
            self.tr("&Open another data file…"), self._on_open_other_triggered, "fileOpenOther", QKeySequence.StandardKey.Open
        )
        self.show_folder = self._action(self.tr("Show data &folder"), self._on_show_folder_triggered, "fileShowFolder")
        self.quit = self._action(self.tr("&Quit"), window.close, "fileQuit", QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

    def _action(self, text, slot, name, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(slot)
        return action

    def populate(self, menu):
        menu.addActions([self.backup_now, self.restore])
        menu.addSeparator()
        menu.addActions([self.open_other, self.show_folder])
        menu.addSeparator()
        menu.addAction(self.quit)

    @property
    def _db_path(self) -> Path:
        return self.window.store.path

    def _on_backup_now_triggered(self):
        try:
            target = make_backup(self.window.store.conn, self._db_path, self.window.clock(), "manual")
        except StoreWriteError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Backup not made"),
                fill(self.tr("The backup could not be written (%1). Your data file is unchanged."),
                     os_reason(error.__cause__)),
            )
            return
        self.window.statusBar().showMessage(fill(self.tr("Backup saved: %1"), str(target)), 8000)
        skipped = skipped_folder(self.window.store.conn, target)
        if skipped is not None:
            QMessageBox.warning(self.window, self.tr("Backup folder not available"), skipped_folder_text(skipped, target))
            return
        QMessageBox.information(
            self.window,
            self.tr("Backup saved"),
            fill(self.tr("A copy of your data was saved as:\n%1\n\nCopy the backups folder to a USB stick or another disk from time to time."), str(target)),
        )

    def _on_restore_triggered(self):
        from socialdesk.ui.restore_dialog import RestoreDialog  # only when asked: not before the first paint

        backup = RestoreDialog.ask(self.window, self._db_path, self.window.store.same_as_now())
        if backup is not None:
            self.window.restore_requested.emit(backup)

    def _on_open_other_triggered(self):
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Open another data file, or name a new one"),
            str(self._db_path.parent),
            self.tr("SocialDesk data (*.sqlite3);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.window.open_file_requested.emit(Path(path))

    def _on_show_folder_triggered(self):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._db_path.parent)))
