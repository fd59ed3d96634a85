"""The folder SocialDesk keeps its data in, itself inside a synced folder (not a portable copy): said for that case;
a home folder Syncthing syncs whole is a synced folder."""

import pytest

from socialdesk.paths import DB_FILE_NAME, standard_data_dir
from socialdesk.storage.opening import open_store
from socialdesk.storage.placement import SyncService, synced_folder
from socialdesk.ui.i18n import install_translators
from socialdesk.ui.placement_notice import PlacementNotice, check_placement


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said.append(text)))
    monkeypatch.setattr(PlacementNotice, "ask_move_out", classmethod(lambda cls, parent, text: pytest.fail(text)))
    return said


@pytest.fixture
def syncthing_home(tmp_path, monkeypatch):
    home = tmp_path / "Élodie Dupré"
    (home / ".stfolder").mkdir(parents=True)  # Syncthing syncs the whole home folder
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    return home


def test_a_home_synced_whole_by_syncthing_is_a_synced_folder(syncthing_home):
    assert synced_folder(syncthing_home / "Documents" / "fleurs.sqlite3") == (SyncService.SYNCTHING, syncthing_home)


def test_the_users_data_folder_in_a_synced_home_is_not_called_a_portable_copy(syncthing_home, told):
    data = standard_data_dir() / DB_FILE_NAME
    assert syncthing_home in data.parents
    open_store(data).close()
    check_placement(None, data)
    assert len(told) == 1 and "Syncthing" in told[0] and str(data.parent) in told[0]
    assert "portable" not in told[0] and "Open another data file" in told[0]


def test_the_same_in_french(qapp, tmp_path, monkeypatch, told):
    dropbox = tmp_path / "Élodie" / "Dropbox"
    monkeypatch.setenv("XDG_DATA_HOME", str(dropbox / "appdata"))
    shop = dropbox / "boutique" / "shop.sqlite3"
    shop.parent.mkdir(parents=True)
    open_store(shop).close()
    install_translators("fr")
    try:
        check_placement(None, shop)
    finally:
        install_translators("en")
    assert len(told) == 1 and told[0].startswith(
        "Votre fichier de données est dans Dropbox, tout comme le dossier où SocialDesk garde ses données sur cet "
        "ordinateur\u00a0:")
    assert str(standard_data_dir()) in told[0] and "portable" not in told[0]
