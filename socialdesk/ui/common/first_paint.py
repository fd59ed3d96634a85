"""Benchmark hook: with SOCIALDESK_BENCH_FIRST_PAINT set, print the first paint's time and quit.

`make bench` starts the real app with it to time start-up against a bare Qt window
(bench/bare_window.py does the same); the line is `first-paint <time.monotonic_ns()>`.
"""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication


class FirstPaintProbe(QObject):
    """Waits for the window's first paint, then reports once the event loop is free again."""

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self):
        print(f"first-paint {time.monotonic_ns()}", flush=True)
        QApplication.quit()


def watch(window) -> None:
    probe = FirstPaintProbe(window)
    window.installEventFilter(probe)
