"""The open post dialog keeps its draft in the data file soon after each key, without a write per key."""

import sys
import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.drafts import DRAFT_KEY, load_drafts, new_draft_key, save_draft
from socialdesk.ui.calendar.draft_keeper import reopening
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.common.draft_keeping import BOUND_MS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_file import draft_in_file, drafts_in_file  # noqa: E402


def _dialog(qtbot, store, post=None):
    dialog = PostDialog(None, post or Post(day=date(2026, 12, 5), status=PostStatus.PLANNED), store, None, True,
                        clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _bound_passes(dialog, armed=True):
    """The last letters wait on the bound's timer: it is running, then it fires (no sleeping for it)."""
    bound = dialog.draft.findChild(QTimer, "draftBound")
    assert bound.interval() == BOUND_MS and (bound.isActive() or not armed)
    bound.stop()
    bound.timeout.emit()
    assert dialog.draft.settle()


@pytest.mark.parametrize("close", ["accept", "reject"])
def test_a_word_a_paste_or_a_ticked_box_is_kept_at_once_a_letter_within_the_bound(qtbot, file_store, close):
    dialog = _dialog(qtbot, file_store)
    dialog.network_boxes["instagram"].click()
    assert dialog.draft.settle()  # no Qt event runs here: a timer could not have fired
    assert draft_in_file(file_store.path)["networks"] == ["instagram"]
    qtbot.keyClicks(dialog.text_edit, "Brioche")
    _bound_passes(dialog)
    assert draft_in_file(file_store.path)["text"] == "Brioche"
    qtbot.keyClicks(dialog.text_edit, " tressee,")
    assert dialog.draft.settle()
    assert draft_in_file(file_store.path)["text"] == "Brioche tressee,"  # the comma ended a word
    dialog.text_edit.insertPlainText(" au beurre")  # a paste or input-method text
    assert dialog.draft.settle()
    kept = draft_in_file(file_store.path)
    assert (kept["text"], kept["networks"], kept["day"]) == ("Brioche tressee, au beurre", ["instagram"], "2026-12-05")
    getattr(dialog, close)()
    assert dialog.draft.settle()
    assert draft_in_file(file_store.path) is None


def test_a_fast_typist_is_kept_while_typing_in_a_few_writes_not_one_per_key(qtbot, file_store):
    dialog = _dialog(qtbot, file_store)
    dialog.text_edit.setFocus()
    letters = "a" * 120  # no word ends: only the short timer writes
    before = dialog.draft.writer.writes
    started = time.monotonic()
    qtbot.keyClicks(dialog.text_edit, letters, delay=8)  # events run between keys, as with a real keyboard
    typing_ms = (time.monotonic() - started) * 1000
    assert dialog.draft.settle()
    writes = dialog.draft.writer.writes - before
    assert 2 <= writes <= typing_ms / BOUND_MS + 2, (writes, typing_ms)
    _bound_passes(dialog, armed=False)  # it may have fired after the last key already
    assert draft_in_file(file_store.path)["text"] == letters


def test_two_dialogs_keep_two_drafts_and_closing_one_keeps_the_other(qtbot, file_store):
    first, second = _dialog(qtbot, file_store), _dialog(qtbot, file_store, Post(status=PostStatus.IDEA))
    first.text_edit.insertPlainText("Pain de mie")
    second.text_edit.insertPlainText("Galette des rois")
    assert first.draft.settle() and second.draft.settle()
    assert sorted(d["text"] for d in drafts_in_file(file_store.path)) == ["Galette des rois", "Pain de mie"]
    first.accept()
    assert first.draft.settle()
    assert [d["text"] for d in drafts_in_file(file_store.path)] == ["Galette des rois"]
    second.text_edit.insertPlainText(" : commandez")
    assert second.draft.settle()
    assert [d["text"] for d in drafts_in_file(file_store.path)] == ["Galette des rois : commandez"]
    second.reject()
    assert second.draft.settle()
    assert drafts_in_file(file_store.path) == []


@pytest.mark.parametrize("key", [DRAFT_KEY, "new"])  # the one draft of older versions, or one of ours
def test_a_reopened_draft_is_continued_in_place_not_copied_and_goes_on_ok(qtbot, file_store, key):
    key = new_draft_key() if key == "new" else key
    save_draft(file_store, Post(text="Croissant", status=PostStatus.IDEA), key)
    with reopening(key):
        dialog = _dialog(qtbot, file_store, Post(text="Croissant", status=PostStatus.IDEA))
    dialog.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    dialog.text_edit.insertPlainText(" aux amandes")
    assert dialog.draft.settle()
    assert [(k, p.text) for k, p in load_drafts(file_store)] == [(key, "Croissant aux amandes")]
    dialog.accept()
    assert dialog.draft.settle()
    assert drafts_in_file(file_store.path) == []


def test_at_start_every_draft_is_offered_in_turn(controller, tmp_path, qtbot):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    save_draft(store, Post(text="Chouquettes", status=PostStatus.IDEA))  # left by an older version
    save_draft(store, Post(text="Kouign-amann", status=PostStatus.IDEA), new_draft_key())
    store.close()
    offered = []

    def discard_each():
        for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]:
            offered.append(box.text())
            box.findChild(QPushButton, "discardDraft").click()
        if len(offered) < 2:
            QTimer.singleShot(20, discard_each)

    discard_each()
    assert controller.open(path)
    qtbot.waitUntil(lambda: len(offered) == 2 and drafts_in_file(path) == [], timeout=15000)
    assert ["Chouquettes" in offered[0], "Kouign-amann" in offered[1]] == [True, True]


def test_a_store_without_a_file_keeps_the_draft_in_it_at_once(qtbot, store):
    dialog = _dialog(qtbot, store)
    dialog.text_edit.insertPlainText("Flan pâtissier")
    assert [p.text for _, p in load_drafts(store)] == ["Flan pâtissier"]
    dialog.reject()
    assert load_drafts(store) == []
