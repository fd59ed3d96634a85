"""A week's note is on disk while the owner types (within 100 ms of a key, at once on a word end or
paste): the app killed mid-sentence still has it on restart."""

import os
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store
from socialdesk.ui.rules.week_page import NOTE_BOUND_MS

TODAY = date(2026, 11, 26)
LETTER_MS = 10  # a fast typist: 100 keys a second, never pausing

CHILD = textwrap.dedent("""
    import sys, time
    from datetime import datetime
    from pathlib import Path
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from socialdesk.domain.clock import fixed_clock
    from socialdesk.storage import open_store
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.rules.tab import RulesTab

    app = QApplication([])
    store = open_store(Path(sys.argv[1]))
    tab = RulesTab(store, DataBus(), fixed_clock(datetime(2026, 11, 26, 9, 0)))
    tab.show()
    rule_id, note = next(iter(tab.week_page.note_edits.items()))
    note.setFocus()
    QTest.keyClicks(note, sys.argv[2], delay=int(sys.argv[3]))
    print("typed", rule_id, flush=True)  # still in the field: no editingFinished, no pause
    time.sleep(60)  # the parent kills us long before
""")


def _type_then_kill(path, text: str, delay_ms: int) -> tuple[int, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), text, str(delay_ms)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = child.stdout.readline()
        child.kill()  # no clean shutdown: no hide, no close, no checkpoint
    finally:
        child.wait(timeout=30)
    assert line.startswith("typed"), child.stderr.read()
    rule_id = int(line.split()[1])
    reopened = open_store(path)
    try:
        check = reopened.rules.checks_for_week(IsoWeek.of(TODAY)).get(rule_id)
        return rule_id, check.note if check is not None else ""
    finally:
        reopened.close()


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    return path


def test_a_fast_typists_note_is_on_disk_while_typing(data_file):
    letters = "b" * 80  # no word ends: only the short timer writes; 800 ms of typing
    _rule, kept = _type_then_kill(data_file, letters, LETTER_MS)
    # Before: a 700 ms timer restarted on every key: nothing was on disk until the owner paused.
    missing = len(letters) - len(kept)
    assert letters.startswith(kept) and missing * LETTER_MS <= NOTE_BOUND_MS + 250, (len(kept), len(letters))


def test_a_word_end_is_on_disk_at_once(data_file):
    # delay 0: no event runs between the keys, so no timer can have written it
    _rule, kept = _type_then_kill(data_file, "Repondu aux avis,", 0)
    assert kept == "Repondu aux avis,"
