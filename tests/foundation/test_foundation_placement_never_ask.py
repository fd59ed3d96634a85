"""'Don't ask again for this file' on the move and compare questions is kept on this computer, per data file;
the real question boxes are answered here (never left waiting)."""

import json
import os

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from socialdesk.paths import state_dir
from socialdesk.storage.declined import DECLINED_FILE
from socialdesk.storage.opening import open_store
from socialdesk.ui import placement_notice
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import check_placement


@pytest.fixture(autouse=True)
def english(qapp):
    """The box titles are read in English, whatever language a test before left installed."""
    install_translators("en")
    yield


def _answer_no(shown: list, tick: bool, tries: int = 15):
    """Answer the next question box No, ticking 'Don't ask again' or not, and note its title; give up after
    `tries` looks (a box that is not asked leaves no timer behind for later tests)."""
    def answer(left=tries):
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if left > 1:
                QTimer.singleShot(20, lambda: answer(left - 1))
            return
        shown.append((box.windowTitle(), box.checkBox().text() if box.checkBox() else ""))
        if box.checkBox():
            box.checkBox().setChecked(tick)
        box.button(QMessageBox.StandardButton.No).click()
    QTimer.singleShot(0, answer)


def _start(path, shown, tick):
    """One start-up check, every question answered No; the box titles asked, in order."""
    before = len(shown)
    for _ in range(2):
        _answer_no(shown, tick)
    check_placement(None, path)
    while QApplication.activeModalWidget() is not None:
        QApplication.processEvents()
    return [title for title, _ in shown[before:]]


def _drain_timers(qtbot):
    qtbot.wait(450)  # answerers armed for a box that was not asked give up: nothing modal is left open
    assert QApplication.activeModalWidget() is None


def _shop_with_copy(tmp_path, name="Boutique"):
    folder = tmp_path / "Élodie Dupré" / "OneDrive" / "Documents"
    folder.mkdir(parents=True, exist_ok=True)
    live = folder / f"{name}.sqlite3"
    open_store(live).close()
    (folder / f"{name} (1).sqlite3").write_bytes(live.read_bytes())
    return live


def test_no_without_the_tick_is_asked_again_at_the_next_start(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(placement_notice, "_SEEN", set())
    live, shown = _shop_with_copy(tmp_path), []
    first = _start(live, shown, tick=False)
    assert first == ["Your data file is in a synced folder", "Conflict copies found"]
    assert shown[0][1] == "Don't ask again for this file"
    placement_notice._SEEN.clear()  # the next start of the app
    assert _start(live, shown, tick=False) == first
    _drain_timers(qtbot)


def test_dont_ask_again_is_kept_for_this_file_only(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(placement_notice, "_SEEN", set())
    live, shown = _shop_with_copy(tmp_path), []
    assert _start(live, shown, tick=True) == ["Your data file is in a synced folder", "Conflict copies found"]
    record = json.loads((state_dir() / DECLINED_FILE).read_text(encoding="utf-8"))
    assert list(record) == [str(live.resolve())]
    placement_notice._SEEN.clear()  # the next start of the app: nothing asked, the window just opens
    _answer_no(shown, tick=False)
    check_placement(None, live)
    _drain_timers(qtbot)
    assert len(shown) == 2
    other = _shop_with_copy(tmp_path, "Fleuriste")  # another data file in the same OneDrive folder is still asked
    shown.clear()
    assert _start(other, shown, tick=False) == ["Your data file is in a synced folder", "Conflict copies found"]
    _drain_timers(qtbot)


def test_a_new_or_synced_again_conflict_copy_is_offered_again(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(placement_notice, "_SEEN", set())
    live, shown = _shop_with_copy(tmp_path), []
    _start(live, shown, tick=True)
    copy = live.parent / "Boutique (1).sqlite3"
    os.utime(copy, ns=(copy.stat().st_atime_ns, copy.stat().st_mtime_ns + 5_000_000_000))  # synced again
    placement_notice._SEEN.clear()
    shown.clear()
    assert _start(live, shown, tick=False) == ["Conflict copies found"]  # the move stays declined
    _drain_timers(qtbot)


def test_the_tick_box_is_in_french(qtbot, tmp_path, monkeypatch):
    from socialdesk.ui.i18n import install_translators

    monkeypatch.setattr(placement_notice, "_SEEN", set())
    live, shown = _shop_with_copy(tmp_path), []
    install_translators("fr")
    try:
        _start(live, shown, tick=False)
    finally:
        install_translators("en")
    assert [tick for _, tick in shown] == ["Ne plus demander pour ce fichier"] * 2
    _drain_timers(qtbot)
