"""Keeps an open post dialog's draft in the data file: on disk at most 100 ms + one write after the last keystroke."""

from contextlib import contextmanager
from functools import partial

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QApplication

from socialdesk.storage.drafts import encode_post, new_draft_key
from socialdesk.ui.common.draft_keeping import DraftKeeping

LOOK_MS = 250  # how often the window reads whether the writer thread's last write was refused


class DraftKeeper(DraftKeeping):
    """Watches the dialog's fields; `discard()` (the owner accepted or cancelled) removes the draft."""

    _adopt_next: str | None = None  # the key of a draft being reopened: its dialog keeps it, not a copy
    refusal_changed = Signal(object)  # WriteProblem while drafts cannot be written, None once one lands again

    def __init__(self, dialog, store):
        super().__init__(dialog, store, "post")
        self._kept = dialog.post()  # an untouched dialog leaves no draft
        adopted, DraftKeeper._adopt_next = DraftKeeper._adopt_next, None
        self.key = adopted or new_draft_key()
        self._written = adopted is not None  # a reopened draft is in the file already: closing removes it
        self._urgent = False
        self.refused = None  # the WriteProblem last told to the dialog
        self._look = QTimer(self)  # the writer thread never calls Qt: its state is read here, on the UI thread
        self._look.setInterval(LOOK_MS)
        self._look.timeout.connect(self._on_look_timeout)
        self._look.start()
        self._watch(dialog)
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._watching = True

    def _watch(self, d) -> None:
        for edit in (d.text_edit, d.notes_edit, d.variant_edit, d.alt_edit):
            document = edit.document()
            document.contentsChange.connect(partial(self._on_document_contents_change, document))
            edit.textChanged.connect(self._on_typed)  # after the dialog's own slot: its variants are current
        d.pillar_box.currentTextChanged.connect(self._on_typed)
        d.google_title.textChanged.connect(self._on_typed)
        for signal in (d.day_edit.dateChanged, d.time_edit.timeChanged, d.on_day.toggled, d.at_time.toggled,
                       d.status_box.currentIndexChanged, d.about_box.currentIndexChanged, d.pillar_box.activated,
                       d.remove_image.clicked, d.image_loader.finished, d.google_kind.currentIndexChanged,
                       d.google_start.dateChanged, d.google_end.dateChanged, d.crop_kept,
                       *(box.toggled for box in d.network_boxes.values())):
            signal.connect(self._on_field_changed)

    def _on_document_contents_change(self, document, position: int, removed: int, added: int):
        """A word or line ended, or a paste, cut or input-method text came in: worth a write at once."""
        if added > 1 or removed > 1:
            self._urgent = True
        elif added == 1:
            typed = document.characterAt(position)
            self._urgent = self._urgent or not typed.isalnum()

    def _on_typed(self, *_):
        if not self._watching:
            return
        if self._urgent:
            self.flush()
        else:
            self._start_bound()

    def _on_field_changed(self, *_):
        if self._watching:
            self.flush()

    def _on_focus_changed(self, _old, _new):
        if self._watching and self._timer.isActive():
            self.flush()

    def flush(self) -> None:
        self._timer.stop()
        self._urgent = False
        post = self._dialog.post()
        if post == self._kept:
            return
        if self._write(self.key, encode_post(post)):  # refused in memory: the next change or focus move tries again
            self._kept, self._written = post, True

    def _on_look_timeout(self):
        refused = self.writer.refused if self.writer is not None else self._in_memory_refused
        if refused != self.refused:
            self.refused = refused
            self.refusal_changed.emit(refused)

    def discard(self) -> None:
        """The owner closed the dialog on purpose: the draft has served."""
        if not self._watching:
            return
        self._watching = False
        self._timer.stop()
        self._look.stop()
        QApplication.instance().focusChanged.disconnect(self._on_focus_changed)
        if self._written:
            self._write(self.key, None)


@contextmanager
def reopening(key: str):
    """The post dialog opened inside this block continues the draft stored under `key`."""
    DraftKeeper._adopt_next = key
    try:
        yield
    finally:
        DraftKeeper._adopt_next = None
