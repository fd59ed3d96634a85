"""Guard test: today and now come from the one clock (socialdesk/domain/clock.py), never from a call of its own."""

import re
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from socialdesk.domain.clock import fixed_clock, system_clock
from socialdesk.ui.strategy.rows_editor import Column, RowsEditor

PACKAGE = Path(__file__).resolve().parents[2] / "socialdesk"
CLOCK_MODULE = PACKAGE / "domain" / "clock.py"
# Asking the system for the date or time: Python's and Qt's ways (time.monotonic for durations is fine).
ASKS_THE_TIME = re.compile(r"\b(date\.today|datetime\.(now|today|utcnow)|QDate\.currentDate|QTime\.currentTime|"
                           r"QDateTime\.current\w+)\b")


def clock_reads(text: str) -> list[str]:
    return [match.group(0) for match in ASKS_THE_TIME.finditer(text)]


def test_the_guard_finds_every_way_of_asking_the_time():
    sample = ("self.today = date.today\nwhen = datetime.now().astimezone()\nx = datetime.utcnow()\n"
              "d = QDate.currentDate()\nt = QDateTime.currentDateTime()\nstarted = time.monotonic()\n"
              "h = QTime.currentTime()\n")
    assert clock_reads(sample) == ["date.today", "datetime.now", "datetime.utcnow", "QDate.currentDate",
                                   "QDateTime.currentDateTime", "QTime.currentTime"]


def test_no_module_but_the_clock_asks_the_system_for_the_date_or_time():
    found = [f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
             for path in sorted(PACKAGE.rglob("*.py")) if path != CLOCK_MODULE
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if clock_reads(line)]
    assert found == [], "take the injected clock instead:\n" + "\n".join(found)
    assert clock_reads(CLOCK_MODULE.read_text(encoding="utf-8")) == ["datetime.now"]  # the one real clock


def test_the_real_clock_is_local_time_and_a_fixed_one_stands_still():
    assert abs((system_clock() - datetime.now()).total_seconds()) < 5
    stopped = fixed_clock(date(2026, 11, 26))
    assert stopped() == stopped() == datetime(2026, 11, 26, 0, 0)


def test_an_empty_goal_date_opens_on_the_clocks_day(qtbot):
    editor = RowsEditor([Column("Goal", stretch=True), Column("By", "date")],
                        {"table": "Goals", "add": "Add", "remove": "Remove", "no_date": "no date"},
                        clock=fixed_clock(date(2031, 2, 3)))
    qtbot.addWidget(editor)
    editor.table.setRowCount(1)
    delegate = editor.table.itemDelegateForColumn(1)
    field = QDateEdit()
    qtbot.addWidget(field)
    delegate.setEditorData(field, editor.table.model().index(0, 1))
    assert field.date() == QDate(2031, 2, 3)
