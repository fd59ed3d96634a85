"""« et 2 de plus » says what it opens to a screen reader and brings the first hidden post into view (17e N5)."""

import pytest

from tests.foundation.test_foundation_due_panel_fit import _panel, busy_week  # noqa: F401 (fixture)
from tests.foundation.test_foundation_first_week import _click

NAMES = {"en": {"post": "2 other posts to publish today", "rule": "2 other rules left unticked last week",
                "listing": "2 other listings not checked for 90 days"},
         "fr": {"post": "2 autres publications à publier aujourd'hui",
                "rule": "2 autres règles non cochées la semaine dernière",
                "listing": "2 autres fiches non vérifiées depuis 90 jours"}}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_and_n_more_has_a_name_that_says_what_the_n_are(qtbot, busy_week, language):  # noqa: F811
    _window, panel = _panel(qtbot, busy_week[0], language)
    assert {kind.value: link.accessibleName() for kind, link in panel.more_links.items()} == NAMES[language]


def test_and_n_more_scrolls_the_day_to_the_first_post_it_counted(qtbot, busy_week):  # noqa: F811
    store, posts, _rules, _listings = busy_week
    window, panel = _panel(qtbot, store)
    _click(qtbot, next(link for kind, link in panel.more_links.items() if kind.value == "post"))
    qtbot.wait(20)
    calendar = window.tabs.currentWidget().content
    day = next(lst for lst in calendar.week.lists() if lst.selectedItems())
    first_hidden = next(day.item(r) for r in range(day.count()) if day.item(r).data(256) == posts[3])
    assert day.currentItem() is first_hidden and day.hasFocus()
    assert day.viewport().rect().contains(day.visualItemRect(first_hidden).topLeft())
