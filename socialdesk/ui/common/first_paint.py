"""Work that waits until the main window has painted once, and the benchmark's first-paint probe.

`after_first_paint(window, callback)` keeps non-urgent start-up work (the second-launch
listener) out of the time before the owner sees the window. With SOCIALDESK_BENCH_FIRST_PAINT
set, the app also prints `first-paint <time.monotonic_ns()> <peak RSS in KiB>` and quits
(`make bench` compares it with a bare Qt window, bench/bare_window.py).
"""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

LATEST_MS = 1000  # a window that never paints (started minimised) still gets the work done


class _AfterFirstPaint(QObject):
    """Runs its callback once: when the event loop is free after the first paint, or at the latest."""

    def __init__(self, window, callback):
        super().__init__(window)
        self._window = window
        self._callback = callback
        window.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self):
        callback, self._callback = self._callback, None
        if callback is not None:
            self._window.removeEventFilter(self)
            callback()


def after_first_paint(window, callback) -> None:
    _AfterFirstPaint(window, callback)


def _report_and_quit():
    import resource  # POSIX only, and only for `make bench`: importing it at the top stopped the window on Windows

    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"first-paint {time.monotonic_ns()} {peak_kib}", flush=True)
    QApplication.quit()


def watch(window) -> None:
    """The benchmark probe: report the first paint's time, then quit."""
    after_first_paint(window, _report_and_quit)
