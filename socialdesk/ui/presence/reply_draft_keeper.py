"""Keeps the reply dialog's draft in the data file, at most 100 ms + one write after a change, as posts are kept."""

import logging

from PySide6.QtCore import QObject, QTimer

from socialdesk.storage.draft_writer import writer_for
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.reply_drafts import encode, reply_key, save_reply_draft
from socialdesk.ui.calendar.draft_keeper import BOUND_MS

log = logging.getLogger(__name__)


class ReplyDraftKeeper(QObject):
    """Watches the dialog's state; `forget()` (the reply was copied) removes the kept draft."""

    def __init__(self, dialog, store):
        super().__init__(dialog)
        self._dialog, self._store = dialog, store
        self.writer = writer_for(store.path) if store.path is not None else None  # in memory: written here
        self._kept = dialog.draft_state()
        self._blank = self._kept["blanks"]  # nothing typed yet (the shop's phone is filled in): nothing to keep
        self._key: str | None = None  # where the draft was last written
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(BOUND_MS)
        self._timer.timeout.connect(self.flush)
        d = dialog
        for signal in (d.draft_edit.textChanged, d.listing_combo.currentIndexChanged,
                       d.rating_combo.currentIndexChanged, d.language_combo.currentIndexChanged, d.rating_only.toggled,
                       *(edit.textChanged for edit in d.slot_edits.values())):
            signal.connect(self._on_changed)

    def _on_changed(self, *_args) -> None:
        if not self._timer.isActive():  # never restarted: the bound holds while the owner keeps typing
            self._timer.start()

    def adopt(self, key: str, state: dict) -> None:
        """The dialog continues the draft stored under `key`."""
        self._key, self._kept = key, state

    def flush(self) -> None:
        self._timer.stop()
        state = self._dialog.draft_state()
        if state == self._kept:
            return
        key = reply_key(state["listing"]) if self._typed(state) else None  # a rating picked is no reply yet
        if self._key not in (None, key):
            self._write(self._key, None)  # the reply moved to another listing, or was emptied
            self._key = None
        if key is None:
            self._kept = state
        elif self._write(key, state):
            self._key, self._kept = key, state

    def _typed(self, state: dict) -> bool:
        return state["blanks"] != self._blank or state["text"] != state["shown"]

    def forget(self) -> None:
        """The reply was copied: nothing to offer again, until it is changed."""
        self._timer.stop()
        if self._key is not None:
            self._write(self._key, None)
        self._key, self._kept = None, self._dialog.draft_state()

    def settle(self) -> bool:
        """Wait until what was queued is on disk: for tests."""
        return self.writer is None or self.writer.settle()

    def _write(self, key: str, state: dict | None) -> bool:
        if self.writer is not None:
            self.writer.put_value(key, None if state is None else encode(state))
            return True
        try:
            save_reply_draft(self._store, key, state)
        except StoreWriteError as error:  # the next change tries again
            log.warning("draft of the reply not kept: %s", error)
            return False
        return True
