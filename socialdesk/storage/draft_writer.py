"""Writes post drafts on a thread of its own, so a slow disk's fsync never stalls typing in the window."""

import atexit
import logging
import sqlite3
import threading
from pathlib import Path

from socialdesk.domain.posts import Post
from socialdesk.storage.drafts import encode_post, put_draft_row
from socialdesk.storage.errors import WriteProblem, classify_write_error, means_disk_full
from socialdesk.storage.store import configure_connection

log = logging.getLogger(__name__)
RETRY_S = 1.0  # a refused write (disk full, locked) is tried again this long after, or at the next draft
SETTLE_S = 3.0  # at exit, what is queued gets this long to reach the disk


class DraftWriter:
    """Keeps only the newest value per key; each write is one transaction (WAL, synchronous=FULL)."""

    def __init__(self, path: Path):
        self.path = path
        self.writes = 0  # transactions that reached the file
        # Why the last write was refused, None once one lands: read by the window (a plain attribute, set whole).
        self.refused: WriteProblem | None = None
        self._pending: dict[str, str | None] = {}  # None: remove the draft
        self._busy = False
        self._failing = False
        self._cond = threading.Condition()
        threading.Thread(target=self._run, name="draft-writer", daemon=True).start()
        atexit.register(self.settle, SETTLE_S)

    def put(self, key: str, post: Post | None) -> None:
        """Queue the draft under `key` (None removes it); returns at once."""
        self.put_value(key, None if post is None else encode_post(post))

    def put_value(self, key: str, value: str | None) -> None:
        """Queue a settings value already in JSON under `key` (None removes it): other dialogs' drafts."""
        with self._cond:
            self._pending[key] = value
            self._cond.notify_all()

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued is on disk (or failing); True if it is."""
        with self._cond:
            self._cond.wait_for(lambda: self._failing or not (self._pending or self._busy), timeout)
            return not (self._pending or self._busy)

    def _run(self) -> None:
        while True:
            with self._cond:
                if self._failing:
                    self._cond.wait(RETRY_S)  # a pause before trying again, cut short by a newer draft
                self._cond.wait_for(lambda: self._pending)
                batch, self._pending, self._busy = self._pending, {}, True
            problem = self._write(batch)
            with self._cond:
                if problem is not None:  # newer values queued meanwhile win over the refused ones
                    self._pending = {**batch, **self._pending}
                self._busy, self._failing, self.refused = False, problem is not None, problem
                self._cond.notify_all()

    def _write(self, batch: dict[str, str | None]) -> WriteProblem | None:
        """Every key of the batch in one transaction, on a connection opened for it (no handle left open);
        None when it landed, else why it was refused."""
        try:
            conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as error:
            return self._refusal(error)
        try:
            configure_connection(conn)
            conn.execute("BEGIN IMMEDIATE")
            for key, value in batch.items():
                put_draft_row(conn, key, value)
            conn.execute("COMMIT")
            self.writes += 1
            return None
        except (sqlite3.Error, OSError) as error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            return self._refusal(error)
        finally:
            conn.close()

    def _refusal(self, error: BaseException) -> WriteProblem:
        log.warning("drafts not kept: %s", error)
        if means_disk_full(error, self.path.parent, 64 << 10):  # "disk I/O error" on some full disks
            return WriteProblem.DISK_FULL
        return classify_write_error(error)


_writers: dict[Path, DraftWriter] = {}


def writer_for(path: Path) -> DraftWriter:
    """One writer per data file for the life of the process."""
    key = Path(path).resolve()
    if key not in _writers:
        _writers[key] = DraftWriter(key)
    return _writers[key]
