"""The owner's rules: add, edit, reorder (drag, or Ctrl+Up/Down), archive with history kept."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from socialdesk.storage.rules.starter_file import starter_source
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules import labels, sources
from socialdesk.ui.rules.dialogs import RuleDialog


class RuleList(QListWidget):
    """A list the owner reorders by dragging, or from the keyboard with Ctrl+Up / Ctrl+Down."""

    order_dropped = Signal()
    move_requested = Signal(int)  # -1 up, +1 down

    def dropEvent(self, event):
        super().dropEvent(event)
        self.order_dropped.emit()

    def keyPressEvent(self, event):
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.move_requested.emit(steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)


def ask_archive(parent, text: str) -> bool:
    """Archiving asks first; it is not undone from here."""
    return ask(
        parent, QCoreApplication.translate("RulesPage", "Archive this rule?"),
        QCoreApplication.translate("RulesPage", "It leaves the checklist from next week on. This week and "
                                                "past weeks keep it, with their ticks and notes.") + "\n\n" + text,
        QCoreApplication.translate("RulesPage", "&Archive"), QCoreApplication.translate("RulesPage", "&Keep it"),
    )


class RulesPage(QWidget):
    changed = Signal(object)

    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        self.store = store
        self.clock = clock
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Your rules, in the order of the checklist. Drag them, or use Ctrl+Up and "
                              "Ctrl+Down, to reorder. Archiving keeps past weeks as they were."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = RuleList()
        self.list.setAccessibleName(self.tr("Rules"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(3)
        self.list.order_dropped.connect(self._on_list_order_dropped)
        self.list.itemActivated.connect(lambda _item: self._on_edit_button_clicked())
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        layout.addWidget(self.list, 1)
        self.show_archived = QCheckBox(self.tr("Show archived rules"))
        self.show_archived.toggled.connect(lambda _on: self.reload())
        layout.addWidget(self.show_archived)
        layout.addLayout(self._build_buttons())
        self.list.move_requested.connect(self.move_current)

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add rule…"))
        self.edit_button = QPushButton(self.tr("Chan&ge…"))
        self.up_button = QPushButton(self.tr("M&ove up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.archive_button = QPushButton(self.tr("Archive…"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        for button in (self.add_button, self.edit_button, self.up_button, self.down_button, self.archive_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        current_id = self.current_rule_id()
        self.list.clear()
        for rule in sources.rules(self.store, include_archived=self.show_archived.isChecked()):
            item = QListWidgetItem(self._item_text(rule))
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setToolTip(self._tooltip(rule))
            if rule.is_archived:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # not selectable, not draggable
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.list.addItem(item)
            if rule.id == current_id:
                self.list.setCurrentItem(item)
        self._on_list_current_row_changed(self.list.currentRow())

    def _item_text(self, rule) -> str:
        text = f"{rule.text}\n    {labels.frequency_text(rule)}"
        source = starter_source(rule.starter_key)
        if source:  # a starter rule says whether the interview gives it or SocialDesk does
            text += " · " + labels.SOURCES[source]
        if rule.is_archived:
            text += " · " + fill(self.tr("archived since %1"), labels.week_short(rule.archived_week))
        return text

    def _tooltip(self, rule) -> str:
        source = starter_source(rule.starter_key)
        return rule.why + ("\n\n" + labels.SOURCE_NOTES[source] if source else "")

    def current_rule_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _active_ids(self) -> list[int]:
        ids = []
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsSelectable:
                ids.append(item.data(Qt.ItemDataRole.UserRole))
        return ids

    def _on_list_current_row_changed(self, row):
        item = self.list.item(row) if row >= 0 else None
        usable = item is not None and bool(item.flags() & Qt.ItemFlag.ItemIsSelectable)
        for button in (self.edit_button, self.up_button, self.down_button, self.archive_button):
            button.setEnabled(usable)

    def _write(self, action) -> bool:
        with saving(self, self.reload) as attempt:  # a refused write: the list shows the file again
            change = action()
        if attempt.failed:
            return False
        self.changed.emit(change)
        return True

    def _on_list_order_dropped(self):
        ids = self._active_ids()
        self._write(lambda: self.store.rules.reorder(ids))
        self.reload()

    def move_current(self, step: int) -> None:
        ids = self._active_ids()
        current = self.current_rule_id()
        if current not in ids:
            return
        index = ids.index(current)
        target = index + step
        if not 0 <= target < len(ids):
            return
        ids[index], ids[target] = ids[target], ids[index]
        if self._write(lambda: self.store.rules.reorder(ids)):
            self.reload()

    def _on_add_button_clicked(self):
        rule = RuleDialog.ask(self)
        if rule is not None and self._write(lambda: self.store.rules.add(rule, self.clock().date())):
            self.reload()
            self.list.setCurrentRow(self.list.count() - 1)

    def _on_edit_button_clicked(self):
        rule_id = self.current_rule_id()
        if rule_id is None or self.store.rules.get(rule_id).is_archived:
            return
        edited = RuleDialog.ask(self, sources.rule(self.store, rule_id))
        if edited is not None and self._write(lambda: self.store.rules.update(edited)):
            self.reload()

    def _on_archive_button_clicked(self):
        rule_id = self.current_rule_id()
        if rule_id is None:
            return
        rule = sources.rule(self.store, rule_id)
        if ask_archive(self, rule.text) and self._write(lambda: self.store.rules.archive(rule_id, self.clock().date())):
            self.reload()
