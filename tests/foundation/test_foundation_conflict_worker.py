"""The conflict-copy compare runs in a worker thread: the window keeps turning (a timer fires throughout), a busy
bar shows, Cancel stops it, and the differences shown are those the compare finds."""

import shutil
import sqlite3
import time

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from socialdesk.storage import open_store
from socialdesk.storage.conflict_compare import compare_with_copy
from socialdesk.ui.placement_notice import ConflictDialog

POSTS = 40_000


@pytest.fixture(scope="module")
def large_copy(tmp_path_factory):
    """A data file and its conflict copy holding POSTS more posts (tens of MB), made by SQL in a second."""
    folder = tmp_path_factory.mktemp("conflict")
    live, copy = folder / "fleurs.sqlite3", folder / "fleurs (1).sqlite3"
    open_store(live).close()
    shutil.copyfile(live, copy)
    conn = sqlite3.connect(copy)
    conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                 "INSERT INTO posts (uid, day, text) SELECT 'u' || i, '2026-12-01', "
                 "'Bouquet du jour n° ' || i || ' ' || hex(randomblob(120)) FROM n", (POSTS,))
    conn.commit()
    conn.close()
    started = time.monotonic()
    expected = compare_with_copy(live, copy)  # on this thread, as before: the reference answer and its time
    alone = time.monotonic() - started
    assert alone > 0.2, "the copy is too small to show anything"
    return live, copy, expected, alone


def _rows(dialog) -> list[tuple[str, ...]]:
    tree = dialog.tree
    return [tuple(tree.topLevelItem(i).text(c) for c in range(3)) for i in range(tree.topLevelItemCount())]


def test_the_window_keeps_turning_while_a_large_copy_is_compared(qtbot, large_copy):
    live, copy, expected, alone = large_copy
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    assert dialog.busy and dialog.progress.isVisibleTo(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) is not None
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    timer.stop()
    assert len(ticks) >= 5, (alone, len(ticks))  # the event loop turned during the compare, not only after it
    rows = _rows(dialog)
    assert len(rows) == len(expected) == POSTS
    assert rows[0] == ("Post", expected[0].label[:80], "Only in the copy")
    assert not dialog.progress.isVisibleTo(dialog)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_cancel_stops_the_compare_and_closes_the_dialog(qtbot, large_copy):
    live, copy, _expected, alone = large_copy
    dialog = ConflictDialog(None, live, copy)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(int(alone * 300))  # well into the compare
    assert dialog.busy
    started = time.monotonic()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert QThreadPool.globalInstance().waitForDone(10_000)  # the worker stopped (its queries interrupted)
    assert time.monotonic() - started < alone  # stopped, not run to its end
    assert _rows(dialog) == []  # the answer, if any came, is dropped
