"""Character limits per network: sources disagree, so the owner can correct them."""

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHeaderView, QLabel, QSpinBox, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.common.words import fill


class LimitsDialog(QDialog):
    def __init__(self, parent, rows):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Character limits"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Networks change their limits and sources disagree. If you know a more "
                              "accurate value, correct it; SocialDesk keeps the date of your change."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(len(rows), 4, self)
        self.table.setTabKeyNavigation(False)  # Tab goes on to OK and Cancel; arrows move inside
        self.table.setAccessibleName(self.tr("Character limits"))
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([self.tr("Network"), self.tr("Limit"), self.tr("Default"),
                                              self.tr("Last checked")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._rows = rows
        self.spins = {}
        for index, (key, limit, default, checked) in enumerate(rows):
            name = QTableWidgetItem(network_icon(key), network_name(key))
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(index, 0, name)
            spin = QSpinBox()
            spin.setRange(1, 100_000)
            spin.setValue(limit)
            spin.setAccessibleName(fill(self.tr("Limit for %1"), network_name(key)))
            self.table.setCellWidget(index, 1, spin)
            self.spins[key] = spin
            shown = QLocale().toString(date.fromisoformat(checked), QLocale.FormatType.ShortFormat) if checked else ""
            for column, value in ((2, QLocale().toString(default)), (3, shown)):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(index, column, item)
        layout.addWidget(self.table)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.RestoreDefaults)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        box.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._on_defaults_clicked)
        layout.addWidget(box)
        self.resize(520, 480)

    def _on_defaults_clicked(self):
        for key, _limit, default, _checked in self._rows:
            self.spins[key].setValue(default)

    def changed(self) -> dict[str, int]:
        return {key: self.spins[key].value() for key, limit, _d, _c in self._rows if self.spins[key].value() != limit}

    @classmethod
    def ask(cls, parent, rows) -> dict[str, int] | None:
        """The limits the owner changed (network -> value), or None when cancelled."""
        dialog = cls(parent, rows)
        return dialog.changed() if dialog.exec() == QDialog.DialogCode.Accepted else None

