"""A post being written survives a kill: its draft is in the data file and offered back at the next start."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.drafts import DRAFT_KEY
from socialdesk.ui.calendar.post_dialog import PostDialog

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from draft_child import TEXT  # noqa: E402


def _type_then_kill(path: Path, wait_ms: int = 1500) -> None:
    """The app types a post in the dialog, then dies by SIGKILL with the dialog still open."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(HERE / "draft_child.py"), str(path), str(wait_ms)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        line = child.stdout.readline()
        assert line.strip() == b"typed", child.stderr.read().decode()[-2000:] if not line else line
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(30)


def _draft_in_file(path: Path) -> dict | None:
    """Read with plain sqlite3, not with our code."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = ?", (DRAFT_KEY,)).fetchone()
    finally:
        conn.close()
    return json.loads(row[0]) if row else None


def _answer(kind, name_or_action, seen: dict, key: str):
    """When a visible `kind` appears, note it in `seen[key]` and act on it."""
    def look():
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not found:
            QTimer.singleShot(20, look)
            return
        seen[key] = found[0]
        if callable(name_or_action):
            name_or_action(found[0])
        else:
            found[0].findChild(QPushButton, name_or_action).click()
    QTimer.singleShot(0, look)


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    return path


def test_a_post_typed_before_a_kill_is_offered_back_and_opens_as_it_was(controller, data_file, qtbot):
    _type_then_kill(data_file)
    kept = _draft_in_file(data_file)
    assert kept is not None and kept["text"] == TEXT
    seen = {}

    def read_and_accept(dialog):
        seen["dialog_state"] = (dialog.text_edit.toPlainText(), dialog.day_edit.date().toPython(),
                                dialog.on_day.isChecked(), dialog.selected_networks())
        dialog.accept()

    _answer(QMessageBox, "openDraft", seen, "offer")
    _answer(PostDialog, read_and_accept, seen, "dialog")
    assert controller.open(data_file)
    qtbot.waitUntil(lambda: "dialog_state" in seen, timeout=15000)
    assert "You were writing a post when SocialDesk closed" in seen["offer"].text()
    assert TEXT[:40] in seen["offer"].text()
    assert seen["dialog_state"] == (TEXT, date(2026, 12, 5), True, ("facebook", "instagram"))
    posts = controller.store.calendar.posts_between(date(2026, 12, 5), date(2026, 12, 5))
    assert [(p.text, p.networks) for p in posts] == [(TEXT, ("facebook", "instagram"))]
    assert _draft_in_file(data_file) is None  # accepted: nothing is offered again


def test_discarding_the_offer_forgets_the_draft(controller, data_file, qtbot):
    _type_then_kill(data_file)
    seen = {}
    _answer(QMessageBox, "discardDraft", seen, "offer")
    assert controller.open(data_file)
    qtbot.waitUntil(lambda: "offer" in seen and _draft_in_file(data_file) is None, timeout=15000)
    assert controller.store.calendar.count() == 0


@pytest.mark.parametrize("close", ["accept", "reject"])
def test_the_draft_is_written_a_second_after_typing_and_gone_when_the_dialog_closes(qtbot, file_store, close):
    dialog = PostDialog(None, Post(day=date(2026, 12, 5), status=PostStatus.PLANNED), file_store, None, True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.network_boxes["instagram"].click()
    qtbot.keyClicks(dialog.text_edit, "Brioche")
    assert _draft_in_file(file_store.path) is None  # not on every key press
    qtbot.waitUntil(lambda: _draft_in_file(file_store.path) is not None, timeout=3000)
    kept = _draft_in_file(file_store.path)
    assert (kept["text"], kept["networks"], kept["day"]) == ("Brioche", ["instagram"], "2026-12-05")
    qtbot.keyClicks(dialog.text_edit, " tress")
    dialog.text_edit.insertPlainText("ée")
    dialog.notes_edit.setFocus()  # leaving the field keeps it at once
    qtbot.waitUntil(lambda: _draft_in_file(file_store.path)["text"] == "Brioche tressée", timeout=500)
    getattr(dialog, close)()
    assert _draft_in_file(file_store.path) is None
