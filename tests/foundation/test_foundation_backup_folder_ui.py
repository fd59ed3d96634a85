"""Preferences ▸ General ▸ Backups: the owner chooses the backup folder; File ▸ Back up now and the command
line write there, and a folder that is gone sends the backup beside the data file and says so."""

import sqlite3
import subprocess
import sys

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from socialdesk.storage.backups import backup_dir_for, list_backups
from socialdesk.ui.preferences.dialog import PreferencesDialog
from socialdesk.ui.preferences.pages import GeneralPage
from tests.foundation.test_foundation_preferences import CLOCK


def _choose_folder(window, monkeypatch, folder):
    monkeypatch.setattr(GeneralPage, "ask_folder", classmethod(lambda cls, parent, start: str(folder)))
    dialog = PreferencesDialog(window, window.store, CLOCK)
    dialog.show()
    dialog.findChild(type(dialog.pages[0].beside), "prefBackupFolderChoose").click()
    shown = dialog.pages[0].folder.text()
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    return shown


def _back_up_now(window, monkeypatch):
    said = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *a, _k=kind: said.append((_k, text)))
    window.findChild(type(window.file_actions.backup_now), "fileBackupNow").trigger()
    return said


def test_a_chosen_folder_takes_the_backups_and_is_shown_again(window, tmp_path, monkeypatch):
    chosen = tmp_path / "Élodie Dupré" / "OneDrive" / "Sauvegardes"
    chosen.mkdir(parents=True)
    assert _choose_folder(window, monkeypatch, chosen) == str(chosen)
    said = _back_up_now(window, monkeypatch)
    [backup] = list_backups(window.store.path)
    assert backup.parent == chosen and said[0][0] == "information" and str(backup) in said[0][1]
    conn = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    again = PreferencesDialog(window, window.store, CLOCK)
    assert again.pages[0].folder.text() == str(chosen)
    again.pages[0].beside.click()
    assert again.pages[0].folder.text() == str(backup_dir_for(window.store.path))


def test_a_chosen_folder_that_is_gone_sends_the_backup_beside_the_data_file_and_says_so(window, tmp_path, monkeypatch):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    _choose_folder(window, monkeypatch, stick)
    stick.rmdir()  # unplugged
    said = _back_up_now(window, monkeypatch)
    [backup] = list_backups(window.store.path)
    assert backup.parent == backup_dir_for(window.store.path)
    assert [kind for kind, _text in said] == ["warning"]
    assert str(stick) in said[0][1] and str(backup) in said[0][1]


def test_the_command_line_backup_says_once_that_the_chosen_folder_is_gone(window, tmp_path, monkeypatch):
    stick = tmp_path / "USB stick"
    stick.mkdir()
    _choose_folder(window, monkeypatch, stick)
    stick.rmdir()
    path = window.store.path
    window.store.close()
    done = subprocess.run([sys.executable, "-m", "socialdesk", "backup", "--db", str(path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    assert done.stderr.count("\n") == 1 and str(stick) in done.stderr and "beside the data file" in done.stderr
    assert done.stdout.strip() == str(list_backups(path)[0])
