"""The drafts in a data file, read with plain sqlite3 rather than with our own code."""

import json
import sqlite3
from pathlib import Path

from socialdesk.storage.drafts import DRAFT_KEY


def drafts_in_file(path: Path) -> list[dict]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT value FROM settings WHERE key = ? OR substr(key, 1, ?) = ? ORDER BY rowid",
                            (DRAFT_KEY, len(DRAFT_KEY) + 1, DRAFT_KEY + ":")).fetchall()
    finally:
        conn.close()
    return [json.loads(raw) for raw, in rows]


def draft_in_file(path: Path) -> dict | None:
    """The one draft in the file, or None; more than one is a failure."""
    drafts = drafts_in_file(path)
    assert len(drafts) <= 1, drafts
    return drafts[0] if drafts else None
