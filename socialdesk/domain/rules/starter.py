"""The starting checklist, read from resources/rules/starter_rules.json (English and French)."""

import json
from functools import lru_cache

from socialdesk.domain.rules.model import Frequency, Rule
from socialdesk.paths import resource

STARTER_FILE = ("rules", "starter_rules.json")


@lru_cache(maxsize=1)
def _entries() -> tuple[dict, ...]:
    data = json.loads(resource(*STARTER_FILE).read_text(encoding="utf-8"))
    return tuple(data["rules"])


def starter_rules(language: str) -> list[Rule]:
    """The interview's rules in `language` ("en" or "fr"; anything else falls back to English)."""
    lang = language if language in ("en", "fr") else "en"
    return [
        Rule(text=entry["text"][lang], why=entry["why"][lang], frequency=Frequency(entry["frequency"]),
             month_week=entry.get("month_week", 1), position=index, starter_key=entry["key"])
        for index, entry in enumerate(_entries())
    ]
