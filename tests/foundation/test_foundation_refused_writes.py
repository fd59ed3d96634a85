"""A write the data file refuses: the widget shows what the file holds again, and the owner is told once."""

import sqlite3
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import StrategyPillar
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.presence.link_builder_page import LinkBuilderPage
from socialdesk.ui.rules.tab import RulesTab
from socialdesk.ui.strategy.tab import StrategyTab

NOW = datetime(2026, 11, 26, 17, 30)
NOT_SAVED = "Your last change was not saved"


@pytest.fixture
def told(monkeypatch):
    """The titles of the warnings shown, answered at once (no test waits on a dialog)."""
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: shown.append((title, text)))
    return shown


@pytest.fixture
def refusing(store):
    """Turn every write of the in-memory store into a refusal from SQLite itself (as a read-only file)."""
    class Switch:
        def __enter__(self):
            store.conn.execute("PRAGMA query_only = ON")

        def __exit__(self, *_):
            store.conn.execute("PRAGMA query_only = OFF")

    return Switch()


def test_a_rule_tick_refused_by_a_busy_file_is_unticked_again(qtbot, file_store, told):
    tab = RulesTab(file_store, DataBus(), clock=lambda: NOW)
    qtbot.addWidget(tab)
    rule_id, box = next(iter(tab.week_page.rule_boxes.items()))
    file_store.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(file_store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        box.click()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not box.isChecked()
    assert [title for title, _ in told] == [NOT_SAVED]
    assert "busy" in told[0][1]
    check = file_store.rules.checks_for_week(IsoWeek(2026, 48)).get(rule_id)
    assert check is None or not check.done
    assert tab.week_page.rules_summary.text().startswith("Rules done this week: 0 of ")
    box.click()  # the lock is gone: the same tick is saved, once
    assert box.isChecked() and file_store.rules.checks_for_week(IsoWeek(2026, 48))[rule_id].done


@pytest.fixture
def links(qtbot, store):
    page = LinkBuilderPage(store, DataBus(), QUndoStack(), False)
    qtbot.addWidget(page)
    page.show()
    if not hasattr(page, "wifi_security"):
        pytest.skip("the QR code part is not installed")
    return page


def test_a_refused_wifi_choice_goes_back_and_is_told_once(qtbot, links, store, refusing, told):
    links.wifi_ssid.setText("Boulangerie Léa")  # typed, not saved yet: saved with the next choice
    with refusing:
        links.wifi_security.setFocus()
        qtbot.keyClick(links.wifi_security, Qt.Key.Key_Down)  # WPA → WEP, as the owner picks it
    assert [title for title, _ in told] == [NOT_SAVED]  # one edit, one message (was one per value)
    assert links.wifi_security.currentData() == "WPA"  # what the file holds
    assert links.wifi_ssid.text() == "Boulangerie Léa"  # typed text is kept, tried again later
    assert store.presence.link_values().get("wifi_security", "WPA") == "WPA"
    qtbot.keyClick(links.wifi_security, Qt.Key.Key_Down)
    assert store.presence.link_values()["wifi_security"] == "WEP"
    assert store.presence.link_values()["wifi_ssid"] == "Boulangerie Léa"


def test_a_refused_hidden_network_tick_is_taken_back(qtbot, links, store, refusing, told):
    with refusing:
        links.wifi_hidden.click()
    assert not links.wifi_hidden.isChecked()
    assert not store.presence.link_values().get("wifi_hidden", False)
    assert [title for title, _ in told] == [NOT_SAVED]


@pytest.fixture
def strategy_tab(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    tab.go_to(Step.CHANNELS)
    return tab


def test_refused_strategy_choices_show_the_stored_ones(qtbot, strategy_tab, store, refusing, told):
    page = strategy_tab.current_page()
    spin = next(iter(page.spins.values()))
    monday = page.days.boxes["1"]
    with refusing:
        spin.setValue(3)
        monday.click()
    assert spin.value() == 0 and not monday.isChecked()
    assert store.strategy.load().keys(f.CHANNEL_DAYS) == [] and not store.strategy.load().channels
    assert [title for title, _ in told] == [NOT_SAVED, NOT_SAVED]
    assert page.networks_hint.text() == "Networks: 0 · posts a week: 0"


def test_a_refused_pillar_row_edit_shows_the_stored_rows(qtbot, strategy_tab, store, refusing, told):
    store.strategy.save_pillars([StrategyPillar("Behind the oven", 60, False)])
    strategy_tab.reload_page()
    page = strategy_tab.current_page()
    with refusing:
        page.pillars.table.item(0, 0).setText("Prices")
    assert page.pillars.rows()[0][0] == "Behind the oven"
    assert [title for title, _ in told] == [NOT_SAVED]


def test_each_kind_of_problem_keeps_its_own_words():
    from socialdesk.storage.errors import Problem, WriteProblem
    from socialdesk.ui.common.messages import open_problem_text, write_problem_text

    # The two kinds share values ("damaged", "read_only"…): a refused save must not read like a refused open.
    assert "Restore a backup" in write_problem_text(WriteProblem.DAMAGED)
    assert "part of it cannot be read" in open_problem_text(Problem.DAMAGED)
    assert write_problem_text(WriteProblem.OTHER) == "The change could not be written to the data file."
    assert open_problem_text(Problem.UNREADABLE).startswith("The data file cannot be read.")
    assert len({write_problem_text(p) for p in WriteProblem}) == len(WriteProblem)
