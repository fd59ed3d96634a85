"""Undoable edits of listings: each redo/undo writes at once and publishes the change."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from socialdesk.domain.presence.listings import Listing


class EditListingCommand(QUndoCommand):
    def __init__(self, store, bus, before: Listing, after: Listing):
        super().__init__(QCoreApplication.translate("PresenceCommands", "Edit %1").replace("%1", after.name))
        self._store, self._bus, self._before, self._after = store, bus, before, after

    def redo(self):
        self._bus.publish(self._store.presence.save(self._after))

    def undo(self):
        self._bus.publish(self._store.presence.save(self._before))


class AddListingCommand(QUndoCommand):
    def __init__(self, store, bus, listing: Listing):
        super().__init__(QCoreApplication.translate("PresenceCommands", "Add %1").replace("%1", listing.name))
        self._store, self._bus, self._listing = store, bus, listing

    @property
    def listing_id(self) -> int | None:
        return self._listing.id

    def redo(self):
        if self._listing.id is None:
            change = self._store.presence.add(self._listing)
            self._listing = self._store.presence.listing(change.ids[0])
        else:
            change = self._store.presence.restore(self._listing)
        self._bus.publish(change)

    def undo(self):
        self._bus.publish(self._store.presence.delete(self._listing.id))


class DeleteListingCommand(QUndoCommand):
    def __init__(self, store, bus, listing: Listing):
        super().__init__(QCoreApplication.translate("PresenceCommands", "Remove %1").replace("%1", listing.name))
        self._store, self._bus, self._listing = store, bus, listing

    def redo(self):
        self._bus.publish(self._store.presence.delete(self._listing.id))

    def undo(self):
        self._bus.publish(self._store.presence.restore(self._listing))
