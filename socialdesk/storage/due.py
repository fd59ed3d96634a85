"""What is due on a week's first open, read with a few plain queries: no repository, no calendar or checklist UI."""

from datetime import date, datetime

from socialdesk.domain.calendar.closures import Closure, Occasion, prepared_at, tasks, to_prepare
from socialdesk.domain.guide import Due, DueKind, last_week
from socialdesk.domain.presence.listing_status import STALE_AFTER, ListingStatus
from socialdesk.domain.presence.platform_keys import APPLE_KEY, GOOGLE_KEY
from socialdesk.domain.presence.platforms import CUSTOM_KEY, is_platform_key, platform
from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage.rules.starter_file import in_language

# A status the file does not know reads as a draft (storage.calendar.rows): it waits too.
_NOT_WAITING = ("idea", "published", "skipped")
_ORDER = " ORDER BY time IS NOT NULL, time, id"  # the calendar's order within one day


def first_line(text: str) -> str:
    """A link shows the first line of a post or rule; its tooltip has the whole text."""
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def due_posts(store, today: date) -> list[Due]:
    """Today's posts not yet published (planned or draft)."""
    rows = store.query("SELECT id, text FROM posts WHERE day = ? AND status NOT IN (?, ?, ?) AND id IS NOT NULL"
                       + _ORDER, [today.isoformat(), *_NOT_WAITING])
    return [Due(DueKind.POST, row["id"], first_line(row["text"]), row["text"]) for row in rows]


def unticked_rules(store, today: date, language: str) -> list[Due]:
    """Last week's checklist rules left unticked, in `language` ("en" or "fr") for untouched starter rules."""
    week = last_week(today)
    done = {row["rule_id"] for row in store.query("SELECT rule_id FROM rule_checks WHERE week = ? AND done",
                                                  [week.key])}
    rules = in_language(store.rules.rules_for_week(week), language)
    return [Due(DueKind.RULE, rule.id, first_line(rule.text), rule.text) for rule in rules if rule.id not in done]


def _listing_rows(store) -> list[dict]:
    return store.query("SELECT id, platform_key, custom_name, status, last_checked FROM presence_listings "
                       "ORDER BY position, id")


def _name(row: dict) -> str:
    key = row["platform_key"]
    return platform(key).name if is_platform_key(key) else row["custom_name"] or ""


def _stale(row: dict, today: date) -> bool:
    if row["status"] == ListingStatus.NOT_RELEVANT.value:
        return False
    return not row["last_checked"] or today - date.fromisoformat(row["last_checked"]) > STALE_AFTER


def stale_listings(store, today: date) -> list[Due]:
    """Listings never checked, or not for 90 days (those marked not relevant never are)."""
    return [Due(DueKind.LISTING, row["id"], _name(row)) for row in _listing_rows(store) if _stale(row, today)]


def listing_names(store) -> dict[str, str]:
    """The listings an occasion's tasks name, in the owner's order: key -> name, a custom listing keyed by its id.
    Google and Apple are named even when the file has no listing for them (their tasks come first), and left
    out, as any listing is, once marked not relevant (attack 35, F3). Plain reads: the presence module need not
    load for a week's to-do."""
    rows = _listing_rows(store)
    found = {key: platform(key).name for key in (GOOGLE_KEY, APPLE_KEY)}
    found.update({_key(row): _name(row) for row in rows})
    return {key: name for key, name in found.items() if key not in _not_relevant(rows)}


def _key(row: dict) -> str:
    return f"custom:{row['id']}" if row["platform_key"] == CUSTOM_KEY else row["platform_key"]


def _not_relevant(rows: list[dict]) -> set[str]:
    return {_key(row) for row in rows if row["status"] == ListingStatus.NOT_RELEVANT.value}


def _ticks(store, occasion: Occasion) -> dict[str, datetime]:
    rows = store.query("SELECT task, done_at FROM occasion_ticks WHERE occasion = ?", [occasion.key])
    return {row["task"]: datetime.fromisoformat(row["done_at"]) for row in rows}


def occasions_to_prepare(store, today: date) -> list[Occasion]:
    """This week's holidays and closures whose tasks (listings, a ready post) are not all ticked."""
    closures = [Closure(date.fromisoformat(row["first_day"]), date.fromisoformat(row["last_day"]), row["reason"],
                        row["id"]) for row in store.query("SELECT * FROM closures ORDER BY first_day, id")]
    hours = store.shop.get().hours
    found = to_prepare(IsoWeek.of(today), closures, store.shop.alsace_moselle(), today, hours)
    if not found:
        return []
    keys = list(listing_names(store))
    return [occasion for occasion in found
            if prepared_at(_ticks(store, occasion), tasks(occasion, keys, hours)) is None]
