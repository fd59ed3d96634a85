"""A new day while the window stays open: a shop's computer is often left on from Sunday to Monday (attack 38, M1)."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

# The longest wait between two looks at the clock: a computer asleep past midnight, or a clock set by hand, is seen
# within this much of waking (and at once when the window comes back to the front).
LONGEST_WAIT_MS = 15 * 60 * 1000


class NewDay(QObject):
    """Emits `arrived(old date, new date)` when the window's clock has passed midnight: at midnight itself, and when
    the application comes back to the front after a sleep."""

    arrived = Signal(object, object)

    def __init__(self, clock, parent=None):
        super().__init__(parent)
        self.clock = clock
        self.today = clock().date()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        QGuiApplication.instance().applicationStateChanged.connect(self._on_application_state_changed)
        self._wait()

    def check(self) -> None:
        today = self.clock().date()
        if today != self.today:
            old, self.today = self.today, today
            self.arrived.emit(old, today)
        self._wait()

    def _wait(self) -> None:
        now = self.clock()
        midnight = datetime.combine(now.date() + timedelta(days=1), time())
        self.timer.start(max(1000, min(LONGEST_WAIT_MS, int((midnight - now).total_seconds() * 1000) + 1000)))

    def _on_application_state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
