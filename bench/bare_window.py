"""The start-up baseline: a bare PySide6 QMainWindow with four empty tabs, quit at first paint.

Prints `first-paint <time.monotonic_ns()> <peak RSS in KiB>` when the event loop is free after
its first paint, as the app does with SOCIALDESK_BENCH_FIRST_PAINT.
"""

import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget


class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self):
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"first-paint {time.monotonic_ns()} {peak_kib}", flush=True)
        QApplication.quit()


TITLES = ("Strategy", "Calendar", "Checklist", "Local presence")


def run_to_first_paint(app: QApplication, window: QMainWindow) -> int:
    """Show `window` at the app's size and quit once it has painted (reported by FirstPaint)."""
    window.resize(1100, 720)
    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.show()
    return app.exec()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    if "--qt-namespace" in sys.argv:  # one attribute from Qt's namespace, as the app sets on its window: PySide6
        from PySide6.QtCore import Qt  # makes the namespace's enums (some 90) the first time it is touched

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    tabs = QTabWidget(window)
    for title in TITLES:
        tabs.addTab(QWidget(), title)
    window.setCentralWidget(tabs)
    return run_to_first_paint(app, window)


if __name__ == "__main__":
    sys.exit(main())
