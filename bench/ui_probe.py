"""One benchmark inside the real window, in its own process; prints one JSON line of figures.

    python bench/ui_probe.py week|month|tick|qr|print|week_qt|month_qt DATAFILE

A feature that is not in the tree yet prints {"na": "not built"}; a run that cannot measure
honestly prints {"error": "..."} rather than a figure.
"""

import json
import sqlite3
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from paints import PaintCounter  # noqa: E402
from timing import median, p95  # noqa: E402

WEEK_SWITCHES = 60
MONTH_SWITCHES = 30
TICKS = 30
QR_CHANGES = 30
PRINT_RUNS = 10


class NotBuilt(Exception):
    """The feature this probe drives is not in the tree yet."""


def settle(app: QApplication) -> None:
    """Let Qt lay out and repaint what the last action changed (twice: layouts post repaints)."""
    app.processEvents()
    app.processEvents()


def open_window(app: QApplication, path: Path, tab_index: int):
    from socialdesk.storage import open_store
    from socialdesk.domain.clock import system_clock
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    store = open_store(path)
    window = MainWindow(store, DataBus(app), system_clock)
    window.resize(1100, 720)
    window.show()
    window.show_tab(tab_index)
    settle(app)
    content = window.tabs.currentWidget().content
    return store, window, content


def ms_since(start: int) -> float:
    return (time.perf_counter_ns() - start) / 1e6


# ----- week switch in the calendar ---------------------------------------------------------
def probe_week(app: QApplication, path: Path) -> dict:
    store, window, tab = open_window(app, path, 1)
    button = getattr(tab, "prev_button", None)
    week_view = getattr(tab, "week", None)
    if button is None or week_view is None:
        raise NotBuilt("calendar tab without a previous-week button")
    painted = PaintCounter(week_view)
    for _ in range(5):  # warm caches and imports (dialogs, delegates) before timing
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(app)
    samples, titles = [], set()
    for _ in range(WEEK_SWITCHES):
        before = painted.count
        start = time.perf_counter_ns()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(app)
        samples.append(ms_since(start))
        if painted.count == before:
            return {"error": "a week switch did not repaint the week"}
        titles.add(tab.title.text())
    posts = sum(len(store.calendar.posts_in_week(tab.start + timedelta(weeks=k))) for k in range(WEEK_SWITCHES))
    store.close()
    return {"median_ms": median(samples), "p95_ms": p95(samples), "runs": len(samples),
            "distinct_weeks": len(titles), "posts_in_weeks": posts}


# ----- month switch in the calendar --------------------------------------------------------
def probe_month(app: QApplication, path: Path) -> dict:
    """Clicks on « Previous » in the month view, and Week → Month on the switch, each until Qt has repainted."""
    store, window, tab = open_window(app, path, 1)
    months = getattr(tab, "months", None)
    if months is None:
        raise NotBuilt("calendar tab without a month view")
    toggles = []
    for _ in range(6):  # the first switch builds the grid: timed apart, as the owner's first click
        start = time.perf_counter_ns()
        QTest.mouseClick(months.month_button, Qt.MouseButton.LeftButton)
        settle(app)
        toggles.append(ms_since(start))
        QTest.mouseClick(months.week_button, Qt.MouseButton.LeftButton)
        settle(app)
    QTest.mouseClick(months.month_button, Qt.MouseButton.LeftButton)
    settle(app)
    painted = PaintCounter(months.view)
    for _ in range(3):
        QTest.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
        settle(app)
    samples, titles, posts = [], set(), 0
    for _ in range(MONTH_SWITCHES):
        before = painted.count
        start = time.perf_counter_ns()
        QTest.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)
        settle(app)
        samples.append(ms_since(start))
        if painted.count == before:
            return {"error": "a month switch did not repaint the month"}
        titles.add(tab.title.text())
        posts += sum(len(getattr(cell.posts, "day_posts", None) or []) or cell.posts.count()  # counted, not made
                     for cell in months.view.cells if cell.isVisible())
    months.set_mode("week")  # the data file keeps the week, as the owner left it
    store.close()
    return {"median_ms": median(samples), "p95_ms": p95(samples), "runs": len(samples),
            "distinct_months": len(titles), "posts_in_months": posts, "first_toggle_ms": toggles[0],
            "toggle_ms": median(toggles[1:])}


# ----- tick in the checklist -----------------------------------------------------------------
def probe_tick(app: QApplication, path: Path) -> dict:
    store, window, tab = open_window(app, path, 2)
    page = getattr(tab, "week_page", None)
    boxes = [box for box in getattr(page, "rule_boxes", {}).items() if box[1].isEnabled()]
    if not boxes:
        raise NotBuilt("checklist tab without rule tick boxes")
    rule_id, box = boxes[0]
    reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    where = (rule_id, page.week.key)
    spot = QPoint(box.style().pixelMetric(box.style().PixelMetric.PM_IndicatorWidth) // 2 + 2, box.height() // 2)
    commit, painted = [], []
    for _ in range(TICKS + 3):
        wanted = not box.isChecked()
        start = time.perf_counter_ns()
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, spot)
        committed = ms_since(start)
        settle(app)
        shown = ms_since(start)
        row = reader.execute("SELECT done FROM rule_checks WHERE rule_id = ? AND week = ?", where).fetchone()
        if box.isChecked() != wanted or row is None or bool(row[0]) != wanted:
            return {"error": "a click did not reach the file (seen from another connection)"}
        commit.append(committed)
        painted.append(shown)
    storage = _storage_ticks(store, rule_id, page.week)
    floor = _fsync_floor(path.parent / "fsync-floor.sqlite3")
    store.close()
    return {"median_ms": median(commit[3:]), "painted_ms": median(painted[3:]), "runs": len(commit) - 3,
            "first_ms": commit[0], "storage_ms": storage, "floor_ms": floor}


def _storage_ticks(store, rule_id: int, week) -> float:
    """The repository call alone (no widgets): how much of a tick is SQLite."""
    from datetime import datetime

    samples = []
    for number in range(TICKS):
        start = time.perf_counter_ns()
        store.rules.set_done(rule_id, week, number % 2 == 0, datetime.now())
        samples.append(ms_since(start))
    return median(samples)


def _fsync_floor(path: Path) -> float:
    """One-row upserts committed with WAL and synchronous=FULL, as the store does: the disk's floor."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (k INTEGER PRIMARY KEY, v INTEGER)")
    samples = []
    for number in range(TICKS):
        start = time.perf_counter_ns()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t VALUES (1, ?) ON CONFLICT (k) DO UPDATE SET v = excluded.v", (number,))
        conn.execute("COMMIT")
        samples.append(ms_since(start))
    conn.close()
    return median(samples)


# ----- QR designer ---------------------------------------------------------------------------
def probe_qr(app: QApplication, path: Path) -> dict:
    store, window, tab = open_window(app, path, 3)
    page = getattr(tab, "qr_page", None)
    if page is None:
        raise NotBuilt("no QR designer page in the presence tab")
    from qr_probe import measure_designer

    result = measure_designer(app, tab, page, QR_CHANGES, settle)
    store.close()
    return result


# ----- printing cards to PDF -----------------------------------------------------------------
def probe_print(app: QApplication, path: Path) -> dict:
    from print_probe import measure_print

    return measure_print(path.parent, PRINT_RUNS)


# ----- the same switches in Qt's own lists: a bound ------------------------------------------
def probe_week_qt(app: QApplication, path: Path) -> dict:
    from switch_widgets import measure_week

    return measure_week(app, path)


def probe_month_qt(app: QApplication, path: Path) -> dict:
    from switch_widgets import measure_month

    return measure_month(app, path)


PROBES = {"week": probe_week, "month": probe_month, "tick": probe_tick, "qr": probe_qr, "print": probe_print,
          "week_qt": probe_week_qt, "month_qt": probe_month_qt}


def main() -> int:
    kind, path = sys.argv[1], Path(sys.argv[2])
    app = QApplication([sys.argv[0]])
    try:
        result = PROBES[kind](app, path)
    except NotBuilt as missing:
        result = {"na": f"not built ({missing})"}
    except ModuleNotFoundError as missing:
        if not (missing.name or "").startswith("socialdesk."):
            raise
        result = {"na": f"not built ({missing.name})"}
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
