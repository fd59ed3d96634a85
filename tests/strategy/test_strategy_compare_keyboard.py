"""Comparing two versions far apart, in French, with the keyboard: Tab goes through, Escape closes, all readable."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.ui.common import focus_ring
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab
from tests.strategy.full_strategy import SENTENCE, fill_everything

SCREEN = (1366, 768)


@pytest.fixture
def french():
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    yield
    install_translators("en")


@pytest.fixture
def far_apart(store):
    """A first review with little in it, three more, and today's full plan with long answers."""
    store.strategy.set_text(f.STAND_VALUE, "Le seul four à bois du quartier")
    for day in (date(2025, 3, 1), date(2025, 6, 1), date(2025, 9, 1), date(2025, 12, 1)):
        store.strategy.start_review(day)
    fill_everything(store)
    for key in f.CONVERSATION_KEYS:
        store.strategy.set_text(key, "\n".join([SENTENCE] * 4))
    return store


def _with_comparison(qtbot, store, inspect):
    focus_ring.install()
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    tab.resize(1100, 700)
    tab.show()
    seen = []

    def look():
        dialog = QApplication.activeModalWidget()
        try:
            seen.append(inspect(dialog))
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, look)
    tab.versions.compare_button.click()
    assert seen, "the comparison did not open"
    return seen[0]


def _press(dialog, key):
    QTest.keyClick(dialog.focusWidget(), key)
    QApplication.processEvents()
    return dialog.focusWidget()


def test_tab_goes_through_once_each_and_escape_closes(qtbot, far_apart, french):
    def walk(dialog):
        dialog.older.setCurrentIndex(0)  # the first review against today's plan
        dialog.activateWindow()
        dialog.older.setFocus()
        QApplication.processEvents()
        close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
        visited = [_press(dialog, Qt.Key.Key_Tab) for _ in range(4)]
        assert visited == [dialog.newer, dialog.only_changes, dialog.table, close]
        _press(dialog, Qt.Key.Key_Backtab)  # back to the table: its focus shows
        ring = focus_ring.ring_of(dialog.table)
        assert ring is not None and ring.isVisible()
        _press(dialog, Qt.Key.Key_Escape)
        return dialog.isVisible(), dialog.result()

    assert _with_comparison(qtbot, far_apart, walk) == (False, QDialog.DialogCode.Rejected)


def test_every_long_answer_can_be_read_to_its_end_at_1366x768(qtbot, far_apart, french):
    def read(dialog):
        dialog.older.setCurrentIndex(0)
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1] - 60  # room for a task bar
        QApplication.processEvents()
        table = dialog.table
        assert table.rowCount() > 20
        question, older, newer = (table.columnWidth(c) for c in (1, 2, 3))
        assert older > question and newer > question  # the answers have the room, long questions wrap
        viewport = table.viewport().height()
        tallest = max(range(table.rowCount() - 1), key=table.rowHeight)
        bar = table.verticalScrollBar()
        ends_seen = []
        for value in range(bar.minimum(), bar.maximum() + 1, max(1, bar.singleStep())):
            bar.setValue(value)
            bottom = table.rowViewportPosition(tallest) + table.rowHeight(tallest)
            ends_seen.append(0 < bottom <= viewport)
        return any(ends_seen), table.rowHeight(tallest) <= viewport * 2

    assert _with_comparison(qtbot, far_apart, read) == (True, True)
