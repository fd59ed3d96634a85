"""A review keeps the shop card as it was, special days included: it crashed on any shop with a special day
(the demo file has two; attack 35c, F0), and the kept hours read back as hours, not as a mapping."""

from datetime import date, datetime

from socialdesk.domain.hours.model import DayException, OpeningHours, Span
from socialdesk.domain.shop import ShopCard

DAY = (Span(7 * 60, 19 * 60),)
HOURS = OpeningHours(((), DAY, DAY, DAY, DAY, DAY, ()),
                     (DayException(date(2026, 12, 25), (Span(7 * 60, 13 * 60),), "Noël"),
                      DayException(date(2027, 1, 1), (), "Jour de l'an")))


def test_a_review_of_a_shop_with_special_days_keeps_them(store):
    store.shop.save(ShopCard(name="Boulangerie Léa", hours=HOURS))
    store.strategy.start_review(datetime(2026, 12, 7, 9, 30))
    store.shop.save(ShopCard(name="Boulangerie Léa et fils"))  # the card changes after the review
    reviewed = next(v for v in store.strategy.versions() if not v.is_current)
    kept = store.strategy.shop_of(reviewed)
    assert kept.name == "Boulangerie Léa"
    assert kept.hours == HOURS


def test_a_review_kept_by_an_older_version_reads_without_its_hours(store):
    """Reviews written before this change kept the hours as asdict's mapping: read as no hours, not a crash."""
    import json

    store.strategy.start_review(datetime(2026, 12, 7, 9, 30))
    old = {"name": "Fleurs", "hours": {"week": [[{"start": 420, "end": 1140}]] * 7, "exceptions": []}}
    store.conn.execute("UPDATE strategy_version SET shop_json = ? WHERE reviewed_on IS NOT NULL", (json.dumps(old),))
    reviewed = next(v for v in store.strategy.versions() if not v.is_current)
    kept = store.strategy.shop_of(reviewed)
    assert kept.name == "Fleurs" and kept.hours is None
