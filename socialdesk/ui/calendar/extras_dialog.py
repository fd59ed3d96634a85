"""Hashtag sets and signatures per network: added to the text the publishing assistant copies."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from socialdesk.domain.calendar.ready_text import NetworkExtras
from socialdesk.domain.networks import NETWORKS
from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.common.saving import saving

HASHTAGS, SIGNATURE = 1, 2  # the table's editable columns


class ExtrasDialog(QDialog):
    def __init__(self, parent, extras: dict[str, NetworkExtras]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hashtags and signatures"))
        self.setObjectName("extrasDialog")
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Added to each post when the publishing assistant copies it, and counted in the "
                              "network's character limit. Practitioners advise 3 to 5 hashtags on Instagram."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(NETWORKS), 3, self)
        self.table.setAccessibleName(self.tr("Hashtags and signatures"))
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Hashtags"),
                                              self.tr("Signature (e.g. Link in bio)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (HASHTAGS, SIGNATURE):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._before = extras
        for row, item in enumerate(NETWORKS):
            name = QTableWidgetItem(network_icon(item.key), network_name(item.key))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            current = extras.get(item.key, NetworkExtras())
            self.table.setItem(row, HASHTAGS, QTableWidgetItem(current.hashtags))
            self.table.setItem(row, SIGNATURE, QTableWidgetItem(current.signature))
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.resize(720, 460)

    def set_row(self, network_key: str, hashtags: str, signature: str) -> None:
        row = [n.key for n in NETWORKS].index(network_key)
        self.table.item(row, HASHTAGS).setText(hashtags)
        self.table.item(row, SIGNATURE).setText(signature)

    def changed(self) -> dict[str, NetworkExtras]:
        result = {}
        for row, item in enumerate(NETWORKS):
            value = NetworkExtras(self.table.item(row, HASHTAGS).text().strip(),
                                  self.table.item(row, SIGNATURE).text().strip())
            if value != self._before.get(item.key, NetworkExtras()):
                result[item.key] = value
        return result

    @classmethod
    def ask(cls, parent, extras: dict[str, NetworkExtras]) -> dict[str, NetworkExtras] | None:
        """The networks whose hashtags or signature the owner changed, or None when cancelled."""
        dialog = cls(parent, extras)
        return dialog.changed() if dialog.exec() == QDialog.DialogCode.Accepted else None


def edit_extras(tab) -> None:
    """The Calendar menu's "Hashtags and signatures…": saved at once, other tabs told."""
    repo = tab.store.calendar
    changed = ExtrasDialog.ask(tab, repo.extras())
    if not changed:
        return
    with saving(tab) as attempt:
        for key, value in changed.items():
            change = repo.save_extras(key, value.hashtags, value.signature)
    if not attempt.failed:
        tab.publish(change)
        tab.reload()
