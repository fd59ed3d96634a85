"""The goal's date column is as wide as its date editor: while a date is edited its year is whole, in English and
French, with or without a date (35: the editor showed « 07/12/20 »)."""

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDateEdit, QTableWidget

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.strategy.tab import StrategyTab


@pytest.fixture(params=["en", "fr"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


@pytest.mark.parametrize("dated", [True, False])
def test_the_date_being_edited_shows_its_whole_year(qtbot, store, language, dated):
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 7)))
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    qtbot.waitExposed(tab)
    tab.go_to(Step.STAND)
    table = next(t for t in tab.current_page().findChildren(QTableWidget) if t.columnCount() == 2)
    if table.rowCount() == 0:
        table.setRowCount(1)
    item = table.item(0, 1)
    if item is None:
        from PySide6.QtWidgets import QTableWidgetItem

        table.setItem(0, 1, item := QTableWidgetItem())
    if dated:
        item.setData(2, QDate(2026, 12, 31))  # EditRole: the widest day and month
    table.editItem(item)
    editor = table.findChild(QDateEdit)
    assert editor is not None and editor.isVisible()
    editor.setDate(QDate(2026, 12, 31))
    shown = editor.lineEdit()
    needed = QFontMetrics(shown.font()).horizontalAdvance(shown.text())
    assert "2026" in shown.text() and needed <= shown.width(), (shown.text(), needed, shown.width())
    assert editor.width() >= editor.sizeHint().width()
