"""The community's drivers: who they are, where they talk, when we last spoke, what is next."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from socialdesk.domain.networks import is_network_key, network
from socialdesk.domain.rules.model import name_key
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules import labels
from socialdesk.ui.rules.dialogs import DriverDialog


def ask_remove(parent, name: str) -> bool:
    return ask(
        parent, QCoreApplication.translate("DriversPage", "Remove this key person?"),
        fill(QCoreApplication.translate("DriversPage", "%1 and the notes about them leave the list."), name),
        QCoreApplication.translate("DriversPage", "&Remove"), QCoreApplication.translate("DriversPage", "&Keep"),
    )


class DriversPage(QWidget):
    changed = Signal(object)

    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.drivers = []
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("You rarely create a community: you bring together the one around you by winning "
                              "over its key people. Those you have not heard from for the longest time come first."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.empty = EmptyState("emptyDrivers", self)  # no key person yet: who to start with (attack 37, L3)
        self.empty.set_words(self.tr("No key person yet. Start with two or three who already talk about the shop: "
                                     "a faithful customer, a neighbouring shop, a supplier."),
                             self.tr("Add the f&irst key person…"))
        self.empty.button.clicked.connect(self._on_add_button_clicked)
        layout.addWidget(self.empty)
        self.table = QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Key people"))
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Group"), self.tr("Network / username"),
                                              self.tr("Last contact"), self.tr("Next step")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.itemActivated.connect(lambda _item: self._on_edit_button_clicked())
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._build_buttons())

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.contacted_button = QPushButton(self.tr("C&ontacted this week"))
        self.contacted_button.setCheckable(True)
        self.contacted_button.setToolTip(self.tr("Also ticks the rule “contact or thank a key person” for this "
                                                 "week; click again to undo"))
        self.add_button = QPushButton(self.tr("&Add key person…"))
        self.edit_button = QPushButton(self.tr("Chan&ge…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.contacted_button.clicked.connect(self._on_contacted_button_clicked)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        for button in (self.contacted_button, self.add_button, self.edit_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def reload(self) -> None:
        selected = self.current_driver_id()
        self.drivers = self.store.rules.drivers.drivers()
        self.empty.setVisible(not self.drivers)
        this_week = IsoWeek.of(self.clock().date())
        self.table.setRowCount(len(self.drivers))
        for row, driver in enumerate(self.drivers):
            where = network(driver.network).name if is_network_key(driver.network) else ""
            where = " · ".join(part for part in (where, driver.handle) if part)
            if driver.last_contact is None:
                contact = self.tr("not yet")
            else:
                contact = labels.short_day(driver.last_contact)
                if IsoWeek.of(driver.last_contact) == this_week:
                    contact += " " + self.tr("(this week)")
            cells = (driver.name, labels.GROUPS[driver.group], where, contact, driver.next_step)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, driver.id)
                if column == 0 and driver.note:
                    item.setToolTip(driver.note)
                self.table.setItem(row, column, item)
            if driver.id == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._on_table_item_selection_changed()

    def current_driver_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _on_table_item_selection_changed(self):
        driver_id = self.current_driver_id()
        for button in (self.contacted_button, self.edit_button, self.remove_button):
            button.setEnabled(driver_id is not None)
        driver = next((d for d in self.drivers if d.id == driver_id), None)
        this_week = IsoWeek.of(self.clock().date())
        self.contacted_button.setChecked(bool(driver and driver.last_contact
                                              and IsoWeek.of(driver.last_contact) == this_week))

    def _write(self, action) -> bool:
        with saving(self) as attempt:
            change = action()
        if attempt.failed:
            return False
        self.changed.emit(change)
        self.reload()
        return True

    def _refuse_duplicate(self, driver) -> bool:
        same = [d for d in self.drivers if d.id != driver.id and d.group == driver.group
                and name_key(d.name) == name_key(driver.name)]
        if same:
            QMessageBox.information(self, self.tr("Already in the list"), fill(self.tr(
                "%1 is already among the key people of this group."), driver.name))
        return bool(same)

    def _on_contacted_button_clicked(self):
        driver_id = self.current_driver_id()
        if driver_id is None:
            return
        contacted = self.contacted_button.isChecked()
        if not self._write(lambda: self.store.rules.set_driver_contacted(driver_id, self.clock(), contacted)):
            self._on_table_item_selection_changed()

    def _on_add_button_clicked(self):
        driver = DriverDialog.ask(self, None, self.clock().date())
        if driver is not None and not self._refuse_duplicate(driver):
            self._write(lambda: self.store.rules.drivers.add(driver))

    def _on_edit_button_clicked(self):
        driver_id = self.current_driver_id()
        if driver_id is None:
            return
        driver = DriverDialog.ask(self, self.store.rules.drivers.get(driver_id), self.clock().date())
        if driver is not None and not self._refuse_duplicate(driver):
            self._write(lambda: self.store.rules.drivers.update(driver))

    def _on_remove_button_clicked(self):
        driver_id = self.current_driver_id()
        if driver_id is None:
            return
        if ask_remove(self, self.store.rules.drivers.get(driver_id).name):
            self._write(lambda: self.store.rules.drivers.remove(driver_id))
