"""A small table the owner edits with the keyboard: goals, drivers, pillars."""

from dataclasses import dataclass

from PySide6.QtCore import QDate, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QAbstractItemView, QApplication, QDateEdit, QHBoxLayout, QHeaderView, QPushButton,
    QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from socialdesk.domain.weeks import LAST_DAY
from socialdesk.ui.theme.controls import check_cell

NO_DATE = QDate(2000, 1, 1)  # the date editor's minimum, shown as "no date"
_OFFERED = "offeredDate"  # a date editor's property: the date shown was offered (an empty cell), not chosen
_PASSING = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Shift, Qt.Key.Key_Control,
            Qt.Key.Key_Alt, Qt.Key.Key_Meta)  # keys that pass through a cell without choosing its date


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # text | int | date | check
    stretch: bool = False


class NamingDelegate(QStyledItemDelegate):
    """A cell's editor is named after its column: a screen reader says which cell is being typed in. A check cell's
    box is outlined as a check box is."""

    def initStyleOption(self, option, index):  # noqa: N802 - Qt's name
        super().initStyleOption(option, index)
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            check_cell(option)

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = super().createEditor(parent, option, index)
        title = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        if editor is not None and title:
            editor.setAccessibleName(str(title))
        return editor


class DateDelegate(QStyledItemDelegate):
    """A date editor whose lowest value means "no date" (goals may have none)."""

    def __init__(self, no_date_text: str, clock, parent=None):
        super().__init__(parent)
        self._no_date_text = no_date_text
        self._clock = clock  # an empty cell opens on today
        self._editor_width: dict[str, int] = {}  # the date editor's width by font: the column is never narrower

    def sizeHint(self, option, index):
        """Room for the date editor too, so a date being edited keeps its year whole (it showed « 07/12/20 »)."""
        hint = super().sizeHint(option, index)
        key = option.font.key()
        if key not in self._editor_width:
            probe = self.createEditor(None, option, index)  # never shown: measured, then thrown away
            probe.setFont(option.font)
            probe.setDate(QDate(2026, 12, 31))  # a two-digit day and month: the widest date
            self._editor_width[key] = probe.sizeHint().width()
            probe.deleteLater()
        return QSize(max(hint.width(), self._editor_width[key]), hint.height())

    def createEditor(self, parent, option, index):
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDateRange(NO_DATE, QDate(LAST_DAY))
        editor.setSpecialValueText(self._no_date_text)
        editor.setAccessibleName(self._no_date_text)
        return editor

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        dated = isinstance(value, QDate) and value.isValid()
        editor.setDate(value if dated else QDate(self._clock().date()))
        if not dated and editor.property(_OFFERED) is None:  # today is offered, not chosen
            editor.setProperty(_OFFERED, True)
            editor.dateChanged.connect(lambda: editor.setProperty(_OFFERED, False))
            calendar = editor.calendarWidget()  # ours pops one up; a plain date editor has none
            if calendar is not None:  # a day clicked, or taken with Enter in the pop-up
                calendar.clicked.connect(lambda: editor.setProperty(_OFFERED, False))
                calendar.activated.connect(lambda: editor.setProperty(_OFFERED, False))

    def setModelData(self, editor, model, index):
        if editor.property(_OFFERED):  # a cell with no date, passed through by Tab or a click: it keeps none
            return
        date = editor.date()
        emptied = not editor.text().strip() or not editor.hasAcceptableInput()  # Delete, Backspace: no date
        model.setData(index, None if emptied or date == NO_DATE else date, Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and event.key() not in _PASSING:
            editor.setProperty(_OFFERED, False)  # a key typed (a digit, Enter, Delete) takes or changes the date
        return super().eventFilter(editor, event)

    def displayText(self, value, locale):
        if isinstance(value, QDate) and value.isValid():
            return locale.toString(value, locale.FormatType.ShortFormat)
        return self._no_date_text


class _Table(QTableWidget):
    """Tab in an open cell leaves the table, as Tab on the table does (arrows move inside it): the delegate's
    "edit the next cell" would open each cell in turn, and Tab never reached the page's other fields."""

    def closeEditor(self, editor, hint):  # noqa: N802 - Qt's name
        hints = QAbstractItemDelegate.EndEditHint
        if hint not in (hints.EditNextItem, hints.EditPreviousItem):
            return super().closeEditor(editor, hint)
        super().closeEditor(editor, hints.NoHint)  # the cell's words are kept (commitData came first)
        self.focusNextPrevChild(hint == hints.EditNextItem)


class RowsEditor(QWidget):
    """Rows of cells; `rows_edited` carries every row as a list of Python values."""

    rows_edited = Signal(list)

    def __init__(self, columns: list[Column], labels: dict[str, str], parent=None, clock=None):
        super().__init__(parent)
        self._columns = columns
        self._loading = False
        self.table = _Table(0, len(columns), self)
        self.table.setHorizontalHeaderLabels([c.title for c in columns])
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setAccessibleName(labels["table"])
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(NamingDelegate(self.table))
        header = self.table.horizontalHeader()
        for index, column in enumerate(columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(index, mode)
            if column.kind == "date":
                self.table.setItemDelegateForColumn(index, DateDelegate(labels["no_date"], clock, self.table))
        self.add_button = QPushButton(labels["add"], self)
        self.add_button.setAccessibleName(labels["add"].replace("&", ""))
        self.remove_button = QPushButton(labels["remove"], self)
        self.remove_button.setAccessibleName(labels["remove"].replace("&", ""))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self._update_buttons()

    def set_rows(self, rows: list[list]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append(row)
        finally:
            self._loading = False
        self._update_buttons()

    def rows(self) -> list[list]:
        return [[self._value(r, c) for c in range(len(self._columns))] for r in range(self.table.rowCount())]

    def flush(self) -> None:
        """Commit a cell still being edited (the owner closes the window mid-word)."""
        editor = QApplication.focusWidget()
        if (self.table.state() == QAbstractItemView.State.EditingState and editor is not None
                and self.table.viewport().isAncestorOf(editor)):
            self.table.commitData(editor)

    def set_read_only(self, read_only: bool) -> None:
        triggers = (QAbstractItemView.EditTrigger.NoEditTriggers if read_only else
                    QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.setEditTriggers(triggers)
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)
        self._set_checks_enabled(not read_only)

    def _set_checks_enabled(self, enabled: bool) -> None:
        for r in range(self.table.rowCount()):
            for c, column in enumerate(self._columns):
                item = self.table.item(r, c)
                if column.kind == "check" and item is not None:
                    flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                    if not enabled:
                        flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                    item.setFlags(flags)

    def _append(self, values: list) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for c, column in enumerate(self._columns):
            value = values[c] if c < len(values) else None
            item = QTableWidgetItem()
            if column.kind == "check":
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif column.kind == "int":
                item.setData(Qt.ItemDataRole.EditRole, int(value or 0))
            elif column.kind == "date":
                item.setData(Qt.ItemDataRole.EditRole, value if isinstance(value, QDate) else None)
            else:
                item.setText(value or "")
            self.table.setItem(row, c, item)
        return row

    def _value(self, row: int, col: int):
        item, kind = self.table.item(row, col), self._columns[col].kind
        if kind == "check":
            return item is not None and item.checkState() == Qt.CheckState.Checked
        if kind == "int":
            return int(item.data(Qt.ItemDataRole.EditRole) or 0) if item else 0
        if kind == "date":
            value = item.data(Qt.ItemDataRole.EditRole) if item else None
            return value if isinstance(value, QDate) and value.isValid() else None
        return item.text() if item else ""

    def _update_buttons(self):
        self.remove_button.setEnabled(self.table.rowCount() > 0)
        self._fit_height()

    def _fit_height(self):
        """As tall as its rows plus one empty line (min. three): the page scrolls, not the table."""
        rows = max(3, self.table.rowCount() + 1)
        frame = self.table.frameWidth() * 2
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + frame
                                  + rows * self.table.verticalHeader().defaultSectionSize())

    def _emit(self):
        if not self._loading:
            self.rows_edited.emit(self.rows())

    def _on_add_button_clicked(self):
        self._loading = True
        try:
            row = self._append([])
        finally:
            self._loading = False
        self._update_buttons()
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))

    def _on_remove_button_clicked(self):
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
            self._update_buttons()
            self._emit()

    def _on_table_item_changed(self, _item):
        self._emit()
