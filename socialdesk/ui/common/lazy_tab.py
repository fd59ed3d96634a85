"""A tab page that imports and builds its real content the first time it is shown.

A tab class is built as `Cls(store, bus, clock)`. It may offer `undo_stack` (a QUndoStack the Edit
menu drives); nothing else is required of it.
"""

from importlib import import_module

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    built = Signal(QWidget)

    def __init__(self, object_name: str, module_name: str, class_name: str, store, bus, clock, parent=None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._module_name = module_name
        self._class_name = class_name
        self._store = store
        self._bus = bus
        self._clock = clock
        self.content: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure_built(self) -> QWidget:
        if self.content is None:
            cls = getattr(import_module(self._module_name), self._class_name)
            self.content = cls(self._store, self._bus, self._clock)
            self.layout().addWidget(self.content)
            self.setFocusProxy(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event):
        self.ensure_built()
        super().showEvent(event)
