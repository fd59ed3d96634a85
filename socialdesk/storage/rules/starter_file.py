"""The starting checklist, read once from resources/rules/starter_rules.json."""

import json
from functools import lru_cache

from socialdesk.domain.rules import starter
from socialdesk.domain.rules.model import Rule
from socialdesk.paths import resource

STARTER_FILE = ("rules", "starter_rules.json")


@lru_cache(maxsize=1)
def starter_entries() -> tuple[dict, ...]:
    data = json.loads(resource(*STARTER_FILE).read_text(encoding="utf-8"))
    return tuple(data["rules"])


def read_starter_rules(language: str) -> list[Rule]:
    """The interview's rules in `language` ("en" or "fr"; anything else falls back to English)."""
    return starter.starter_rules(starter_entries(), language)


def starter_key_of(text: str, why: str) -> str:
    """The starter rule worded exactly so in English or French, or "" (the owner's own words)."""
    return starter.starter_key_of(text, why, starter_entries())


def in_language(rules: list[Rule], language: str) -> list[Rule]:
    """The rules as shown and printed: untouched starter rules in `language` (the rule the first printed code adds
    too), the others as written."""
    from socialdesk.storage.presence.codes_rule import codes_rule_entry

    entries = (*starter_entries(), codes_rule_entry())
    return [starter.in_language(rule, entries, language) for rule in rules]


def starter_source(starter_key: str) -> str:
    """"interview", "socialdesk" (SocialDesk's own advice), or "" (not a starter rule)."""
    return starter.source_of(starter_key, starter_entries())
