"""Backups made within one second each get a name of their own that sorts after the ones before it: rotation keeps
exactly the newest, never deleting the one just made."""

import sqlite3
from datetime import datetime

from socialdesk.storage import open_store
from socialdesk.storage.backups import list_backups, make_backup

WHEN = datetime(2026, 12, 3, 14, 30, 5)


def _note(path, text):
    conn = sqlite3.connect(path)
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('note', ?)", (f'"{text}"',))
    conn.commit()
    conn.close()


def _note_in(backup):
    conn = sqlite3.connect(f"{backup.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT value FROM settings WHERE key = 'note'").fetchone()[0].strip('"')
    finally:
        conn.close()


def test_five_backups_in_one_second_keep_exactly_the_newest_three(tmp_path):
    path = tmp_path / "fleurs.sqlite3"
    store = open_store(path, now=WHEN)
    store.settings.set("backups_keep", 3)
    made = []
    try:
        for i in range(5):
            _note(path, f"état {i}")
            made.append(make_backup(store.conn, path, WHEN, "manual" if i % 2 else "daily"))
    finally:
        store.close()
    assert len(set(made)) == 5, made  # never a name used before in that second
    kept = list_backups(path)
    assert kept == made[:-4:-1], [p.name for p in kept]  # the newest three, newest first
    assert [_note_in(p) for p in kept] == ["état 4", "état 3", "état 2"]
