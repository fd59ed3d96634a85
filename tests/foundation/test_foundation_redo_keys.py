"""Redo answers the platform's own redo keys (and Ctrl+Y), never one key twice (Qt: ambiguous, nothing happens)."""

import os
import shutil
import subprocess
import sys
from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.main_window import redo_shortcuts




def _redo_action(window):
    edit_menu = window.menuBar().actions()[1].menu()
    return [a for a in edit_menu.actions() if a.text().replace("&", "").startswith("Redo")][0]


def _names(keys):
    return [k.toString() for k in keys]


@pytest.mark.parametrize("platform, expected", [
    (["Ctrl+Shift+Z"], ["Ctrl+Shift+Z", "Ctrl+Y"]),  # GNOME, KDE
    (["Ctrl+Y", "Shift+Ctrl+Z"], ["Ctrl+Y", "Ctrl+Shift+Z"]),  # Windows
    (["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z", "Redo"], ["Ctrl+Y", "Alt+Shift+Backspace", "Ctrl+Shift+Z", "Redo"]),
])
def test_redo_keys_are_the_platforms_then_ctrl_y_once(platform, expected):
    assert _names(redo_shortcuts([QKeySequence(k) for k in platform])) == expected


def test_the_platforms_redo_keys_redo_an_undone_calendar_edit(window, qtbot):
    shortcuts = _names(_redo_action(window).shortcuts())
    assert len(shortcuts) == len(set(shortcuts))
    platform = [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k.count() == 1]
    window.show_tab(1)
    tab = window.tabs.currentWidget().content
    post = Post(day=date(2026, 11, 28), time=time(9, 30), networks=("instagram",), text="Croissants",
                status=PostStatus.PLANNED)
    window.store.calendar.add(post)
    tab.reload()
    for key in [*platform, QKeySequence("Ctrl+Y")]:
        combo = key[0]
        if combo.key() == Qt.Key.Key_Redo:
            continue  # a media key no keyboard in a test has
        tab.edits.move([post.id], date(2026, 11, 27))
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.store.calendar.get(post.id).day == date(2026, 11, 28), key.toString()
        qtbot.keyClick(window, combo.key(), combo.keyboardModifiers())
        assert window.store.calendar.get(post.id).day == date(2026, 11, 27), key.toString()
        tab.edits.move([post.id], date(2026, 11, 28))  # not a past day: that would ask


GNOME_CHILD = """
import sys
from datetime import date
from PySide6.QtWidgets import QApplication
from socialdesk.domain.clock import fixed_clock
from socialdesk.storage import Store
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.main_window import MainWindow
app = QApplication([])
store = Store.in_memory()
win = MainWindow(store, DataBus(), fixed_clock(date(2026, 11, 26)))
menu = win.menuBar().actions()[1].menu()
redo = [a for a in menu.actions() if a.text().replace("&", "").startswith("Redo")][0]
print("|".join(k.toString() for k in redo.shortcuts()))
"""


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="needs xvfb-run for a GNOME session's key bindings")
def test_under_gnome_redo_has_no_ambiguous_key(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", XDG_CURRENT_DESKTOP="GNOME")
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", GNOME_CHILD], env=env, capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    keys = done.stdout.strip().splitlines()[-1].split("|")
    assert "Ctrl+Shift+Z" in keys and "Ctrl+Y" in keys
    assert len(keys) == len(set(keys))
