"""What Qt alone needs to switch the calendar's week or month: the same posts, read with `sqlite3`, shown as plain
items of Qt's own lists (its default delegate wraps and elides their words), in a window of the app's size and
style, with no SocialDesk code. Run through bench/ui_probe.py, which prints its figures as one JSON line:

    python bench/ui_probe.py week_qt|month_qt DATAFILE

A lower bound for the week and month switches of `make bench`: seven day columns (a header, a list of cards six
lines high: time and networks, status, four lines of text) or 42 day cells (a day button, a mark line, a list of
one-line chips), refilled on each click on « Previous » and timed until Qt has repainted. The app draws more than
this (colours, chips, thumbnails, warnings, the week's notes and tips), never less.
"""

import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem,
                               QMainWindow, QPushButton, QToolButton, QVBoxLayout, QWidget)

from timing import median, p95
from ui_probe import MONTH_SWITCHES, WEEK_SWITCHES, settle

CARD_LINES = 6  # a card: time and networks, status, four lines of text (issue 15)


class Posts:
    """The ten-year file's posts by day, read once with sqlite3 (the switches then read nothing)."""

    def __init__(self, path: Path):
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self.by_day: dict[str, list[tuple]] = {}
        for row in conn.execute("SELECT day, time, networks, status, text FROM posts WHERE day IS NOT NULL "
                                "ORDER BY day, time IS NOT NULL, time, id"):
            self.by_day.setdefault(row[0], []).append(row[1:])
        conn.close()

    def on(self, day: date) -> list[tuple]:
        return self.by_day.get(day.isoformat(), [])


def _list(parent: QWidget, wrap: bool) -> QListWidget:
    posts = QListWidget(parent)
    posts.setUniformItemSizes(True)
    posts.setWordWrap(wrap)
    posts.setTextElideMode(Qt.TextElideMode.ElideRight)
    posts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    posts.setFrameShape(QFrame.Shape.NoFrame)
    return posts


class Switched(QWidget):
    """« Previous » and a title over what each click refills."""

    def __init__(self, posts: Posts):
        super().__init__()
        self.posts = posts
        self.outer = QVBoxLayout(self)
        row = QHBoxLayout()
        self.previous = QPushButton("Previous", self)
        self.title = QLabel(self)
        row.addWidget(self.previous)
        row.addWidget(self.title, 1)
        self.outer.addLayout(row)


class Week(Switched):
    def __init__(self, posts: Posts, start: date):
        super().__init__(posts)
        self.start = start
        outer = self.outer
        columns = QHBoxLayout()
        outer.addLayout(columns, 1)
        self.headers, self.lists = [], []
        for _ in range(7):
            column = QFrame(self)
            column.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(column)
            header = QLabel(column)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(header)
            posts = _list(column, wrap=True)
            layout.addWidget(posts, 1)
            columns.addWidget(column, 1)
            self.headers.append(header)
            self.lists.append(posts)
        self.previous.clicked.connect(self.go_previous)
        self.show_week()

    def go_previous(self):
        self.start -= timedelta(weeks=1)
        self.show_week()

    def show_week(self):
        self.title.setText(f"Week of {self.start:%d %B %Y}")
        height = self.fontMetrics().lineSpacing() * CARD_LINES + 8
        for offset, (header, posts) in enumerate(zip(self.headers, self.lists)):
            day = self.start + timedelta(days=offset)
            header.setText(f"{day:%A}\n{day.day} {day:%B}")
            posts.clear()
            for clock, networks, status, text in self.posts.on(day):
                item = QListWidgetItem(f"{clock or ''}  {networks}\n{status}\n{' '.join(text[:600].split())}")
                item.setSizeHint(QSize(120, height))
                posts.addItem(item)

    def count(self) -> int:
        return sum(posts.count() for posts in self.lists)


class Month(Switched):
    def __init__(self, posts: Posts, month: date):
        super().__init__(posts)
        self.month = month
        outer = self.outer
        grid = QGridLayout()
        outer.addLayout(grid, 1)
        self.cells = []
        for index in range(42):
            cell = QFrame(self)
            cell.setFrameShape(QFrame.Shape.StyledPanel)
            layout = QVBoxLayout(cell)
            layout.setContentsMargins(2, 2, 2, 2)
            layout.setSpacing(0)
            top = QHBoxLayout()
            button, mark = QToolButton(cell), QLabel(cell)
            button.setAutoRaise(True)
            top.addWidget(button)
            top.addWidget(mark, 1)
            layout.addLayout(top)
            chips = _list(cell, wrap=False)
            chips.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            layout.addWidget(chips, 1)
            grid.addWidget(cell, index // 7, index % 7)
            self.cells.append((button, mark, chips))
        self.previous.clicked.connect(self.go_previous)
        self.show_month()

    def go_previous(self):
        self.month = (self.month - timedelta(days=1)).replace(day=1)
        self.show_month()

    def show_month(self):
        self.title.setText(f"{self.month:%B %Y}")
        first = self.month - timedelta(days=self.month.weekday())
        for offset, (button, mark, chips) in enumerate(self.cells):
            day = first + timedelta(days=offset)
            button.setText(f"{day.day} {day:%b}" if day.day == 1 else str(day.day))
            chips.clear()
            for clock, _networks, _status, text in self.posts.on(day):
                chips.addItem(f"{clock or ''} {' '.join(text[:80].split())}")
            mark.setText(f"{len(self.posts.on(day))} posts" if self.posts.on(day) else "")

    def count(self) -> int:
        return sum(chips.count() for _button, _mark, chips in self.cells)


def measure(app: QApplication, view, warm: int, runs: int) -> dict:
    window = QMainWindow()
    window.setCentralWidget(view)
    window.resize(1100, 720)
    window.show()
    settle(app)
    for _ in range(warm):
        QTest.mouseClick(view.previous, Qt.MouseButton.LeftButton)
        settle(app)
    samples, shown = [], 0
    for _ in range(runs):
        start = time.perf_counter_ns()
        QTest.mouseClick(view.previous, Qt.MouseButton.LeftButton)
        settle(app)
        samples.append((time.perf_counter_ns() - start) / 1e6)
        shown += view.count()
    return {"median_ms": median(samples), "p95_ms": p95(samples), "runs": runs, "posts_shown": shown}


def measure_week(app: QApplication, path: Path) -> dict:
    today = date.today()
    return measure(app, Week(Posts(path), today - timedelta(days=today.weekday())), 5, WEEK_SWITCHES)


def measure_month(app: QApplication, path: Path) -> dict:
    return measure(app, Month(Posts(path), date.today().replace(day=1)), 3, MONTH_SWITCHES)
