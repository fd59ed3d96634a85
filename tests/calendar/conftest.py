"""The calendar tab on a fresh store, shown at 1200×700 on Thursday 26 November 2026 (Monday weeks)."""

from datetime import date

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.ui.calendar.tab import CalendarTab


@pytest.fixture
def tab(qtbot, store, bus):
    store.settings.set("first_weekday", 1)
    widget = CalendarTab(store, bus, fixed_clock(date(2026, 11, 26)))
    widget.go_today()
    widget.resize(1200, 700)
    qtbot.addWidget(widget)
    widget.show()
    return widget
