"""Shared by the backup tests: a shop holding one rule, and the rules a backup holds read by sqlite3 itself."""

import sqlite3
from datetime import datetime

from socialdesk.domain.rules.model import Rule
from socialdesk.storage import open_store

WHEN = datetime(2026, 12, 3, 9, 0)


def rules_in(backup) -> list[str]:
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)  # read by sqlite3 itself, not our storage
    try:
        return [row[0] for row in conn.execute("SELECT text FROM rules")]
    finally:
        conn.close()


def shop_with_rule(folder, rule: str, keep: int, name: str = "shop.sqlite3"):
    """A data file in `folder` holding `rule`, keeping `keep` backups."""
    folder.mkdir(parents=True, exist_ok=True)
    store = open_store(folder / name, now=WHEN)
    store.rules.add(Rule(text=rule), WHEN.date())
    store.settings.set("backups_keep", keep)
    return store
