"""Keeps the reply dialog's draft in the data file, at most 100 ms + one write after a change, as posts are kept."""

from socialdesk.storage.reply_drafts import encode, reply_key
from socialdesk.ui.common.draft_keeping import DraftKeeping


class ReplyDraftKeeper(DraftKeeping):
    """Watches the dialog's state; `forget()` (the reply was copied) removes the kept draft."""

    def __init__(self, dialog, store):
        super().__init__(dialog, store, "reply")
        self._kept = dialog.draft_state()
        self._blank = self._kept["blanks"]  # nothing typed yet (the shop's phone is filled in): nothing to keep
        self._key: str | None = None  # where the draft was last written
        d = dialog
        for signal in (d.draft_edit.textChanged, d.listing_combo.currentIndexChanged,
                       d.rating_combo.currentIndexChanged, d.language_combo.currentIndexChanged, d.rating_only.toggled,
                       *(edit.textChanged for edit in d.slot_edits.values())):
            signal.connect(self._on_changed)

    def _on_changed(self, *_args) -> None:
        self._start_bound()

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
        elif self._write(key, encode(state)):  # refused in memory: the next change tries again
            self._key, self._kept = key, state

    def _typed(self, state: dict) -> bool:
        return state["blanks"] != self._blank or state["text"] != state["shown"]

    def forget(self) -> None:
        """The reply was copied: nothing to offer again, until it is changed."""
        self._timer.stop()
        if self._key is not None:
            self._write(self._key, None)
        self._key, self._kept = None, self._dialog.draft_state()
