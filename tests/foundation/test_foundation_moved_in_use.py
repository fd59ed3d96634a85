"""A second window started on a synced file that was moved out, while another window has the moved file:
it says plainly that the other window has it and that this one stays on the old file; never silently stale."""

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from socialdesk.domain.rules.model import Rule
from socialdesk.paths import DB_FILE_NAME, standard_data_dir
from socialdesk.storage.moved import BACKUPS_IN_SYNCED, move_out
from socialdesk.storage.opening import open_store
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import PlacementNotice


@pytest.fixture
def asked(monkeypatch):
    said = {"tell": [], "open_moved": []}
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said["tell"].append(text)))
    monkeypatch.setattr(PlacementNotice, "ask_open_moved",
                        classmethod(lambda cls, parent, text: said["open_moved"].append(text) or True))
    monkeypatch.setattr(PlacementNotice, "ask_move_out", classmethod(lambda cls, parent, text: False))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(  # the generic "already open", never left waiting
        lambda parent, title, text, *rest: said.setdefault("generic", []).append(text) or QMessageBox.StandardButton.Ok))
    return said


@pytest.fixture
def moved_out(tmp_path):
    """A data file in Dropbox, moved out earlier on this computer (the copy in Dropbox stays)."""
    synced = tmp_path / "Élodie Dupré" / "Dropbox" / "Boutique" / "boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    (tmp_path / "Élodie Dupré" / "Dropbox" / ".dropbox").write_text("{}")
    store = open_store(synced)
    store.rules.add(Rule(text="Répondre aux avis"), date(2026, 12, 3))
    store.close()
    moved = standard_data_dir() / DB_FILE_NAME
    move_out(synced, moved, synced.parent / BACKUPS_IN_SYNCED)
    return synced, moved


def test_the_second_window_says_the_other_window_has_the_moved_file(controller, moved_out, asked):
    synced, moved = moved_out
    first_window = open_store(moved)  # window A, working on the moved file
    try:
        assert controller.open(synced)  # window B, started on the old name (a shortcut, --db)
        controller._after_first_paint(controller.store)
    finally:
        first_window.close()
    assert asked["open_moved"] == [] and "generic" not in asked  # not offered a file it cannot open
    assert len(asked["tell"]) == 1
    said = asked["tell"][0]
    assert "open in another SocialDesk window" in said and "stays on the old file in Dropbox" in said
    assert str(moved) in said and "not in the moved one" in said
    assert controller.store.path == synced  # and it says so: the owner knows which file this window shows


def test_in_french_too(qtbot, moved_out, asked):
    from socialdesk.ui import application

    synced, moved = moved_out
    first_window = open_store(moved)
    french = application.AppController("fr")
    try:
        assert french.open(synced)
        french._after_first_paint(french.store)
    finally:
        first_window.close()
        french.window.close()
        french.store.close()
        install_translators("en")
    assert "ouvert dans une autre fenêtre de SocialDesk" in asked["tell"][0]
    assert "reste donc sur l'ancien fichier de Dropbox" in asked["tell"][0]


def test_with_the_moved_file_free_the_window_offers_it_and_opens_it(controller, moved_out, asked):
    synced, moved = moved_out
    assert controller.open(synced)
    controller._after_first_paint(controller.store)
    assert len(asked["open_moved"]) == 1 and asked["tell"] == []
    assert controller.store.path == moved
