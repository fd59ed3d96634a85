"""One slow read (a logo, an image) off the GUI thread; a newer request supersedes the one running."""

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives in the GUI thread: a worker's emit reaches it as a queued call."""

    done = Signal(int, object, object)  # ticket, result, error


class _Job(QRunnable):
    def __init__(self, ticket: int, work, relay: _Relay):
        super().__init__()
        self.ticket, self.work, self.relay = ticket, work, relay

    def run(self) -> None:
        try:
            result, error = self.work(), None
        except Exception as failure:  # noqa: BLE001 - handed to the GUI thread, which decides
            result, error = None, failure
        try:
            self.relay.done.emit(self.ticket, result, error)
        except RuntimeError:  # the window closed meanwhile: nobody is waiting
            pass


class LatestOnly(QObject):
    """`start(work)` runs `work()` in Qt's thread pool; `finished(result, error)` only for the newest start."""

    finished = Signal(object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ticket = 0
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_relay_done)
        self.busy = False

    def start(self, work) -> None:
        self._ticket += 1
        self.busy = True
        QThreadPool.globalInstance().start(_Job(self._ticket, work, self._relay))

    def cancel(self) -> None:
        """Forget the running request: its answer, when it comes, is dropped."""
        self._ticket += 1
        self.busy = False

    def _on_relay_done(self, ticket: int, result, error) -> None:
        if ticket != self._ticket:
            return
        self.busy = False
        self.finished.emit(result, error)
