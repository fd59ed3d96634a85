"""Dialogs of the checklist tab: a rule and a driver, each with a classmethod `ask`."""

import dataclasses
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLineEdit)

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.rules.model import MONTH_WEEKS, Driver, Frequency, Rule
from socialdesk.ui.common.dates import bounded
from socialdesk.ui.rules import labels


def _buttons(dialog: QDialog, required: QLineEdit) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setEnabled(bool(required.text().strip()))
    required.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    return buttons


class RuleDialog(QDialog):
    def __init__(self, rule: Rule, parent=None):
        super().__init__(parent)
        self.rule = rule
        self.setWindowTitle(self.tr("Edit rule") if rule.id else self.tr("New rule"))
        form = QFormLayout(self)
        self.text_edit = QLineEdit(rule.text)
        self.text_edit.setAccessibleName(self.tr("Rule"))
        self.text_edit.setPlaceholderText(self.tr("What you did this week, e.g. Answered every Google review"))
        self.why_edit = QLineEdit(rule.why)
        self.why_edit.setAccessibleName(self.tr("Why"))
        self.why_edit.setPlaceholderText(self.tr("One line: why it matters"))
        self.frequency_combo = QComboBox()
        self.frequency_combo.setAccessibleName(self.tr("How often"))
        self.frequency_combo.addItem(self.tr("Every week"), Frequency.WEEKLY.value)
        self.frequency_combo.addItem(self.tr("Once a month"), Frequency.MONTHLY.value)
        self.frequency_combo.setCurrentIndex(0 if rule.frequency is Frequency.WEEKLY else 1)
        self.month_week_combo = QComboBox()
        self.month_week_combo.setAccessibleName(self.tr("Week of the month"))
        for value in MONTH_WEEKS:
            self.month_week_combo.addItem(labels.MONTH_WEEKS[value], value)
        self.month_week_combo.setCurrentIndex(max(0, self.month_week_combo.findData(rule.month_week)))
        self.frequency_combo.currentIndexChanged.connect(self._on_frequency_combo_current_index_changed)
        form.addRow(self.tr("&Rule:"), self.text_edit)
        form.addRow(self.tr("&Why:"), self.why_edit)
        form.addRow(self.tr("&How often:"), self.frequency_combo)
        form.addRow(self.tr("In the &week:"), self.month_week_combo)
        form.addRow(_buttons(self, self.text_edit))
        self._on_frequency_combo_current_index_changed(self.frequency_combo.currentIndex())
        self.resize(560, self.sizeHint().height())

    def _on_frequency_combo_current_index_changed(self, _index):
        self.month_week_combo.setEnabled(self.frequency_combo.currentData() == Frequency.MONTHLY.value)

    def result_rule(self) -> Rule:
        return dataclasses.replace(
            self.rule, text=self.text_edit.text().strip(), why=self.why_edit.text().strip(),
            frequency=Frequency(self.frequency_combo.currentData()), month_week=self.month_week_combo.currentData())

    @classmethod
    def ask(cls, parent, rule: Rule | None = None) -> Rule | None:
        dialog = cls(rule or Rule(), parent)
        return dialog.result_rule() if dialog.exec() == QDialog.DialogCode.Accepted else None


class DriverDialog(QDialog):
    def __init__(self, driver: Driver, today: date, parent=None):
        super().__init__(parent)
        self.driver = driver
        self.setWindowTitle(self.tr("Edit key person") if driver.id else self.tr("New key person"))
        form = QFormLayout(self)
        self.name_edit = QLineEdit(driver.name)
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.group_combo = QComboBox()
        self.group_combo.setAccessibleName(self.tr("Group"))
        for group in CommunityGroup:
            self.group_combo.addItem(labels.GROUPS[group], group.value)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(CommunityGroup(driver.group).value)))
        self.network_combo = QComboBox()
        self.network_combo.setAccessibleName(self.tr("Network"))
        self.network_combo.addItem(self.tr("None (in person, phone…)"), "")
        for item in NETWORKS:
            self.network_combo.addItem(item.name, item.key)
        self.network_combo.setCurrentIndex(max(0, self.network_combo.findData(driver.network)))
        self.handle_edit = QLineEdit(driver.handle)
        self.handle_edit.setAccessibleName(self.tr("Username or contact"))
        contact_row = self._build_contact_row(driver, today)
        self.next_edit = QLineEdit(driver.next_step)
        self.next_edit.setAccessibleName(self.tr("Next step"))
        self.next_edit.setPlaceholderText(self.tr("e.g. invite to taste the new galette"))
        self.note_edit = QLineEdit(driver.note)
        self.note_edit.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Group:"), self.group_combo)
        form.addRow(self.tr("Net&work:"), self.network_combo)
        form.addRow(self.tr("&Username:"), self.handle_edit)
        form.addRow(self.tr("Contact:"), contact_row)
        form.addRow(self.tr("Ne&xt step:"), self.next_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)
        form.addRow(_buttons(self, self.name_edit))
        self.resize(520, self.sizeHint().height())

    def _build_contact_row(self, driver: Driver, today: date) -> QHBoxLayout:
        self.contacted_check = QCheckBox(self.tr("Last contact on"))
        self.contacted_check.setChecked(driver.last_contact is not None)
        shown = driver.last_contact or today
        self.contact_date = bounded(QDateEdit(QDate(shown.year, shown.month, shown.day)))
        self.contact_date.setCalendarPopup(True)
        self.contact_date.setAccessibleName(self.tr("Last contact date"))
        self.contact_date.setEnabled(self.contacted_check.isChecked())
        self.contacted_check.toggled.connect(self.contact_date.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.contacted_check)
        row.addWidget(self.contact_date, 1)
        return row

    def result_driver(self) -> Driver:
        picked = self.contact_date.date()
        return dataclasses.replace(
            self.driver, name=self.name_edit.text().strip(), group=CommunityGroup(self.group_combo.currentData()),
            network=self.network_combo.currentData(), handle=self.handle_edit.text().strip(),
            last_contact=date(picked.year(), picked.month(), picked.day()) if self.contacted_check.isChecked()
            else None,
            next_step=self.next_edit.text().strip(), note=self.note_edit.text().strip())

    @classmethod
    def ask(cls, parent, driver: Driver | None, today: date) -> Driver | None:
        dialog = cls(driver or Driver(), today, parent)
        return dialog.result_driver() if dialog.exec() == QDialog.DialogCode.Accepted else None
