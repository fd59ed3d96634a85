"""Two versions of the strategy side by side, the changes marked: what a quarterly review is about."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QHBoxLayout,
                               QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout)

from socialdesk.domain.strategy.compare import Difference, compare
from socialdesk.ui.common.labels import Labels
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.plan_document import PlanWords

MARKS = Labels("CompareDialog", {  # how a row says what happened to the answer
    Difference.SAME: "",
    Difference.CHANGED: "Changed",
    Difference.ADDED: "New",
    Difference.REMOVED: "Removed",
})


class CompareDialog(QDialog):
    def __init__(self, store, describe, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare two versions"))
        self._store = store
        self._versions = store.strategy.versions()
        self.older = QComboBox(self)
        self.newer = QComboBox(self)
        for combo, name in ((self.older, self.tr("Older version")), (self.newer, self.tr("Newer version"))):
            combo.setAccessibleName(name)
            for version in self._versions:
                combo.addItem(describe(version))
        self.older.setCurrentIndex(max(0, len(self._versions) - 2))
        self.newer.setCurrentIndex(len(self._versions) - 1)
        self.only_changes = QCheckBox(self.tr("Show &only what changed"), self)
        self.only_changes.setChecked(True)
        self.summary = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Answers of the two versions"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for Close, not the next of 100 cells
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # a long answer taller
        # than the table still scrolls into view line by line (per row, its end could never be shown)
        self.table.verticalHeader().setVisible(False)
        # rows fit their text again whenever the columns change width (shown, window resized)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._build_layout()
        for signal in (self.older.currentIndexChanged, self.newer.currentIndexChanged, self.only_changes.toggled):
            signal.connect(self.refresh)
        self.setSizeGripEnabled(True)
        self.resize(1000, 600)
        self.refresh()

    def _build_layout(self):
        pick = QHBoxLayout()
        for text, combo in ((self.tr("&Compare"), self.older), (self.tr("&with"), self.newer)):
            label = QLabel(text, self)
            label.setBuddy(combo)
            pick.addWidget(label)
            pick.addWidget(combo)
        pick.addWidget(self.only_changes)
        pick.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def _document(self, index: int):
        version = self._versions[index]
        return PlanWords().build(self._store.strategy.load(version.id), self._store.strategy.shop_of(version))

    def _chosen_in_time_order(self) -> tuple[int, int]:
        """The two chosen versions, the earlier one first, whichever box holds it: changes never read backwards."""
        first, second = sorted((self.older.currentIndex(), self.newer.currentIndex()))
        return first, second

    def refresh(self) -> None:
        first, second = self._chosen_in_time_order()
        answers = compare(self._document(first), self._document(second))
        changed = [a for a in answers if a.difference is not Difference.SAME]
        summary = (fill(self.tr("Answers changed between these versions: %1"), str(len(changed)))
                   if changed else self.tr("No difference between these two versions."))
        if self.older.currentIndex() > self.newer.currentIndex():
            summary += " " + self.tr("The earlier version is shown first.")
        self.summary.setText(summary)
        shown = changed if self.only_changes.isChecked() else answers
        self.table.setVisible(bool(shown))  # not an empty grid that looks like a fault
        self.table.setHorizontalHeaderLabels([self.tr("Step"), self.tr("Question"), self.older.itemText(first),
                                              self.older.itemText(second)])
        self.table.setRowCount(len(shown))
        for row, answer in enumerate(shown):
            self._fill_row(row, answer)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        for column, chars in ((0, 18), (1, 28)):  # long questions wrap: the two answers keep the room
            limit = self.fontMetrics().averageCharWidth() * chars
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))
        self.table.resizeRowsToContents()

    def _fill_row(self, row: int, answer) -> None:
        difference = answer.difference
        label = answer.label
        if difference is not Difference.SAME:
            label = fill(self.tr("%1 (%2)"), answer.label, MARKS[difference])
        older = "\n".join(("− " if line in answer.gone_lines() else "") + line for line in answer.older)
        newer = "\n".join(("+ " if line in answer.new_lines() else "") + line for line in answer.newer)
        cells = (answer.section, label, older or self.tr("(left empty)"), newer or self.tr("(left empty)"))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        highlight.setAlpha(50)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, difference.value)
            item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)  # lines side by side
            if difference is not Difference.SAME:
                font = QFont(item.font())
                font.setBold(column == 1)
                item.setFont(font)
                item.setBackground(QBrush(highlight))
            self.table.setItem(row, column, item)

    @classmethod
    def show_for(cls, parent, store, describe) -> None:
        """Open the comparison (modal: the owner reads it, then closes it)."""
        dialog = cls(store, describe, parent)
        dialog.exec()
        dialog.deleteLater()
