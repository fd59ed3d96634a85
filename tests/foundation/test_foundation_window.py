"""The main window as the owner meets it: four tabs, shortcuts, menus, state kept, French."""

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage import open_store
from socialdesk.storage.backups import list_backups
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.main_window import MainWindow




def test_four_tabs_in_order_with_their_object_names(window):
    names = [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]
    assert names == ["strategyTab", "calendarTab", "rulesTab", "presenceTab"]
    assert [window.tabs.tabText(i).replace("&", "") for i in range(4)] == [
        "Strategy", "Calendar", "Checklist", "Local presence"
    ]


@pytest.mark.parametrize("index", [3, 1, 2, 0])
def test_ctrl_number_switches_tabs(window, qtbot, index):
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == index
    assert window.tabs.currentWidget().content is not None  # built on first show


def test_menus_are_there(window):
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Edit", "View", "Help"]


def test_window_state_and_last_tab_come_back(qtbot, tmp_path):
    install_translators("en")
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    first = MainWindow(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(first)
    first.show()
    # The owner's own size, not the first one (1100×720): no narrower than the smallest (880×540), and no
    # wider than the offscreen screen (800 px), which restoreGeometry would clamp to.
    first.resize(880, 620)
    first.show_tab(2)
    first.close()
    store.close()
    store = open_store(path)
    second = MainWindow(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(second)
    assert second.tabs.currentIndex() == 2
    assert (second.width(), second.height()) == (880, 620)
    store.close()


def test_back_up_now_writes_a_backup(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    window.file_actions.backup_now.trigger()
    backups = list_backups(window.store.path)
    assert len(backups) == 1 and "manual" in backups[0].name
    assert str(backups[0]) in shown[0]


def test_french_is_shown(qtbot, file_store):
    loaded = install_translators("fr")
    try:
        assert "socialdesk_fr" in loaded and "qtbase_fr" in loaded
        win = MainWindow(file_store, DataBus(), fixed_clock(date(2026, 11, 26)))
        qtbot.addWidget(win)
        titles = [a.text().replace("&", "") for a in win.menuBar().actions()]
        assert titles == ["Fichier", "Édition", "Affichage", "Aide"]
        assert win.tabs.tabText(0).replace("&", "") == "Stratégie"
        box = QMessageBox(QMessageBox.Icon.Question, "t", "t", QMessageBox.StandardButton.Cancel)
        assert box.button(QMessageBox.StandardButton.Cancel).text() == "Annuler"  # Qt's own strings
    finally:
        install_translators("en")


def test_every_french_catalogue_is_complete_and_compiled(tmp_path):
    folder = Path(__file__).parents[2] / "resources" / "translations"
    catalogues = sorted(folder.glob("*_fr.ts"))
    assert catalogues, "no French catalogue"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in catalogues:
        text = ts.read_text(encoding="utf-8")
        assert 'type="unfinished"' not in text, f"{ts.name} has untranslated strings"
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True)
        committed = ts.with_suffix(".qm")
        assert committed.exists() and committed.read_bytes() == fresh.read_bytes(), (
            f"{committed.name} is stale: run make translations"
        )
