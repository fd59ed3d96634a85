"""An installed (not portable) copy reading a portable key's data file: its `key:` backup folder is found on the key
when the file is there, and otherwise named as a folder on the USB key, never one inside the install folder."""

import json
import sqlite3
import sys

import pytest

from socialdesk.cli import main
from socialdesk.storage.opening import open_store
from socialdesk.ui.common.backup_words import skipped_folder_text
from socialdesk.ui.i18n import install_translators


@pytest.fixture
def installed(tmp_path, monkeypatch):
    program = tmp_path / "AppData" / "Local" / "Programs" / "SocialDesk"  # no `portable` marker
    program.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "SocialDesk.exe"))
    return program


def _key_data_file(path):
    open_store(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("INSERT INTO settings (key, value) VALUES ('backup_folder', ?) ON CONFLICT (key) "
                     "DO UPDATE SET value = excluded.value", (json.dumps("key:Backups"),))
    conn.close()


@pytest.mark.parametrize("lang, words", [("en", "the backup folder Backups on the SocialDesk USB stick is not there"),
                                         ("fr", "le dossier de sauvegarde Backups sur la clé USB SocialDesk")])
def test_a_copy_off_the_key_names_the_folder_on_the_key(installed, tmp_path, capsys, lang, words):
    shop = tmp_path / "Documents" / "shop.sqlite3"
    shop.parent.mkdir()
    _key_data_file(shop)
    assert main(["backup", "--db", str(shop), "--lang", lang]) == 0
    said = capsys.readouterr().err
    assert words in said and str(installed) not in said


def test_the_key_itself_takes_the_backups_when_its_data_file_is_opened(installed, tmp_path, capsys):
    key = tmp_path / "media" / "KEY" / "SocialDesk"
    (key / "Backups").mkdir(parents=True)
    (key / "portable").write_text("")
    shop = key / "SocialDesk Data" / "socialdesk.sqlite3"
    shop.parent.mkdir()
    _key_data_file(shop)
    assert main(["backup", "--db", str(shop)]) == 0
    made = capsys.readouterr().out.strip()
    assert made.startswith(str(key / "Backups") + "/")
    conn = sqlite3.connect(f"file:{made}?mode=ro", uri=True)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()


def test_the_window_names_the_folder_on_the_key_in_french(qapp, installed, tmp_path):
    install_translators("fr")
    try:
        said = skipped_folder_text(installed / "Backups", tmp_path / "shop-backup.sqlite3")
    finally:
        install_translators("en")
    assert "Backups sur la clé USB SocialDesk" in said and str(installed) not in said
