"""The sample bakery's reviews: the count typed for the last weeks, and a few replies already copied."""

import locale
from datetime import date, datetime, time, timedelta

from socialdesk.domain.reviews.replies import ReplyCase, next_variant
from socialdesk.domain.reviews.tally import ReviewTally
from socialdesk.domain.weeks import IsoWeek

# Weeks ago, reviews received, reviews answered: the week of the cold oven went unanswered for a while.
_TALLIES = ((8, 3, 3), (7, 2, 2), (6, 4, 2), (5, 1, 1), (4, 5, 4), (3, 2, 2), (2, 3, 3), (1, 4, 3), (0, 2, 1))
# Days ago, stars, with words, listing platform: replies copied from the dialog.
_REPLIES = ((9, 5, True, "google_business"), (6, 2, True, "google_business"), (4, 5, True, "facebook"),
            (2, 4, False, "google_business"), (1, 5, True, "google_business"))


def _language(store) -> str:
    """As the checklist's demo: the file's language, else the system's."""
    chosen = store.settings.get("language") or (locale.getlocale()[0] or "")
    return "fr" if chosen.startswith("fr") else "en"


def seed_demo(store, today: date) -> None:
    reviews = store.rules.reviews
    current = IsoWeek.of(today)
    for weeks_ago, received, answered in _TALLIES:
        reviews.set_tally(ReviewTally(current.shifted(-weeks_ago), received, answered))
    language = _language(store)
    for days_ago, stars, has_text, platform_key in _REPLIES:
        case = ReplyCase(stars, has_text)
        variant = next_variant(case, language, reviews.last_variant(case, language))
        when = datetime.combine(today - timedelta(days=days_ago), time(18, 30))
        reviews.record_reply(case, language, variant, platform_key, when)
