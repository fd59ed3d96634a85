"""A tab page that imports and builds its real content the first time it is shown.

A tab class is built as `Cls(store, bus, clock)`. It may offer `undo_stack` (a QUndoStack the Edit
menu drives); nothing else is required of it.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from socialdesk.tabs import TabSpec, load


class LazyTab(QWidget):
    built = Signal(QWidget)

    def __init__(self, spec: TabSpec, store, bus, clock, parent=None):
        super().__init__(parent)
        self.setObjectName(spec.object_name)
        self.spec = spec
        self._store = store
        self._bus = bus
        self._clock = clock
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            cls = load(self.spec.factory)
            self.content = cls(self._store, self._bus, self._clock)
            self.layout().addWidget(self.content)
            self.setFocusProxy(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event):
        self.ensure_built()
        super().showEvent(event)
