"""The strategy tab reads its first page once as it opens, and again each time it is shown after being hidden."""

from datetime import date

from socialdesk.domain.clock import fixed_clock
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab


def test_the_first_page_is_read_once_at_the_first_showing_and_again_after_a_hide(qtbot, store, monkeypatch):
    reads = []
    real = StrategyTab.reload_page
    monkeypatch.setattr(StrategyTab, "reload_page", lambda self: reads.append(1) or real(self))
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    assert len(reads) == 1  # built and loaded: the first showing does not read the file again (it did: 2)
    tab.hide()
    tab.show()
    assert len(reads) == 2
