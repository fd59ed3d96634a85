"""A tab page that imports and builds its real content the first time it is shown.

A tab class is built as `Cls(store, bus, clock)`. It may offer `undo_stack` (a QUndoStack the Edit
menu drives); nothing else is required of it.
"""

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QWidget

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
        self._hints: tuple = ()  # the content's size hints the window was last laid out with

    def ensure_built(self) -> QWidget:
        if self.content is None:
            cls = load(self.spec.factory)
            self.content = cls(self._store, self._bus, self._clock)
            self.content.setParent(self)
            self.content.setGeometry(self.rect())
            self.content.show()
            self._hints = self._content_hints()
            self.updateGeometry()
            self.setFocusProxy(self.content)
            self.built.emit(self.content)
        return self.content

    def showEvent(self, event):
        self.ensure_built()
        super().showEvent(event)

    # No layout of its own: a change inside the content (a week switch's labels and lists) is laid out by
    # the content and goes no further up while the content fits. With a layout, every change climbed to
    # the window (Qt lays out each parent again), and the tab widget repainted the whole window for it,
    # twice per week switch. The room asked is the most the content has needed, so the window's minimum
    # size does not jump with the length of a week's day names and tips.
    def _content_hints(self) -> tuple:
        content, room = self.content, self._hints[0] if self._hints else QSize(0, 0)
        return (room.expandedTo(content.minimumSizeHint()), content.minimumSize(), content.maximumSize(),
                content.sizePolicy())

    def _fits(self) -> bool:
        room = self.minimumSizeHint()
        return self.width() >= room.width() and self.height() >= room.height()

    def sizeHint(self) -> QSize:
        return self.content.sizeHint() if self.content is not None else QSize(0, 0)

    def minimumSizeHint(self) -> QSize:
        return self._hints[0] if self._hints else QSize(0, 0)

    def resizeEvent(self, event):
        if self.content is not None:
            self.content.setGeometry(self.rect())
            if not self._fits():  # a window made smaller than the content needs: its minimum, now
                self.updateGeometry()
        super().resizeEvent(event)

    def event(self, event):
        if event.type() == QEvent.Type.LayoutRequest and self.content is not None:
            before, hints = self._hints, self._content_hints()
            self._hints = hints
            # The window lays out again only for news: limits that changed, or more room than before that it
            # does not have. A window kept smaller than the page's minimum (the month on a 720-pixel-high window)
            # was otherwise laid out, and repainted whole, on every change inside the page.
            if hints[1:] != before[1:] or (hints[0] != before[0] and not self._fits()):
                self.updateGeometry()
            return True
        return super().event(event)
