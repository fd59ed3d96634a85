"""Closing the window while a conflict copy is being compared stops the compare and lets go of the data file:
nothing is left beside it (no -wal/-shm for the sync service to carry) and the file passes SQLite's check."""

import shutil
import sqlite3
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from socialdesk.domain.rules.model import Rule
from socialdesk.storage import conflict_compare, open_store
from socialdesk.storage.conflict_compare import compare_with_copy
from socialdesk.ui.placement_notice import ConflictDialog, PlacementNotice

POSTS = 60_000


def _large_copy(live, copy):
    """The copy holds POSTS more posts (tens of MB), made by SQL in a second."""
    open_store(live).close()
    shutil.copyfile(live, copy)
    conn = sqlite3.connect(copy)
    conn.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                 "INSERT INTO posts (uid, day, text) SELECT 'u' || i, '2026-12-01', "
                 "'Bouquet du jour n° ' || i || ' ' || hex(randomblob(120)) FROM n", (POSTS,))
    conn.commit()
    conn.close()


def test_closing_the_window_mid_compare_leaves_nothing_beside_the_data_file(qtbot, tmp_path, monkeypatch):
    live, copy = tmp_path / "Dropbox" / "fleurs.sqlite3", tmp_path / "Dropbox" / "fleurs (conflicted copy).sqlite3"
    live.parent.mkdir()
    _large_copy(live, copy)
    store = open_store(live)  # the window's own connection, writing this session's changes into the -wal
    store.rules.add(Rule(text="Répondre aux avis"), __import__("datetime").date(2026, 12, 3))
    window = QWidget()  # the main window: deleted once closed, the dialog with it
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    seen, reading_live = [], threading.Event()
    real_read_only = conflict_compare.read_only

    def read_only(path, **named):  # the compare, as it opens the live file: from then on it holds a connection
        conn = real_read_only(path, **named)
        if Path(path).resolve() == live.resolve():
            reading_live.set()
        return conn

    monkeypatch.setattr(conflict_compare, "read_only", read_only)

    def close_window_mid_compare():
        if not reading_live.is_set():  # still copying the copy aside: look again in a moment
            QTimer.singleShot(5, close_window_mid_compare)
            return
        dialog = next(w for w in window.children() if isinstance(w, ConflictDialog))
        seen.append(dialog.busy)
        window.close()  # a log-out, Dock ▸ Quit: the main window goes, the dialog with it

    QTimer.singleShot(0, close_window_mid_compare)
    QTimer.singleShot(60_000, lambda: [w.reject() for w in QApplication.topLevelWidgets()
                                       if isinstance(w, ConflictDialog)])  # never a dialog left waiting
    PlacementNotice.show_differences(window, live, copy)
    store.close()  # what the app does next on its way out
    left = sorted(p.name for p in live.parent.iterdir() if p.name.startswith("fleurs.sqlite3-"))
    assert QThreadPool.globalInstance().waitForDone(30_000)
    assert seen == [True], "the compare had already ended: the copy is too small to show anything"
    assert left == [], left
    conn = sqlite3.connect(f"{live.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT text FROM rules WHERE text = 'Répondre aux avis'").fetchone() is not None
    finally:
        conn.close()
    assert compare_with_copy(live, copy)  # the copy itself untouched and still comparable
