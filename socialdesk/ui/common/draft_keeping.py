"""What a dialog's draft keeper shares (the post dialog's, the reply dialog's): the bound's timer, the writer
thread or an in-memory write, and settle(). Each keeper wires its own signals and builds its own state."""

import logging

from PySide6.QtCore import QObject, QTimer

from socialdesk.storage.draft_writer import writer_for
from socialdesk.storage.drafts import write_draft
from socialdesk.storage.errors import StoreWriteError

log = logging.getLogger(__name__)
# The first unsaved keystroke starts the window and later ones ride along (it is never restarted), so a fast
# typist who never pauses is still on disk within BOUND_MS. A write is one small transaction (WAL,
# synchronous=FULL): 0.2 ms on an idle disk but 2 ms typical and up to 18 ms when the disk is busy (measured),
# more than a 16 ms frame, so a data file's drafts are written by a thread of their own (storage.draft_writer).
BOUND_MS = 100


class DraftKeeping(QObject):
    """A keeper's `flush()` writes its dialog's state through `_write`; `what` names the draft in the log."""

    def __init__(self, dialog, store, what: str):
        super().__init__(dialog)
        self._dialog, self._store, self._what = dialog, store, what
        self.writer = writer_for(store.path) if store.path is not None else None  # in memory: written here
        self._in_memory_refused = None  # the WriteProblem of the last in-memory write, None once one lands
        self._timer = QTimer(self)
        self._timer.setObjectName("draftBound")
        self._timer.setSingleShot(True)
        self._timer.setInterval(BOUND_MS)
        self._timer.timeout.connect(self.flush)

    def flush(self) -> None:
        raise NotImplementedError

    def _start_bound(self) -> None:
        if not self._timer.isActive():  # never restarted: the bound holds while the owner keeps typing
            self._timer.start()

    def _write(self, key: str, value: str | None) -> bool:
        """Queue the JSON `value` under `key` (None removes it); False when an in-memory write was refused."""
        if self.writer is not None:
            self.writer.put_value(key, value)  # returns at once; it retries by itself if the disk refuses
            return True
        try:
            write_draft(self._store, key, value)
        except StoreWriteError as error:  # kept pending: the next change tries again
            log.warning("draft of the %s not kept: %s", self._what, error)
            self._in_memory_refused = error.problem
            return False
        self._in_memory_refused = None
        return True

    def settle(self) -> bool:
        """Wait until what was queued is on disk: for tests and measurements."""
        return self.writer is None or self.writer.settle()
