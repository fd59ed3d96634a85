"""The records a conflict copy is compared on, area by area, each paired by what the owner knows it by."""

from dataclasses import dataclass

from socialdesk.domain.presence.platforms import is_platform_key, platform

# What the owner recognises a record by, per area: its table, the key that pairs the same record in both files
# (never a row id: two computers give their new records the same ids), the label shown in the list, and the
# columns not compared (row ids and links by row id: the key already holds what they point to).
_RULE_KEY = "COALESCE(NULLIF(starter_key, ''), text)"
_VERSION = "(SELECT started_on FROM strategy_version v WHERE v.id = version_id)"
# A repeating post's schedule is known by its series' first post: its uid pairs it, its text labels it.
_FIRST_POST = "(SELECT p.{} FROM posts p WHERE p.series_id = post_series.id ORDER BY p.day, p.uid LIMIT 1)"


@dataclass(frozen=True)
class Area:
    table: str
    key: tuple[str, ...]
    label: str
    skip: frozenset = frozenset({"id"})
    where: str = ""
    then_id: bool = False  # records with no key in the other file are then paired by row id (a rule's text edited)
    also: tuple[tuple[str, str], ...] = ()  # (field, SQL) compared besides the columns: what a skipped link means
    named: object = None  # the label as the owner reads it, from the label read in the file


def _area(table, key, label, skip=("id",), where="", then_id=False, also=(), named=None):
    return Area(table, tuple(key), label, frozenset(skip), where, then_id, tuple(also), named)


def listing_name(label: str) -> str:
    """A listing as the Listings page names it: the platform's name (a brand, the same in every language),
    or the owner's own name for a listing of their own."""
    return platform(label).name if is_platform_key(label) else label


# Settings that belong to one computer (its window, its folders, what it last showed) are never compared.
LOCAL_SETTINGS = ("window_geometry", "window_state", "last_tab", "backup_folder", "calendar_view", "welcome",
                  "due_week")

AREAS = {
    "posts": _area("posts", ["uid"], "text", ["id", "series_id"], also=[("series", "series_id IS NOT NULL")]),
    "series": _area("post_series", [_FIRST_POST.format("uid")], _FIRST_POST.format("text")),
    "rules": _area("rules", [_RULE_KEY], "text", then_id=True),
    "rule_checks": _area("rule_checks", ["(SELECT " + _RULE_KEY + " FROM rules r WHERE r.id = rule_id)", "week"],
                         "(SELECT text FROM rules r WHERE r.id = rule_id) || ' — ' || week", ["rule_id"]),
    "listings": _area("presence_listings", ["platform_key", "COALESCE(custom_name, '')"],
                      "COALESCE(NULLIF(custom_name, ''), platform_key)", named=listing_name),
    "links": _area("presence_links", ["key"], "key"),
    "shop": _area("shop", ["'shop'"], "COALESCE(name, '')"),
    "closures": _area("closures", ["first_day", "last_day"],
                      "first_day || ' → ' || last_day || ' ' || COALESCE(reason, '')"),
    "settings": _area("settings", ["key"], "key", (),
                      "key NOT IN (" + ", ".join(f"'{k}'" for k in LOCAL_SETTINGS) + ")"),
    "strategy": _area("strategy_version", ["started_on"], "started_on"),
    "strategy_answers": _area("strategy_text", [_VERSION, "key"], "key", ["version_id"]),
    "strategy_goals": _area("strategy_goal", [_VERSION, "text"], "text", ["id", "version_id"]),
    "strategy_drivers": _area("strategy_driver", [_VERSION, "name"], "name", ["id", "version_id"]),
    "strategy_channels": _area("strategy_channel", [_VERSION, "network"], "network", ["version_id"]),
    "strategy_pillars": _area("strategy_pillar", [_VERSION, "name"], "name", ["id", "version_id"]),
    "strategy_applied": _area("strategy_applied", ["applied_at"], "applied_at", ["id", "version_id"]),
    "drivers": _area("drivers", ["name_key"], "name"),
    "driver_contacts": _area("driver_contacts", ["(SELECT name_key FROM drivers d WHERE d.id = driver_id)", "day"],
                             "(SELECT name FROM drivers d WHERE d.id = driver_id) || ' — ' || day", ["driver_id"]),
    "network_texts": _area("network_extras", ["network"], "network"),
    "network_limits": _area("network_limits", ["network"], "network"),
    "review_tallies": _area("review_tallies", ["week"], "week"),
    "review_replies": _area("review_replies", ["copied_at", "platform_key", "case_key"], "platform_key"),
    "occasion_ticks": _area("occasion_ticks", ["occasion", "task"], "occasion || ' — ' || task"),
    "printed_codes": _area("printed_codes", ["printed_at", "payload"], "COALESCE(caption, payload)",
                           ["id", "listing_id"]),
}

# Tables of a data file that hold nothing the owner typed, each with why it is not compared. A table in neither
# AREAS nor here fails tests/storage/test_storage_conflict_compare_schema.py: a new table is never forgotten.
NOT_COMPARED = {
    "_sqlite_migrations": "which schema migrations ran: the app's bookkeeping, redone by any newer version",
    "sqlite_sequence": "SQLite's own counters of row ids, which are never compared",
}
