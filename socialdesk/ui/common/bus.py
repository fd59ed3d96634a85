"""The one shared signal that tells every tab what data changed."""

from PySide6.QtCore import QObject, Signal

from socialdesk.domain.changes import Change


class DataBus(QObject):
    """Tabs publish the Change a write returned; others reload only if it concerns them."""

    changed = Signal(object)

    def publish(self, change: Change) -> None:
        self.changed.emit(change)
