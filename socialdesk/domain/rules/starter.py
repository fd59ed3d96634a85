"""The starting checklist as rules, from the entries storage reads (English and French texts)."""

from collections.abc import Iterable

from socialdesk.domain.rules.model import Frequency, Rule


def starter_rules(entries: Iterable[dict], language: str) -> list[Rule]:
    """The interview's rules in `language` ("en" or "fr"; anything else falls back to English).

    `entries`: the "rules" of resources/rules/starter_rules.json (socialdesk.storage.rules.starter_file)."""
    lang = language if language in ("en", "fr") else "en"
    return [
        Rule(text=entry["text"][lang], why=entry["why"][lang], frequency=Frequency(entry["frequency"]),
             month_week=entry.get("month_week", 1), position=index, starter_key=entry["key"])
        for index, entry in enumerate(entries)
    ]
