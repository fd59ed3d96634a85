"""A move out of a synced folder that the destination refuses says the file was not moved, is unchanged,
and why, in the owner's language: never "your last change was not saved", never the system's English."""

import subprocess
from datetime import date

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.paths import standard_data_dir
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import PlacementNotice

SYSTEM_ENGLISH = ("Read-only file system", "Permission denied", "Not a directory", "File exists")
NOT_SAVED = ("n'a pas été enregistrée", "pas été enregistré", "not saved")


@pytest.fixture
def answered(monkeypatch, qapp):
    """Yes to the move; what the window says is kept, never left waiting."""
    said = {"failed": [], "other": []}
    monkeypatch.setattr(PlacementNotice, "ask_move_out", classmethod(lambda cls, parent, text: True))
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said["other"].append(text)))
    monkeypatch.setattr(PlacementNotice, "tell_move_failed",
                        classmethod(lambda cls, parent, text: said["failed"].append(text)))
    return said


@pytest.fixture
def controller(qtbot):
    """The application controller speaking French, with no data file yet; closed after the test."""
    from socialdesk.ui import application

    application.make_application()
    made = application.AppController("fr")
    yield made
    if made.window is not None:
        made.window.close()
    if made.store is not None:
        made.store.close()
    install_translators("en")


@pytest.fixture
def read_only_data_home(tmp_path, monkeypatch):
    """The standard data folder on a read-only disk (a tmpfs mounted `ro`; root only, skipped elsewhere)."""
    disk = tmp_path / "disque en lecture seule"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", str(disk)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + mounted.stderr.decode(errors="replace").strip())
    monkeypatch.setenv("XDG_DATA_HOME", str(disk))
    yield disk
    subprocess.run(["umount", "-l", str(disk)], check=False)


def _in_dropbox(tmp_path):
    synced = tmp_path / "Élodie Dupré" / "Dropbox" / "Boutique" / "boutique.sqlite3"
    synced.parent.mkdir(parents=True)
    (tmp_path / "Élodie Dupré" / "Dropbox" / ".dropbox").write_text("{}")
    return synced


def _start_on(controller, synced):
    assert controller.open(synced)
    controller.store.rules.add(Rule(text="Répondre aux avis"), date(2026, 12, 3))
    controller._after_first_paint(controller.store)


def _plain(said: str) -> None:
    assert "n'a pas pu être déplacé" in said and "est inchangé" in said, said
    assert not any(words in said for words in SYSTEM_ENGLISH + NOT_SAVED), said


def test_a_read_only_standard_folder_says_the_folder_cannot_be_written(controller, tmp_path, answered,
                                                                        read_only_data_home):
    synced = _in_dropbox(tmp_path)
    _start_on(controller, synced)
    assert len(answered["failed"]) == 1
    said = answered["failed"][0]
    _plain(said)
    assert f"le dossier {standard_data_dir()} n'est pas modifiable" in said
    assert controller.store.path == synced


def test_a_file_where_the_data_folder_goes_is_named_as_in_the_way(controller, tmp_path, answered):
    synced = _in_dropbox(tmp_path)
    in_the_way = standard_data_dir()
    in_the_way.parent.mkdir(parents=True, exist_ok=True)
    in_the_way.write_text("un fichier à la place du dossier")
    _start_on(controller, synced)
    said = answered["failed"][0]
    _plain(said)
    assert f"un fichier se trouve à {in_the_way}" in said
    assert controller.store.path == synced
