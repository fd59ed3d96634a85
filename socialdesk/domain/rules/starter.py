"""The starting checklist as rules, from the entries storage reads (English and French texts)."""

import re
from collections.abc import Iterable
from dataclasses import replace

from socialdesk.domain.rules.model import Frequency, Rule

LANGUAGES = ("en", "fr")


def _language(language: str) -> str:
    return language if language in LANGUAGES else "en"


def starter_rules(entries: Iterable[dict], language: str) -> list[Rule]:
    """The interview's rules in `language` ("en" or "fr"; anything else falls back to English).

    `entries`: the "rules" of resources/rules/starter_rules.json (socialdesk.storage.rules.starter_file)."""
    lang = _language(language)
    return [
        Rule(text=entry["text"][lang], why=entry["why"][lang], frequency=Frequency(entry["frequency"]),
             month_week=entry.get("month_week", 1), position=index, starter_key=entry["key"])
        for index, entry in enumerate(entries)
    ]


def _one_line(text: str) -> str:
    """As storage keeps a rule's words: one line, runs of spaces collapsed, no-break spaces kept."""
    return re.sub(r"[ \t\r\n]+", " ", text or "").strip()


def starter_key_of(text: str, why: str, entries: Iterable[dict]) -> str:
    """The key of the starter rule worded exactly so (text and why, in English or in French, or as an
    earlier version of the file worded it: its "earlier" list); "" when the owner's words are their own."""
    words = (_one_line(text), _one_line(why))
    for entry in entries:
        wordings = [(entry["text"][lang], entry["why"][lang]) for lang in LANGUAGES]
        wordings += [(old["text"], old["why"]) for old in entry.get("earlier", ())]
        if any(words == (_one_line(t), _one_line(w)) for t, w in wordings):
            return entry["key"]
    return ""


def source_of(starter_key: str, entries: Iterable[dict]) -> str:
    """Where a starter rule comes from: "interview" (the 2011 interview says it), "socialdesk" (our own
    advice), or "" for a rule that is not a starter rule."""
    entry = next((e for e in entries if e["key"] == starter_key), None) if starter_key else None
    return "" if entry is None else entry["source"]


def in_language(rule: Rule, entries: Iterable[dict], language: str) -> Rule:
    """The rule as the owner reads it: an untouched starter rule in `language`, any other as written
    (a starter rule the owner reworded keeps its key, for what follows it, but never loses their words)."""
    if not rule.starter_key:
        return rule
    entry = next((e for e in entries if e["key"] == rule.starter_key), None)
    if entry is None or starter_key_of(rule.text, rule.why, [entry]) != rule.starter_key:
        return rule
    lang = _language(language)
    return replace(rule, text=entry["text"][lang], why=entry["why"][lang])
