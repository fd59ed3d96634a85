"""Portable mode: a file moved out of a synced folder and the "don't ask again" answers are found again when the
key has another drive letter or mount point; a moved file that cannot be found is said, not skipped silently."""

import json
import sys

import pytest

from socialdesk import paths
from socialdesk.storage.declined import decline_move, move_declined
from socialdesk.storage.moved import move_out, moved_to
from socialdesk.storage.opening import open_store
from socialdesk.ui.placement_notice import PlacementNotice, check_placement


def _run_from(key, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(key / "SocialDesk.exe"))


@pytest.fixture
def key(tmp_path, monkeypatch):
    """E: at the shop: a portable SocialDesk whose older data file is already on the key."""
    program = tmp_path / "shop" / "E" / "SocialDesk"
    program.mkdir(parents=True)
    (program / "portable").write_text("")
    _run_from(program, monkeypatch)
    open_store(paths.standard_data_dir() / paths.DB_FILE_NAME).close()
    return program


def _to_home(key, tmp_path, monkeypatch):
    home = tmp_path / "home" / "F" / "SocialDesk"  # F: at home
    home.parent.mkdir(parents=True)
    key.rename(home)
    _run_from(home, monkeypatch)
    return home


def test_the_moved_file_stays_the_default_when_the_key_mounts_elsewhere(key, tmp_path, monkeypatch):
    synced = tmp_path / "Dropbox" / "shop" / "socialdesk.sqlite3"
    synced.parent.mkdir(parents=True)
    open_store(synced).close()
    moved = key / "SocialDesk Data" / "socialdesk (from Dropbox).sqlite3"
    move_out(synced, moved, synced.parent / "SocialDesk backups")
    record = json.loads((key / "SocialDesk Data" / "state" / "moved-data-files.json").read_text(encoding="utf-8"))
    assert str(key) not in json.dumps(record, ensure_ascii=False)  # nothing names E:
    home = _to_home(key, tmp_path, monkeypatch)
    assert paths.default_db_path() == home / "SocialDesk Data" / "socialdesk (from Dropbox).sqlite3"
    assert moved_to(synced) == home / "SocialDesk Data" / "socialdesk (from Dropbox).sqlite3"


def test_dont_ask_again_holds_on_the_key_mounted_elsewhere(key, tmp_path, monkeypatch):
    on_key = key / "Dropbox copy" / "shop.sqlite3"
    on_key.parent.mkdir()
    on_key.write_bytes(b"")
    decline_move(on_key)
    home = _to_home(key, tmp_path, monkeypatch)
    assert move_declined(home / "Dropbox copy" / "shop.sqlite3")


def test_a_moved_file_that_cannot_be_found_is_said_before_the_old_one_is_used(key, tmp_path, monkeypatch, qtbot):
    synced = tmp_path / "Dropbox" / "shop" / "socialdesk.sqlite3"
    synced.parent.mkdir(parents=True)
    open_store(synced).close()
    moved = key / "SocialDesk Data" / "socialdesk (from Dropbox).sqlite3"
    move_out(synced, moved, synced.parent / "SocialDesk backups")
    moved.rename(key / "SocialDesk Data" / "renamed by hand.sqlite3")
    said = []
    monkeypatch.setattr(PlacementNotice, "ask_lost_moved", classmethod(lambda cls, parent, text: said.append(text)))
    old = paths.default_db_path()
    assert old == key / "SocialDesk Data" / "socialdesk.sqlite3"
    check_placement(None, old)
    assert len(said) == 1 and str(moved) in said[0] and "cannot be found" in said[0] and str(old) in said[0]
    from socialdesk.ui.i18n import install_translators

    install_translators("fr")
    try:
        check_placement(None, old)
    finally:
        install_translators("en")
    assert said[1].startswith("Le fichier de données que vous avez sorti d'un dossier synchronisé est introuvable\u00a0:")
    assert str(moved) in said[1] and "choisissez Trouver le fichier déplacé" in said[1]


@pytest.mark.parametrize("lang, words", [("en", "cannot be found"), ("fr", "est introuvable")])
def test_check_says_the_moved_file_cannot_be_found(key, tmp_path, capsys, lang, words):
    from socialdesk.cli import main

    synced = tmp_path / "Dropbox" / "shop" / "socialdesk.sqlite3"
    synced.parent.mkdir(parents=True)
    open_store(synced).close()
    moved = key / "SocialDesk Data" / "socialdesk (from Dropbox).sqlite3"
    move_out(synced, moved, synced.parent / "SocialDesk backups")
    moved.unlink()
    assert main(["check", "--lang", lang]) == 0
    said = capsys.readouterr().err.splitlines()
    assert len(said) == 1 and words in said[0] and str(moved) in said[0]
    assert str(key / "SocialDesk Data" / "socialdesk.sqlite3") in said[0]
