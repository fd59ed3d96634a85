"""The checklist's rule "our codes are still ours": which rule it is, told without the printed codes' inventory."""

import json
from functools import lru_cache

RULE_FILE = ("print", "printed_codes_rule.json")


@lru_cache(maxsize=1)
def codes_rule_entry() -> dict:
    """The checklist rule "our codes are still ours", in English and French."""
    from socialdesk.paths import resource

    return json.loads(resource(*RULE_FILE).read_text(encoding="utf-8"))


def is_codes_rule(rule) -> bool:
    """The rule by its key, or by its words (an edit of another field may drop the key of a non-starter rule)."""
    entry = codes_rule_entry()
    return rule.starter_key == entry["key"] or rule.text in entry["text"].values()
