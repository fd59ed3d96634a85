"""A count typed in the weekly review tally is on disk after a short pause, without Enter or Tab."""

import sqlite3
from datetime import date

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.rules.review_tally import ReviewTallyBox

TODAY = date(2026, 12, 31)


def _in_file(path) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT week, received, answered FROM review_tallies").fetchall()
    finally:
        conn.close()


def test_typed_counts_are_saved_after_a_pause(qtbot, file_store):
    box = ReviewTallyBox(file_store, fixed_clock(TODAY))
    qtbot.addWidget(box)
    box.show_week(IsoWeek.of(TODAY))
    box.show()
    box.received.setFocus()
    box.received.selectAll()
    qtbot.keyClicks(box.received, "12")
    week = IsoWeek.of(TODAY).key
    qtbot.waitUntil(lambda: _in_file(file_store.path) == [(week, 12, 0)], timeout=3000)
    assert box.received.hasFocus()  # saved while the owner is still in the box
    box.answered.setFocus()
    box.answered.selectAll()
    qtbot.keyClicks(box.answered, "9")
    qtbot.waitUntil(lambda: _in_file(file_store.path) == [(week, 12, 9)], timeout=3000)
