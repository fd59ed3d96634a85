"""The starting checklist, read once from resources/rules/starter_rules.json."""

import json
from functools import lru_cache

from socialdesk.domain.rules.model import Rule
from socialdesk.domain.rules.starter import starter_rules
from socialdesk.paths import resource

STARTER_FILE = ("rules", "starter_rules.json")


@lru_cache(maxsize=1)
def starter_entries() -> tuple[dict, ...]:
    data = json.loads(resource(*STARTER_FILE).read_text(encoding="utf-8"))
    return tuple(data["rules"])


def read_starter_rules(language: str) -> list[Rule]:
    """The interview's rules in `language` ("en" or "fr"; anything else falls back to English)."""
    return starter_rules(starter_entries(), language)
