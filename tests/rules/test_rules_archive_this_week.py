"""Archiving a rule keeps this week's tick on the checklist; the rule leaves from next week on."""

from datetime import datetime

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.rules import rules_page
from socialdesk.ui.rules.tab import RulesTab

NOW = datetime(2026, 11, 26, 17, 30)  # Thursday of ISO week 48
THIS_WEEK = IsoWeek(2026, 48)


@pytest.fixture
def tab(qtbot, store, bus):
    widget = RulesTab(store, bus, clock=lambda: NOW)
    qtbot.addWidget(widget)
    return widget


def test_archiving_a_ticked_rule_keeps_its_tick_this_week_and_drops_it_next_week(tab, store, monkeypatch):
    rule = Rule(text="Thank a supplier by name", first_week=IsoWeek(2026, 40))
    store.rules.add(rule, NOW.date())
    tab.reload()
    tab.week_page.rule_boxes[rule.id].click()  # ticked on this week's checklist
    summary_before = tab.week_page.rules_summary.text()
    page = tab.rules_page
    page.list.setCurrentRow(page.list.count() - 1)  # the newest rule is last
    assert page.current_rule_id() == rule.id
    monkeypatch.setattr(rules_page, "ask_archive", lambda parent, text: True)
    page.archive_button.click()
    assert rule.id not in [r.id for r in store.rules.rules()]  # off the list of rules at once
    assert tab.week_page.rule_boxes[rule.id].isChecked()  # this week's checklist still shows the tick
    assert tab.week_page.rules_summary.text() == summary_before  # and still counts it
    assert store.rules.checks_for_week(THIS_WEEK)[rule.id].done
    tab.next_button.click()
    assert rule.id not in tab.week_page.rule_boxes  # from next week on, it is gone
