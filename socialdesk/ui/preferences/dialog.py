"""The Preferences dialog: pages listed on the left, all saved in one transaction at OK."""

import logging

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout)

from socialdesk.domain.changes import Change
from socialdesk.storage.errors import StoreWriteError
from socialdesk.ui.common.messages import show_write_error
from socialdesk.ui.preferences.pages import CalendarPage, GeneralPage, PrintingPage
from socialdesk.ui.theme import spacing

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    def __init__(self, parent, store, clock, page: int = 0):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.store, self.clock = store, clock
        self.changes: list[Change] = []
        self.pages = [GeneralPage(store), CalendarPage(store), PrintingPage(store)]
        self.page_list = QListWidget()
        self.page_list.setObjectName("preferencesPages")
        self.page_list.setAccessibleName(self.tr("Pages"))
        self.page_list.addItems([self.tr("General"), self.tr("Calendar"), self.tr("Printing")])
        self.page_list.setSpacing(3)
        self.page_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page_list.setFixedWidth(self.page_list.sizeHintForColumn(0) + 2 * self.page_list.frameWidth()
                                     + spacing.XL)
        self.stack = QStackedWidget()
        for widget in self.pages:
            self.stack.addWidget(widget)
        self.page_list.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.page_list.setCurrentRow(page)
        row = QHBoxLayout()
        row.addWidget(self.page_list)
        row.addWidget(self.stack, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        self.resize(self.sizeHint())

    def sizeHint(self) -> QSize:
        return QSize(760, 600)

    def accept(self):
        """Save every page in one transaction; a refused write keeps the dialog open and stores nothing."""
        try:
            with self.store.write():
                changes = [change for page in self.pages for change in page.save(self.clock)]
        except StoreWriteError as error:
            log.warning("preferences not saved: %s", error)
            show_write_error(self, error)
            return
        self.changes = changes
        super().accept()

    def language(self) -> str:
        return self.pages[0].language.currentData()

    @classmethod
    def ask(cls, parent, store, clock, page: int = 0) -> "PreferencesDialog | None":
        """The accepted dialog (its `changes` saved, its `language()`), or None when cancelled."""
        dialog = cls(parent, store, clock, page)
        return dialog if dialog.exec() == QDialog.DialogCode.Accepted else None
