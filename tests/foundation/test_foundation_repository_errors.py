"""A real error in a repository surfaces: no tab reads it as "that part is not there" (cadence 0, no posts)."""

from datetime import date, datetime

import pytest

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.strategy.model import Driver
from socialdesk.storage.calendar.repo import CalendarRepo
from socialdesk.storage.presence.repo import PresenceRepo
from socialdesk.storage.rules.repo import RulesRepo
from socialdesk.storage.strategy.repo import StrategyRepo


def _apply(store):
    from socialdesk.storage.strategy.applying import apply_strategy

    store.strategy.set_channel("instagram", 3)  # a listing to claim on Instagram
    store.strategy.save_drivers(CommunityGroup.CUSTOMERS, [Driver(CommunityGroup.CUSTOMERS, "Léa")])
    return apply_strategy(store, store.strategy.load(), datetime(2027, 1, 4, 9, 0))


def _rules_cadence(store):
    from socialdesk.ui.rules.sources import weekly_cadence

    return weekly_cadence(store)


def _rules_posts(store):
    from socialdesk.ui.rules.sources import week_posts

    return week_posts(store, date(2027, 1, 4))


def _calendar_cadence(store):
    from socialdesk.ui.calendar.tab import applied_cadence

    return applied_cadence(store)


def _post_pillars(store):
    from socialdesk.ui.calendar.post_dialog import applied_pillar_names

    return applied_pillar_names(store)


def _publish_page(store):
    from socialdesk.ui.calendar.publish_dialog import page_url

    return page_url(store, "instagram")


def _cards(store):
    from socialdesk.headless.print_cards import _read

    return _read(store)


CASES = [
    (_rules_cadence, StrategyRepo, "applied_cadence"),
    (_calendar_cadence, StrategyRepo, "applied_cadence"),
    (_post_pillars, StrategyRepo, "applied_pillars"),
    (_rules_posts, CalendarRepo, "posts_in_week"),
    (_publish_page, PresenceRepo, "url_for_network"),
    (_cards, PresenceRepo, "cards_to_print"),
    (_apply, PresenceRepo, "__init__"),  # Apply said "Local presence cannot take listings in this version yet"
    (_apply, RulesRepo, "__init__"),
]


@pytest.mark.parametrize("read, repo, method", CASES, ids=lambda case: getattr(case, "__name__", case))
def test_an_attribute_error_in_a_repository_surfaces(store, monkeypatch, read, repo, method):
    def broken(*args, **kwargs):
        raise AttributeError("a real bug in the repository")

    monkeypatch.setattr(repo, method, broken)
    with pytest.raises(AttributeError, match="a real bug"):
        read(store)
