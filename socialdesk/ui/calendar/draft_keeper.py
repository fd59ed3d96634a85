"""Keeps a draft of the open post dialog in the data file: 1 s after typing stops, and at once on a focus change."""

import logging

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from socialdesk.storage.drafts import clear_draft, load_draft, save_draft
from socialdesk.storage.errors import StoreWriteError

log = logging.getLogger(__name__)
DEBOUNCE_MS = 1000


class DraftKeeper(QObject):
    """Watches the dialog's fields; `discard()` (the owner accepted or cancelled) removes the draft."""

    def __init__(self, dialog, store):
        super().__init__(dialog)
        self._dialog, self._store = dialog, store
        self._kept = dialog.post()  # an untouched dialog leaves no draft
        self._written = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        for signal in self._change_signals(dialog):
            signal.connect(self._on_field_changed)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._watching = True

    @staticmethod
    def _change_signals(d):
        yield from (d.text_edit.textChanged, d.notes_edit.textChanged, d.variant_edit.textChanged,
                    d.day_edit.dateChanged, d.time_edit.timeChanged, d.on_day.toggled, d.at_time.toggled,
                    d.status_box.currentIndexChanged, d.about_box.currentIndexChanged,
                    d.pillar_box.currentTextChanged)
        yield from (box.toggled for box in d.network_boxes.values())

    def _on_field_changed(self, *_):
        if self._watching:
            self._timer.start()

    def _on_focus_changed(self, _old, _new):
        if self._watching and self._timer.isActive():
            self.flush()

    def flush(self) -> None:
        self._timer.stop()
        post = self._dialog.post()
        if post == self._kept:
            return
        try:
            save_draft(self._store, post)
        except StoreWriteError as error:  # kept pending: the next change or focus move tries again
            log.warning("draft of the post not kept: %s", error)
            return
        self._kept, self._written = post, True

    def discard(self) -> None:
        """The owner closed the dialog on purpose: the draft has served."""
        if not self._watching:
            return
        self._watching = False
        self._timer.stop()
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
        try:
            if self._written or load_draft(self._store) is not None:
                clear_draft(self._store)
        except StoreWriteError as error:
            log.warning("draft of the post not cleared: %s", error)
