"""Bytes that are not UTF-8 inside a text cell (a bad sector passes quick_check) must not break reading."""

import sqlite3
from datetime import date

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store


def test_invalid_utf8_in_text_cells_reads_as_replacement_characters(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("language", "fr")
    store.calendar.add(Post(day=date(2026, 12, 1), text="Bûche", networks=("instagram",), status=PostStatus.PLANNED))
    store.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE settings SET value = CAST(X'2266FF7222' AS TEXT) WHERE key = 'language'")  # "f\xffr"
    raw.execute("UPDATE posts SET text = CAST(X'42C3BB63FE6865' AS TEXT)")  # "Bûc\xfehe"
    raw.commit()
    raw.close()
    store = open_store(path)
    try:
        assert store.settings.all()["language"] == ""  # read, but "f\ufffdr" is no language: the system's is followed
        assert [p.text for p in store.calendar.all_posts()] == ["Bûc\ufffdhe"]
        store.settings.set("language", "en")  # and the file still takes writes
        assert store.settings.get("language") == "en"
    finally:
        store.close()
