"""A home Syncthing syncs whole but for what its .stignore leaves out: nothing said for the data folder left out,
and `check` says what the window says when the app cannot move the file out."""

import pytest

from socialdesk.cli import main
from socialdesk.paths import DB_FILE_NAME, standard_data_dir
from socialdesk.storage.opening import open_store
from socialdesk.storage.placement import SyncService, synced_folder
from socialdesk.storage.stignore import ignored
from socialdesk.ui.placement_notice import PlacementNotice, check_placement


@pytest.fixture
def syncthing_home(tmp_path, monkeypatch):
    home = tmp_path / "Élodie Dupré"
    (home / ".stfolder").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said.append(text)))
    monkeypatch.setattr(PlacementNotice, "ask_move_out", classmethod(lambda cls, parent, text: said.append(text)))
    return said


def test_the_data_folder_left_out_by_stignore_is_not_synced_and_nothing_is_said(syncthing_home, told, capsys):
    (syncthing_home / ".stignore").write_text("// the usual setup\n.local\n.cache\n.config\n", encoding="utf-8")
    data = standard_data_dir() / DB_FILE_NAME
    open_store(data).close()
    assert synced_folder(data) is None
    check_placement(None, data)
    assert told == []
    assert main(["check", "--db", str(data)]) == 0
    assert capsys.readouterr().err == ""
    assert synced_folder(syncthing_home / "Documents" / "fleurs.sqlite3") == (SyncService.SYNCTHING, syncthing_home)


@pytest.mark.parametrize(("lines", "path", "left_out"), [
    ("/.local", ".local/share/SocialDesk/socialdesk.sqlite3", True),
    ("/share", ".local/share/x.sqlite3", False),  # anchored at the root only
    ("share", ".local/share/x.sqlite3", True),  # a plain name anywhere
    ("*.sqlite3", "Documents/fleurs.sqlite3", True),
    ("!Documents/fleurs.sqlite3\n*.sqlite3", "Documents/fleurs.sqlite3", False),  # the first matching line decides
    ("/Doc*/**/old", "Documents/2026/old/f.sqlite3", True),
    ("(?i)/DOCUMENTS", "Documents/fleurs.sqlite3", True),
    ("// .local\n#include more.txt", ".local/f.sqlite3", False),
])
def test_stignore_patterns(tmp_path, lines, path, left_out):
    (tmp_path / ".stignore").write_text(lines + "\n", encoding="utf-8")
    assert ignored(tmp_path, tmp_path / path) is left_out


def test_check_says_the_app_cannot_move_it_when_the_data_folder_is_synced_too(syncthing_home, told, capsys):
    shop = syncthing_home / "Documents" / "fleurs.sqlite3"
    shop.parent.mkdir()
    open_store(shop).close()
    check_placement(None, shop)
    assert len(told) == 1 and "Close SocialDesk, move your data file" in told[0]
    assert main(["check", "--db", str(shop)]) == 0
    err = capsys.readouterr().err
    assert err == (f"socialdesk check: warning: the data file is inside Syncthing, which can corrupt a file in use, "
                   f"and so is the folder where SocialDesk keeps its data on this computer ({standard_data_dir()}), "
                   "so the app cannot move it out; move it to a folder Syncthing does not sync, or pause syncing "
                   "while SocialDesk is open\n")
    assert main(["check", "--db", str(shop), "--lang", "fr"]) == 0
    assert "l'application ne peut pas l'en sortir\u202f;" in capsys.readouterr().err
