"""Another language's window opens each tab where the owner was inside it: the week or month, the checklist's week
and inner page, the presence page, the wizard's step (attack 37c, L2: only the tab was kept)."""

from datetime import timedelta

import pytest

from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store
from tests.foundation.test_foundation_first_week import CLOCK, MONDAY


@pytest.fixture
def opened(controller, tmp_path, qtbot):
    """The controller on a file in use (its welcome skipped); English again after the test."""
    from socialdesk.ui.i18n import install_translators

    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("welcome", "skipped")
    store.close()
    controller.clock = CLOCK
    assert controller.open(path)
    yield controller
    qtbot.waitExposed(controller.window)
    qtbot.wait(200)  # the rebuilt window's work after its first paint, while its file is open
    install_translators("en")


def test_a_language_switch_keeps_the_place_inside_every_tab(opened):
    window = opened.window
    for index in range(4):
        window.show_tab(index)
    strategy, calendar, rules, presence = (window.tabs.widget(i).content for i in range(4))
    strategy.go_to_place(3)
    calendar.show_week(MONDAY.date() + timedelta(weeks=3))
    rules.show_week(IsoWeek.of(MONDAY.date()).shifted(-2))
    rules.pages.setCurrentIndex(1)
    presence.pages.setCurrentIndex(2)
    window.show_tab(1)
    window.language_requested.emit("fr")
    rebuilt = opened.window
    assert rebuilt is not window and rebuilt.tabs.currentIndex() == 1
    assert rebuilt.tabs.currentWidget().content.start == MONDAY.date() + timedelta(weeks=3)
    for index in (0, 2, 3):  # built when first shown, where they were
        rebuilt.show_tab(index)
    strategy, _calendar, rules, presence = (rebuilt.tabs.widget(i).content for i in range(4))
    assert strategy.steps.currentRow() == 3 and strategy.stack.currentIndex() == 3
    assert rules.week == IsoWeek.of(MONDAY.date()).shifted(-2) and rules.pages.currentIndex() == 1
    assert presence.pages.currentIndex() == 2


def test_the_month_shown_is_kept_in_another_language(opened):
    opened.window.show_tab(1)
    calendar = opened.window.tabs.widget(1).content
    calendar.months.month_button.click()
    calendar.go_next()
    calendar.go_next()
    february = MONDAY.date().replace(year=2027, month=2, day=1)
    assert calendar.months.month == february
    calendar.start = MONDAY.date() + timedelta(weeks=10)  # the week behind it (attack 38c, L2)
    opened.window.language_requested.emit("fr")
    rebuilt = opened.window.tabs.widget(1).content
    assert rebuilt.months.shown and rebuilt.months.month == february
    assert rebuilt.start == MONDAY.date() + timedelta(weeks=10)
