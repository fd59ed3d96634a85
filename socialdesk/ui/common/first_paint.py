"""Work that waits until the main window has painted once, and the benchmark's first-paint probe.

`after_first_paint(window, callback)` keeps non-urgent start-up work (the second-launch
listener) out of the time before the owner sees the window. With SOCIALDESK_BENCH_FIRST_PAINT
set, the app also prints `first-paint <time.monotonic_ns()> <peak RSS in KiB>` and quits
(`make bench` compares it with a bare Qt window, bench/bare_window.py).
"""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

LATEST_MS = 1000  # a window that never paints (started minimised) still gets the work done
_opening: list["_AfterFirstPaint"] = []  # windows shown (or about to be) that have not painted yet


class _AfterFirstPaint(QObject):
    """Runs its callback once: when the event loop is free after the first paint, or at the latest."""

    def __init__(self, window, callback):
        super().__init__(window)
        self._window = window
        self._callback = callback
        window.installEventFilter(self)
        _opening.append(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self):
        callback, self._callback = self._callback, None
        if callback is not None:
            if self in _opening:
                _opening.remove(self)
            self._window.removeEventFilter(self)
            callback()


def after_first_paint(window, callback) -> None:
    _AfterFirstPaint(window, callback)


def later_if_opening(receiver: QObject, callback) -> bool:
    """While a window is opening, runs callback (bound to receiver) just after the work of its first
    paint, and says True; else does nothing and says False. For hidden pages built before that paint."""
    _opening[:] = [waiting for waiting in _opening if isValid(waiting) and waiting._callback is not None]
    if not _opening:
        return False
    after_first_paint(_opening[0]._window, lambda: QTimer.singleShot(0, receiver, callback))
    return True


class FilledAfterFirstPaint:
    """For a page hidden behind another while the window opens: its reload() waits until just after the first
    paint, or runs when the page is first shown, whichever comes first. reload() sets `_filled`."""

    _filled = False

    def fill_after_first_paint(self) -> None:
        self._filled = False
        if not later_if_opening(self, self._fill_once):
            self.reload()

    def _fill_once(self):
        if not self._filled:
            self.reload()

    def showEvent(self, event):
        self._fill_once()
        super().showEvent(event)


def _report_and_quit():
    import resource  # POSIX only, and only for `make bench`: importing it at the top stopped the window on Windows

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-paint {time.monotonic_ns()} {peak_kib}", flush=True)
    QApplication.quit()


def watch(window) -> None:
    """The benchmark probe: report the first paint's time, then quit."""
    after_first_paint(window, _report_and_quit)
