"""A post being written survives a kill: its draft is in the data file and offered back at the next start."""

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from socialdesk.storage import open_store
from socialdesk.storage.draft_writer import writer_for
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.common.draft_keeping import BOUND_MS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from draft_child import STEADY, TEXT  # noqa: E402
from draft_file import draft_in_file as _draft_in_file  # noqa: E402

KILL_AFTER_S = (BOUND_MS + 300) / 1000  # generous on a loaded 2-core machine; the old 1 s debounce misses it


def _child(path: Path, mode: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(HERE / "draft_child.py"), str(path), mode],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _said(child: subprocess.Popen) -> tuple[list[str], float]:
    """The child's next line and its monotonic stamp; its stderr if it died first."""
    line = child.stdout.readline().decode()
    assert line, child.stderr.read().decode()[-2000:]
    *words, stamp = line.split()
    return words, float(stamp)


def _type_then_kill(path: Path) -> None:
    """The app types a post in the dialog; a kill (SIGKILL, TerminateProcess) comes the bound plus a margin after the last key."""
    child = _child(path, "burst")
    try:
        words, last_key = _said(child)
        assert words == ["typed"]
        time.sleep(max(0.0, last_key + KILL_AFTER_S - time.monotonic()))
    finally:
        child.kill()
        child.wait(30)


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
    assert writer_for(data_file).settle()
    assert _draft_in_file(data_file) is None  # accepted: nothing is offered again


def test_discarding_the_offer_forgets_the_draft(controller, data_file, qtbot):
    _type_then_kill(data_file)
    seen = {}
    _answer(QMessageBox, "discardDraft", seen, "offer")
    assert controller.open(data_file)
    qtbot.waitUntil(lambda: "offer" in seen and _draft_in_file(data_file) is None, timeout=15000)
    assert controller.store.calendar.count() == 0


def test_while_the_owner_keeps_typing_every_key_older_than_the_bound_survives_a_kill(data_file):
    """A debounce that waits for a pause never saves a fast typist; the keeper must not wait for one."""
    child = _child(data_file, "steady")
    stamps = []
    try:
        while len(stamps) < 40:
            words, stamp = _said(child)
            assert words == ["key", str(len(stamps) + 1)]
            stamps.append(stamp)
        killed_at = time.monotonic()
    finally:
        child.kill()
        child.wait(30)
    owed = sum(1 for stamp in stamps if stamp <= killed_at - KILL_AFTER_S)
    assert owed >= 20, "the child typed too slowly to test anything"
    kept = _draft_in_file(data_file)
    assert kept is not None and STEADY.startswith(kept["text"]) and len(kept["text"]) >= owed, (kept, owed)
