"""The rule and driver dialogs give back what the owner typed."""

from datetime import date

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.rules.model import LAST_WEEK_OF_MONTH, Driver, Frequency, Rule
from socialdesk.ui.rules.dialogs import DriverDialog, RuleDialog


def test_rule_dialog_month_week_only_for_monthly_rules(qtbot):
    dialog = RuleDialog(Rule(id=4, text="Answer reviews", why="Someone is listening"))
    qtbot.addWidget(dialog)
    assert not dialog.month_week_combo.isEnabled()
    dialog.frequency_combo.setCurrentIndex(1)
    assert dialog.month_week_combo.isEnabled()
    dialog.month_week_combo.setCurrentIndex(dialog.month_week_combo.findData(LAST_WEEK_OF_MONTH))
    rule = dialog.result_rule()
    assert (rule.id, rule.frequency, rule.month_week) == (4, Frequency.MONTHLY, LAST_WEEK_OF_MONTH)


def test_rule_dialog_cannot_be_accepted_without_a_text(qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = RuleDialog(Rule())
    qtbot.addWidget(dialog)
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.text_edit, "Thank a driver")
    assert ok.isEnabled()


def test_driver_dialog_round_trip(qtbot):
    driver = Driver(id=2, name="Claire Martin", group=CommunityGroup.CUSTOMERS, network="facebook",
                    handle="@claire", last_contact=None, next_step="Tasting")
    dialog = DriverDialog(driver, date(2026, 11, 26))
    qtbot.addWidget(dialog)
    assert dialog.result_driver() == driver
    dialog.contacted_check.setChecked(True)
    dialog.group_combo.setCurrentIndex(dialog.group_combo.findData(CommunityGroup.PRESCRIBERS.value))
    edited = dialog.result_driver()
    assert (edited.last_contact, edited.group) == (date(2026, 11, 26), CommunityGroup.PRESCRIBERS)
