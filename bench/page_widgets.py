"""What Qt alone needs to show a tab's first page: the bare window, plus the Qt widgets that the app's first frame
shows on that tab (counted in the real window at its first paint), laid out in a grid, in the app's Fusion style,
with no SocialDesk code. Quits at first paint like bench/bare_window.py.

    python bench/page_widgets.py strategy|calendar|checklist|presence [--floor DATAFILE]

A lower bound for the start-up with that tab last used: the app cannot show those widgets for less. Widgets a
widget makes for itself (a time edit's line edit, a scroll area's bars, a tab widget's bar) are not counted apart.

With --floor, the window also does the two things the app does before its first paint that no faster code could
skip: it names PySide6's `Qt` namespace (which makes its 90-odd enum classes, as any window setting an alignment
or a key does) and it checks the data file (`PRAGMA quick_check`, read-only, as the app does before trusting it).
"""

import sqlite3
import sys

from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication, QGridLayout, QMainWindow, QTabWidget, QWidget

from bare_window import TITLES, run_to_first_paint

# Widgets shown at the first paint of the ten-year file, by last-used tab (2026-12-04, 1100 × 720): the census of
# QWidget children of the main window that are visible, SocialDesk's classes counted as their Qt base, less the
# children each widget makes itself. The menu bar and the status bar are made for every tab.
PAGES = {
    "strategy": {"QComboBox": 1, "QPushButton": 17, "QLabel": 36, "QCheckBox": 14, "QTimeEdit": 28, "QLineEdit": 10,
                 "QListWidget": 2, "QProgressBar": 1, "QGroupBox": 1, "QFrame": 2, "QScrollArea": 1},
    "calendar": {"QPushButton": 17, "QLabel": 14, "QFrame": 8, "QListWidget": 8, "QDateEdit": 1,
                 "QSplitter": 1},
    "checklist": {"QCheckBox": 47, "QPushButton": 18, "QLabel": 18, "QLineEdit": 6, "QGroupBox": 5, "QTabWidget": 1,
                  "QSpinBox": 2, "QScrollArea": 1, "QFrame": 1},
    "presence": {"QLabel": 18, "QPushButton": 15, "QLineEdit": 6, "QTabWidget": 1, "QSplitter": 1, "QScrollArea": 1,
                 "QComboBox": 1, "QDateEdit": 1, "QCheckBox": 1, "QPlainTextEdit": 1, "QTableView": 1},
}
TEXTS = {"QLabel", "QPushButton", "QCheckBox", "QGroupBox", "QLineEdit", "QToolButton"}


def page(kind: str) -> QWidget:
    widget = QWidget()
    grid = QGridLayout(widget)
    number = 0
    for name, count in PAGES[kind].items():
        for _ in range(count):
            child = getattr(QtWidgets, name)(widget)
            if name in TEXTS:
                child.setText(f"{name[1:]} {number}") if name != "QGroupBox" else child.setTitle(f"Group {number}")
            grid.addWidget(child, number // 6, number % 6)
            number += 1
    return widget


def check(data_file: str) -> None:
    """The data file's check before the window trusts it: every page read once, a small cache, nothing written."""
    conn = sqlite3.connect(f"file:{data_file}?mode=ro&immutable=1", uri=True)
    try:
        conn.execute("PRAGMA cache_size=-256")
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise SystemExit(f"{data_file}: quick_check failed")
    finally:
        conn.close()


def main() -> int:
    arguments = sys.argv[1:]
    floor = len(arguments) == 3 and arguments[1] == "--floor"
    if not (len(arguments) == 1 or floor) or arguments[0] not in PAGES:
        print(f"usage: page_widgets.py {'|'.join(PAGES)} [--floor DATAFILE]", file=sys.stderr)
        return 2
    kind = arguments[0]
    if floor:
        check(arguments[2])
    app = QApplication([sys.argv[0], "-style", "fusion"])
    window = QMainWindow()
    if floor:
        from PySide6.QtCore import Qt

        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    for menu in ("&File", "&Edit", "&View", "&Help"):
        window.menuBar().addMenu(menu)
    window.statusBar().showMessage("Data file")
    tabs = QTabWidget(window)
    shown = list(PAGES).index(kind)
    for index, title in enumerate(TITLES):
        tabs.addTab(page(kind) if index == shown else QWidget(), title)
    tabs.setCurrentIndex(shown)
    window.setCentralWidget(tabs)
    return run_to_first_paint(app, window)


if __name__ == "__main__":
    sys.exit(main())
