"""The one shared signal that tells every tab what data changed, and who changed it."""

from functools import wraps

from PySide6.QtCore import QObject, Signal

from socialdesk.domain.changes import Change


class DataBus(QObject):
    """Tabs publish the Change a write returned; others reload only if it concerns them."""

    changed = Signal(object, object)  # the Change, and the object that made it (its initiator)

    def publish(self, change: Change, initiator: object) -> None:
        self.changed.emit(change, initiator)


def is_own(initiator: object, subscriber: object) -> bool:
    """The one rule: a subscriber already shows the change it made, so it does not reload for it."""
    return initiator is not None and initiator is subscriber


def from_others(handler):
    """Decorates a subscriber's `_on_bus_changed(self, change)`: its own changes never reach it."""

    @wraps(handler)
    def deliver(self, change: Change, initiator: object = None) -> None:
        if not is_own(initiator, self):
            handler(self, change)

    return deliver
