"""A post whose save the data file refuses (busy, disk full) stays in its dialog and its draft until OK works."""

import sqlite3
import sys
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.calendar.tab import CalendarTab

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_file import draft_in_file  # noqa: E402

TEXT = "Bûche de Noël 🎄 au grand marché " + "y" * 20_000


@pytest.fixture
def file_tab(qtbot, file_store, bus, monkeypatch):
    file_store.settings.set("first_weekday", 1)
    widget = CalendarTab(file_store, bus, fixed_clock(date(2026, 11, 26)))
    widget.go_today()
    qtbot.addWidget(widget)
    widget.show()
    monkeypatch.setattr(CalendarTab, "ask_series_scope", lambda self, post: "series")
    return widget


def _texts_in_file(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [text for text, in conn.execute("SELECT text FROM posts ORDER BY id")]
    finally:
        conn.close()


def _visible(kind):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def _ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _answer_the_warning(seen: list):
    def look():
        boxes = _visible(QMessageBox)
        if not boxes:
            QTimer.singleShot(20, look)
            return
        seen.append(boxes[0].text())
        boxes[0].close()
    QTimer.singleShot(0, look)


def _drive(path: Path, seen: dict):
    """Type the post, hold the write lock from another program, click OK; then free the file and click OK again."""
    dialogs = _visible(PostDialog)
    if not dialogs:
        QTimer.singleShot(20, lambda: _drive(path, seen))
        return
    dialog = dialogs[0]
    QTimer.singleShot(60_000, dialog.reject)  # never left waiting if a step goes wrong
    if not dialog.network_boxes["facebook"].isChecked():
        dialog.network_boxes["facebook"].click()
    dialog.text_edit.setPlainText(TEXT)
    assert dialog.draft.settle()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writes: SocialDesk waits its busy timeout, then gives up
    warnings = []
    _answer_the_warning(warnings)
    _ok(dialog)
    seen.update(warnings=warnings, open_after=dialog.isVisible(), text_after=dialog.text_edit.toPlainText(),
                posts_while_refused=[t for t, in holder.execute("SELECT text FROM posts")],
                draft_while_refused=draft_in_file(path))
    holder.execute("ROLLBACK")
    holder.close()
    _ok(dialog)
    seen["open_at_last"] = dialog.isVisible()
    assert dialog.draft.settle()


def _new(tab):
    tab.edits.new_post()


def _edit(tab):
    post = Post(day=date(2026, 11, 27), time=time(9, 0), networks=("facebook",), text="Pain",
                status=PostStatus.PLANNED)
    tab.store.calendar.add(post)
    tab.reload()
    tab.edits.edit_post(tab.store.calendar.posts_in_week(date(2026, 11, 23))[0].id)


def _edit_series(tab):
    tab.store.calendar.add_series(Post(time=time(17, 0), networks=("facebook",), text="Pain",
                                       status=PostStatus.PLANNED), Recurrence(Frequency.WEEKLY, date(2026, 11, 27),
                                                                              count=3))
    tab.reload()
    tab.edits.edit_post(tab.store.calendar.posts_in_week(date(2026, 11, 23))[0].id)


@pytest.mark.parametrize("open_dialog, texts", [(_new, [TEXT]), (_edit, [TEXT]), (_edit_series, [TEXT] * 3)],
                         ids=["new post", "edit a post", "edit a series"])
def test_a_refused_save_keeps_the_dialog_and_the_draft_and_ok_saves_once_the_file_is_free(file_tab, open_dialog,
                                                                                          texts):
    path = file_tab.store.path
    seen = {}
    QTimer.singleShot(0, lambda: _drive(path, seen))
    open_dialog(file_tab)
    assert seen["open_after"] and seen["text_after"] == TEXT  # nothing typed was lost
    assert seen["warnings"] and "busy" in seen["warnings"][0]  # the owner was told why, over the open dialog
    assert TEXT not in seen["posts_while_refused"]
    assert seen["draft_while_refused"]["text"] == TEXT  # a kill now would still offer it back
    assert not seen["open_at_last"]  # the second OK saved it and closed the dialog
    assert _texts_in_file(path) == texts  # saved once, not twice
    assert draft_in_file(path) is None  # the draft has served
