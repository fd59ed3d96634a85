"""The strategy's targets line names the week it counts: "This week" only for today's week."""

from datetime import date, datetime, time

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.plan import Pillar
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.tab import CalendarTab
from socialdesk.ui.i18n import install_translators


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _tab(qtbot, store, bus):
    store.settings.set("first_weekday", 1)
    store.calendar.add(Post(day=date(2026, 11, 24), time=time(9, 0), networks=("facebook",), text="Pain",
                            status=PostStatus.PLANNED))
    store.calendar.add(Post(day=date(2026, 12, 8), time=time(9, 0), networks=("facebook",), text="Galettes",
                            status=PostStatus.PLANNED))
    store.strategy.record_applied({"facebook": 2}, [Pillar("Saison", 50)], datetime(2026, 11, 2))
    tab = CalendarTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.show()
    return tab


WORDS = {"en": ("This week: Facebook 1/2 · left to plan: 1", "Week of 7 Dec: Facebook 1/2 · left to plan: 1",
                "Week of 30 Nov: Facebook 0/2 · left to plan: 2"),
         "fr": ("Cette semaine\u00a0: Facebook 1/2 · reste à planifier\u00a0: 1",
                "Semaine du 7 déc.\u00a0: Facebook 1/2 · reste à planifier\u00a0: 1",
                "Semaine du 30 nov.\u00a0: Facebook 0/2 · reste à planifier\u00a0: 2")}


def test_the_targets_line_describes_the_week_shown(qtbot, store, bus, language):
    this_week, week_of_7_dec, week_of_30_nov = WORDS[language]
    tab = _tab(qtbot, store, bus)
    assert tab.targets_label.text() == this_week
    tab.next_button.click()
    tab.next_button.click()
    assert tab.targets_label.text() == week_of_7_dec
    tab.prev_button.click()
    assert tab.targets_label.text() == week_of_30_nov
    tab.today_button.click()
    assert tab.targets_label.text() == this_week
