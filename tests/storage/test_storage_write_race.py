"""A window write that reads first, while the draft writer commits on its own connection."""

import threading
import time

from socialdesk.domain.posts import Post
from socialdesk.storage import open_store
from socialdesk.storage.draft_writer import writer_for


def test_a_write_that_reads_first_waits_for_the_draft_writer_instead_of_failing(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    try:
        drafts = writer_for(path)
        with store.write() as db:
            assert db.execute("SELECT count(*) FROM settings").fetchone() is not None  # a read first
            # the draft writer commits now, on its own connection, while this transaction is open
            threading.Thread(target=drafts.put, args=("post_draft", Post(text="Croissants"))).start()
            time.sleep(0.3)
            db.execute("INSERT INTO settings (key, value) VALUES ('race', 'won')")
        assert drafts.settle()
        values = {row["key"]: row["value"] for row in store.query("SELECT key, value FROM settings")}
        assert values["race"] == "won"
        assert "Croissants" in values["post_draft"]
    finally:
        store.close()
