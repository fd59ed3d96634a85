"""French hints read as French: no capital right after a colon ('Conseil : Cette semaine…')."""

import re
from datetime import date, time

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus

SHOTS = None  # a path to save the French hints as a screenshot


@pytest.fixture
def french_tab(qtbot, store, bus):
    from socialdesk.ui.calendar.tab import CalendarTab
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    store.settings.set("first_weekday", 1)
    widget = CalendarTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(widget)
    yield widget
    install_translators("en")


def test_the_weeks_hints_never_put_a_capital_after_a_colon(french_tab, store):
    for offset in range(3):
        store.calendar.add(Post(day=date(2026, 11, 23 + offset), time=time(9, 30), networks=("instagram",),
                                text="Nous sommes fiers d'annoncer", about="us", status=PostStatus.PLANNED))
    french_tab.go_today()
    french_tab.resize(1200, 700)
    french_tab.show()
    french_tab.reload()
    hints = french_tab.hints_label.text()
    if SHOTS:
        french_tab.grab().save(SHOTS)
    assert "Cette semaine ne parle que de la boutique" in hints
    assert not re.search(r":\s+[A-ZÀ-Ý]", hints), hints
