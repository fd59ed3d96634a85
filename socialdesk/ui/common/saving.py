"""One way to save an edit: if the data file refuses it, the widget shows the stored value again and the owner is told why."""

from contextlib import contextmanager

from PySide6.QtCore import QSignalBlocker

from socialdesk.storage.errors import StoreWriteError
from socialdesk.ui.common.messages import show_write_error


class Attempt:
    """What a `saving` block did: `failed` turns True when the data file refused a write."""

    failed = False


def quietly(widgets, put_back) -> None:
    """Call `put_back()` with the widgets' signals blocked, so showing a value again writes nothing."""
    blockers = [QSignalBlocker(widget) for widget in widgets]
    try:
        put_back()
    finally:
        for blocker in blockers:
            blocker.unblock()


@contextmanager
def saving(parent, restore=None, quiet=()):
    """Run the block's writes; a refused one calls `restore()` (signals of `quiet` blocked), then tells the owner.

    Typed text is not restored by callers: it stays pending and is tried again (TextBinder, draft keeper)."""
    attempt = Attempt()
    try:
        yield attempt
    except StoreWriteError as error:
        attempt.failed = True
        if restore is not None:
            quietly(quiet, restore)
        show_write_error(parent, error)
