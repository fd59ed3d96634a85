"""Saving as the owner types: a short pause, leaving the field, or closing flushes the text."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

DEBOUNCE_MS = 300


class TextBinder(QObject):
    """Binds one line or text edit to a save function; `flush()` saves what is pending."""

    def __init__(self, edit: QLineEdit | QPlainTextEdit, save: Callable[[str], bool], parent=None):
        super().__init__(parent or edit)
        self.edit = edit
        self._save = save
        self._saved = self.value()
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        edit.textChanged.connect(self._on_edit_text_changed)
        if isinstance(edit, QLineEdit):
            edit.editingFinished.connect(self.flush)
        edit.installEventFilter(self)  # leaving a multi-line field saves it at once too

    def value(self) -> str:
        if isinstance(self.edit, QPlainTextEdit):
            return self.edit.toPlainText()
        return self.edit.text()

    def load(self, text: str) -> None:
        """Show stored text without saving it back."""
        self._timer.stop()
        self._loading = True
        try:
            if self.value() != text:
                if isinstance(self.edit, QPlainTextEdit):
                    self.edit.setPlainText(text)
                else:
                    self.edit.setText(text)
        finally:
            self._loading = False
        self._saved = text

    @property
    def pending(self) -> bool:
        return self.value() != self._saved

    def flush(self) -> None:
        self._timer.stop()
        text = self.value()
        if text != self._saved and not self.edit.isReadOnly() and self._save(text):
            self._saved = text  # a refused write stays pending and is tried again

    def eventFilter(self, watched, event):
        if event.type() == event.Type.FocusOut:
            self.flush()
        return False

    def _on_edit_text_changed(self, *_):
        if not self._loading:
            self._timer.start()
