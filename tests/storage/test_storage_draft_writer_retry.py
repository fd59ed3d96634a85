"""A draft write the disk refuses (the file locked by another program) is kept and reaches the disk
once the refusal clears; meanwhile settle() says it is not there."""

import json
import sqlite3
import time

from socialdesk.domain.posts import Post
from socialdesk.storage import open_store
from socialdesk.storage.draft_writer import RETRY_S, DraftWriter

KEY = "post_draft:retry"


def _on_disk(path) -> str | None:
    """What another program reading the file sees (WAL: reads pass a held write lock)."""
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (KEY,)).fetchone()
        return None if row is None else json.loads(row[0])["text"]
    finally:
        conn.close()


def test_a_refused_draft_reaches_the_disk_when_the_lock_is_released(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another program holds the write lock: every write is refused
    writer = DraftWriter(path)
    try:
        writer.put(KEY, Post(text="Croissants"))
        assert writer.settle(timeout=10) is False  # refused after the busy timeout, and said so
        assert _on_disk(path) is None and writer.writes == 0
        writer.put(KEY, Post(text="Croissants au beurre"))  # typed on while the disk refused
        assert writer.settle(timeout=0.5) is False
        blocker.execute("COMMIT")
    finally:
        blocker.close()
    deadline = time.monotonic() + RETRY_S + 5
    while not writer.settle(timeout=0.2) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert writer.settle(timeout=0.1) is True
    assert _on_disk(path) == "Croissants au beurre"  # the newest words, not the refused older ones
    assert writer.writes == 1


def test_a_refused_draft_is_tried_again_by_itself_after_retry_s(tmp_path):
    """No newer key arrives: the pause of RETRY_S alone brings the retry."""
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    writer = DraftWriter(path)
    writer.put(KEY, Post(text="Pain de campagne"))
    assert writer.settle(timeout=10) is False
    blocker.execute("COMMIT")
    blocker.close()
    deadline = time.monotonic() + RETRY_S + 5
    while _on_disk(path) is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _on_disk(path) == "Pain de campagne" and writer.settle(timeout=1) is True
