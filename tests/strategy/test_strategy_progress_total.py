"""The wizard counts its steps one way: « Étapes remplies : n sur 7 » beside « Étape 1 sur 7 », all filled = 7 of 7."""

import re
from datetime import date

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab


def _total(words):
    return int(re.search(r"(\d+)\D*$", words).group(1))


def test_the_filled_steps_and_the_position_count_the_same_steps(qtbot, store):
    store.strategy.set_text(f.STAND_VALUE, "Flowers from the region")
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    assert tab.position.text() == "Step 1 of 7"
    assert tab.progress_label.text() == "Steps filled in: 1 of 7"
    assert _total(tab.progress_label.text()) == _total(tab.position.text()) == tab.progress.maximum()
