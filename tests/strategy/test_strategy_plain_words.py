"""The strategy wizard speaks plain English on every step (fr-review.md §4): no marketing jargon on screen."""

import re
from datetime import date

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableView

from socialdesk.domain.clock import fixed_clock
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab

JARGON = re.compile(r"(?i)\b(drivers?|pillars?|prescribers?|handle|SMART|buzz|messages to push|decide a purchase|"
                    r"one a line|reviewed on|manual tour|few beats many)\b")


def shown_words(widget):
    """Every label, box title, button and column heading the owner can read in the widget."""
    words = [w.text() for w in widget.findChildren(QLabel) + widget.findChildren(QAbstractButton)]
    words += [w.title() for w in widget.findChildren(QGroupBox)]
    for table in widget.findChildren(QTableView):
        model = table.model()
        words += [str(model.headerData(c, table.horizontalHeader().orientation())) for c in range(model.columnCount())]
    return [w.replace("&", "") for w in words]


def test_no_step_of_the_wizard_shows_jargon(qtbot, store):
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    for index in range(len(tab.pages)):
        tab.page(index)  # every step built, as the owner walks through them
    words = shown_words(tab)
    assert not [w for w in words if JARGON.search(w)]
    for expected in ("Main themes and their share of the posts", "What makes customers buy",
                     "Key messages (one per line)", "Goals: specific, measurable, with a date",
                     "Topics people talk about", "Key people worth winning over (named people)",
                     "Export as text (Markdown)…"):
        assert expected in words, expected
