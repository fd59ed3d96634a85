"""Undoable edits of listings: each writes at once and publishes the change.

A command's first write happens in `apply()`, before it goes on the undo stack, so a failed
write (disk full, read-only file) reaches the caller as a StoreWriteError and leaves nothing on
the stack; later undo/redo from the Edit menu write again.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from socialdesk.domain.presence.listings import Listing
from socialdesk.ui.common.words import fill


class _ListingCommand(QUndoCommand):
    def __init__(self, text: str, store, bus, initiator):
        super().__init__(text)
        self._store, self._bus = store, bus
        self._initiator = initiator  # the page the owner edited in; it shows its own write itself
        self._applied = False

    def apply(self) -> None:
        """Write now (may raise StoreWriteError); the stack's first redo then does nothing."""
        self._write_forward()
        self._applied = True
        self._initiator = self  # later undo and redo come from the Edit menu: every page reloads

    def _publish(self, change) -> None:
        self._bus.publish(change, self._initiator)

    def redo(self):
        if self._applied:
            self._applied = False
            return
        self._write_forward()

    def undo(self):
        self._write_back()

    def _write_forward(self):
        raise NotImplementedError

    def _write_back(self):
        raise NotImplementedError


class EditListingCommand(_ListingCommand):
    def __init__(self, store, bus, before: Listing, after: Listing, initiator):
        super().__init__(fill(QCoreApplication.translate("PresenceCommands", "Edit %1"), after.name),
                         store, bus, initiator)
        self._before, self._after = before, after

    def _write_forward(self):
        self._publish(self._store.presence.save(self._after))

    def _write_back(self):
        self._publish(self._store.presence.save(self._before))


class AddListingCommand(_ListingCommand):
    def __init__(self, store, bus, listing: Listing, initiator):
        super().__init__(fill(QCoreApplication.translate("PresenceCommands", "Add %1"), listing.name),
                         store, bus, initiator)
        self._listing = listing

    @property
    def listing_id(self) -> int | None:
        return self._listing.id

    def _write_forward(self):
        if self._listing.id is None:
            change = self._store.presence.add(self._listing)
            self._listing = self._store.presence.listing(change.ids[0])
        else:
            change = self._store.presence.restore(self._listing)
        self._publish(change)

    def _write_back(self):
        self._publish(self._store.presence.delete(self._listing.id))


class DeleteListingCommand(_ListingCommand):
    def __init__(self, store, bus, listing: Listing, initiator):
        super().__init__(fill(QCoreApplication.translate("PresenceCommands", "Remove %1"), listing.name),
                         store, bus, initiator)
        self._listing = listing

    def _write_forward(self):
        self._publish(self._store.presence.delete(self._listing.id))

    def _write_back(self):
        self._publish(self._store.presence.restore(self._listing))


def push_listing_command(parent, undo_stack, command: _ListingCommand) -> bool:
    """Write, then put the command on the stack; a failed write is told to the owner, not stacked."""
    from socialdesk.ui.common.saving import saving

    with saving(parent) as attempt:
        command.apply()
    if attempt.failed:
        return False
    undo_stack.push(command)
    return True
