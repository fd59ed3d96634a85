"""The focus ring is loaded once the window has painted (not before: issue 15's start-up), and from then on it
shows on the list the keyboard was already in, and on every list the keyboard goes to."""

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import build_demo_file

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))


def _ring_shown(widget) -> bool:
    from socialdesk.ui.common.focus_ring import ring_of

    ring = ring_of(widget)
    return ring is not None and ring.isVisible()


def test_a_list_focused_before_the_first_paint_shows_its_ring_after_it(qtbot, tmp_path):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    left = QApplication.instance().findChild(QObject, "focusRings")  # installed by a window of an earlier test
    if left is not None:
        left.setParent(None)
        left.deleteLater()
        QApplication.processEvents()
    store = build_demo_file(tmp_path / "demo.sqlite3", CLOCK().date(), "en")
    try:
        window = MainWindow(store, DataBus(), CLOCK)
        qtbot.addWidget(window)
        window.show_tab(1)  # the calendar: one list per day
        window.tabs.currentWidget().ensure_built()
        window.show()  # painted once the event loop runs: the focus below goes in before that
        views = [v for v in window.findChildren(QAbstractItemView) if v.isVisible()]
        first = views[0]
        window.activateWindow()
        first.setFocus()
        assert QApplication.instance().findChild(QObject, "focusRings") is None  # not loaded yet
        qtbot.waitUntil(lambda: QApplication.instance().findChild(QObject, "focusRings") is not None, timeout=3000)
        qtbot.waitUntil(lambda: first.hasFocus() and _ring_shown(first), timeout=3000)
        other = next(v for v in views[1:] if v.isVisible()) if len(views) > 1 else None
        if other is not None:
            other.setFocus()
            qtbot.waitUntil(lambda: _ring_shown(other) and not _ring_shown(first), timeout=3000)
        window.close()
    finally:
        store.close()
