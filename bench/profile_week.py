"""Where a calendar week switch spends its time: cProfile around the clicks on « Previous » in the real window.

    QT_QPA_PLATFORM=offscreen python bench/profile_week.py DATAFILE [--top 35] [--runs 60] [--month]

With --month the clicks switch months in the month view (as `ui_probe.py month` does).

Times the switches first without the profiler (median and p95, as `make bench` takes them),
then profiles the same number of switches and prints the costliest calls by cumulative time.
"""

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from profile_startup import _rows  # noqa: E402
from timing import median, p95  # noqa: E402
from ui_probe import open_window, settle  # noqa: E402


def _switches(app, button, runs: int) -> list[float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        settle(app)
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--top", type=int, default=35)
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--month", action="store_true", help="switch months in the month view instead of weeks")
    args = parser.parse_args(argv)
    app = QApplication([sys.argv[0]])
    store, window, tab = open_window(app, args.data, 1)
    if args.month:
        QTest.mouseClick(tab.months.month_button, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
    _switches(app, tab.prev_button, 5)  # warm caches and imports
    samples = _switches(app, tab.prev_button, args.runs)
    kind = "month" if args.month else "week"
    print(f"{kind} switch: median {median(samples):.1f} ms, p95 {p95(samples):.1f} ms ({args.runs} runs, no profiler)")
    profile = cProfile.Profile()
    profile.enable()
    _switches(app, tab.next_button if hasattr(tab, "next_button") else tab.prev_button, args.runs)
    profile.disable()
    if args.month:
        tab.months.set_mode("week")  # the data file keeps the week, as the owner left it
    print("cumulative ms, own ms, calls, where (all profiled switches)")
    print("\n".join(_rows(pstats.Stats(profile), args.top)))
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
