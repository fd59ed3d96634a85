"""A reply being written survives a kill: its draft is in the data file and offered back when the dialog reopens."""

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage import open_store
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.common import opener, questions
from socialdesk.ui.common.draft_keeping import BOUND_MS
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.presence.reply_dialog import ReplyDialog

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from reply_draft_child import EDIT, NOW  # noqa: E402

KILL_AFTER_S = (BOUND_MS + 300) / 1000  # the bound plus a margin for a loaded 2-core machine


def _kept_in_file(path: Path) -> list[tuple[str, dict]]:
    """The reply drafts, read with plain sqlite3."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT key, value FROM settings WHERE substr(key, 1, 12) = 'reply_draft:' "
                            "ORDER BY rowid").fetchall()
    finally:
        conn.close()
    return [(key, json.loads(raw)) for key, raw in rows]


@pytest.fixture
def data_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    seed_demo(store, NOW.date())
    store.close()
    return path


@pytest.fixture
def english():
    install_translators("en")


def _google(store):
    return next(item for item in store.presence.listings() if item.platform_key == "google_business")


def _type_then_kill(path: Path) -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen([sys.executable, str(HERE / "reply_draft_child.py"), str(path)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        line = child.stdout.readline().decode()
        assert line, child.stderr.read().decode()[-2000:]
        *words, stamp = line.split()
        assert words == ["typed"]
        time.sleep(max(0.0, float(stamp) + KILL_AFTER_S - time.monotonic()))
    finally:
        child.kill()  # SIGKILL: no atexit, no flush
        child.wait(30)


def _dialog(qtbot, store):
    dialog = ReplyDialog(None, store, fixed_clock(NOW), _google(store))
    qtbot.addWidget(dialog)
    return dialog


def test_a_reply_typed_before_a_kill_is_in_the_file_and_offered_back_as_it_was(qtbot, data_file, english,
                                                                             monkeypatch):
    _type_then_kill(data_file)
    store = open_store(data_file)
    try:
        kept = _kept_in_file(data_file)
        assert [key for key, _ in kept] == [f"reply_draft:{_google(store).id}"]
        state = kept[0][1]
        assert state["stars"] == 1 and state["blanks"]["first_name"] == "Marie"
        assert state["text"].startswith("Hello Marie") and state["text"].endswith(EDIT)
        asked = []
        monkeypatch.setattr(questions, "ask", lambda *args, **kw: asked.append(args[2]) or True)
        dialog = _dialog(qtbot, store)
        assert dialog.offer_kept(_google(store))
        assert "Hello Marie" in asked[0]
        shown = dialog.draft_edit.toPlainText()
        assert shown.endswith(EDIT) and "la tarte trop sucree" in shown
        assert (dialog.first_name.text(), dialog.signer.text(), dialog.case().stars) == ("Marie", "Lea", 1)
        assert not dialog.guide.isHidden() and dialog.copy_button.isEnabled()
        dialog.mentioned.setText("le pain")  # a blank changed after reopening keeps the hand edit
        assert dialog.draft_edit.toPlainText().endswith(EDIT) and "le pain" in dialog.draft_edit.toPlainText()
    finally:
        store.close()


def test_copying_the_reply_clears_its_draft_and_discarding_the_offer_forgets_it(qtbot, data_file, english,
                                                                                monkeypatch):
    monkeypatch.setattr(opener, "open_url", lambda url: True)
    store = open_store(data_file)
    try:
        dialog = _dialog(qtbot, store)
        dialog.set_rating(5)
        for edit, text in ((dialog.first_name, "Paul"), (dialog.mentioned, "les croissants"), (dialog.signer, "Lea")):
            qtbot.keyClicks(edit, text)
        qtbot.waitUntil(lambda: dialog.keeper.settle() and len(_kept_in_file(data_file)) == 1, timeout=3000)
        dialog.copy_button.click()
        assert dialog.keeper.settle() and _kept_in_file(data_file) == []
        qtbot.keyClicks(dialog.signer, "a")  # changed after the copy: kept again
        qtbot.waitUntil(lambda: dialog.keeper.settle() and len(_kept_in_file(data_file)) == 1, timeout=3000)
        asked = []
        monkeypatch.setattr(questions, "ask", lambda *args, **kw: asked.append(args[2:4]) or False)
        install_translators("fr")
        again = _dialog(qtbot, store)
        assert not again.offer_kept(_google(store))
        install_translators("en")
        assert asked[0][0].endswith("La reprendre\u202f?") and asked[0][1] == "&Reprendre la réponse"
        assert _kept_in_file(data_file) == []
        assert again.first_name.text() == ""
    finally:
        store.close()


def test_a_rating_picked_with_nothing_typed_is_no_draft_and_an_emptied_reply_is_forgotten(qtbot, data_file,
                                                                                        english):
    store = open_store(data_file)
    try:
        dialog = _dialog(qtbot, store)
        dialog.set_rating(2)
        dialog.keeper.flush()
        assert dialog.keeper.settle() and _kept_in_file(data_file) == []
        qtbot.keyClicks(dialog.first_name, "Anne")
        qtbot.waitUntil(lambda: dialog.keeper.settle() and len(_kept_in_file(data_file)) == 1, timeout=3000)
        dialog.first_name.clear()
        qtbot.waitUntil(lambda: dialog.keeper.settle() and _kept_in_file(data_file) == [], timeout=3000)
    finally:
        store.close()
