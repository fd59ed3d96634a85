"""Portable mode: a backup folder chosen on the USB key is found again when the key has another drive letter or mount point."""

import sqlite3
import sys
from datetime import datetime, timedelta

from socialdesk.storage.backups import list_backups, make_backup
from socialdesk.storage.opening import open_store
from socialdesk.ui.preferences.pages import GeneralPage
from tests.foundation.test_foundation_preferences import CLOCK

WHEN = datetime(2026, 12, 3, 9, 0)


def _run_from(key, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(key / "SocialDesk.exe"))


def test_a_backup_folder_on_the_key_still_takes_and_lists_the_backups_at_home(tmp_path, monkeypatch, qtbot):
    key = tmp_path / "media" / "shop" / "KEY"  # E: at the shop
    (key / "Backups fleurs").mkdir(parents=True)
    (key / "portable").write_text("")
    _run_from(key, monkeypatch)
    store = open_store(key / "SocialDesk Data" / "fleurs.sqlite3", now=WHEN)
    monkeypatch.setattr(GeneralPage, "ask_folder", classmethod(lambda cls, parent, start: str(key / "Backups fleurs")))
    page = GeneralPage(store)
    qtbot.addWidget(page)
    page.findChild(type(page.beside), "prefBackupFolderChoose").click()
    page.save(CLOCK)
    at_the_shop = make_backup(store.conn, store.path, WHEN, "manual")
    store.close()
    home = tmp_path / "media" / "home" / "KEY"  # F: at home
    home.parent.mkdir(parents=True)
    key.rename(home)
    _run_from(home, monkeypatch)
    store = open_store(home / "SocialDesk Data" / "fleurs.sqlite3", now=WHEN + timedelta(days=1))
    at_home = make_backup(store.conn, store.path, WHEN + timedelta(days=1), "manual")
    assert at_home.parent == home / "Backups fleurs"
    listed = list_backups(store.path)  # with the daily backup made at open, in that folder too
    assert listed[0] == at_home and listed[-1] == home / "Backups fleurs" / at_the_shop.name
    assert all(b.parent == home / "Backups fleurs" for b in listed)
    conn = sqlite3.connect(f"file:{at_home}?mode=ro", uri=True)  # read by sqlite3 itself
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    store.close()
