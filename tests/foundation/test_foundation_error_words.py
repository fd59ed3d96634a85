"""An unexpected error says "Your saved work is safe" only after the data file passed a quick check."""

import sqlite3
import sys
from datetime import datetime

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.backups import list_backups, make_backup


@pytest.fixture
def running(controller, tmp_path, monkeypatch):
    """A window on a data file that has a backup beside it, with the app's excepthook installed."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    path = tmp_path / "shop.sqlite3"
    first = open_store(path)
    first.calendar.add(Post(text="Galette des rois", status=PostStatus.IDEA))
    make_backup(first.conn, path, datetime.now(), "daily")
    first.close()
    assert list_backups(path)
    assert controller.open(path)
    controller.install_excepthook()
    controller.store.settings.set("language", "en")
    return controller, path


def _raise_in_a_slot_and_answer(click_restore: bool) -> dict:
    seen = {}

    def read_and_answer():
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        box = boxes[0] if boxes else None
        if box is None:
            QTimer.singleShot(20, read_and_answer)
            return
        seen["text"] = box.text() + "\n" + box.informativeText()
        restore = box.findChild(QPushButton, "restoreNewestBackup")
        seen["offers_restore"] = restore is not None
        if click_restore and restore is not None:
            restore.click()
        else:
            box.close()

    QTimer.singleShot(0, read_and_answer)
    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    return seen


def test_with_a_healthy_data_file_the_error_says_saved_work_is_safe(running):
    seen = _raise_in_a_slot_and_answer(click_restore=False)
    assert "Your saved work is safe" in seen["text"]
    assert not seen["offers_restore"]


def test_after_the_data_file_was_overwritten_the_error_does_not_say_safe_and_offers_the_backup(running):
    controller, path = running
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 8192)  # an export written over the open data file
    seen = _raise_in_a_slot_and_answer(click_restore=True)
    assert "safe" not in seen["text"]
    assert "The data file is damaged" in seen["text"]  # it has its backups: a data file overwritten
    assert seen["offers_restore"] and "newest backup" in seen["text"]
    # the owner took the offer: the backup is the data file again, the overwritten one set aside
    assert controller.store.is_open and controller.store.path == path
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert [p.text for p in controller.store.calendar.ideas()] == ["Galette des rois"]
    assert controller.window.isVisible()
    assert any(p.read_bytes().startswith(b"%PDF") for p in path.parent.iterdir() if p.is_file() and p != path)
