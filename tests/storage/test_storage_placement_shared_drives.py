"""Google Drive's shared drives and other computers, and SharePoint libraries synced by OneDrive, count as synced."""

from pathlib import Path, PureWindowsPath

import pytest

from socialdesk.storage.placement import SyncService, synced_folder


@pytest.mark.parametrize("top", ["Shared drives", "Drives partagés", "Other computers", "Autres ordinateurs"])
def test_google_drive_tops_on_the_drive_letter(top):
    path = Path(PureWindowsPath(f"G:\\{top}\\Boutique Dupré\\shop.sqlite3"))
    found = synced_folder(path)
    assert found is not None and found[0] is SyncService.GOOGLE_DRIVE
    assert found[1].name == top


def test_google_drive_shared_drives_in_a_google_drive_folder(tmp_path):
    path = tmp_path / "GoogleDrive" / "Shared drives" / "Boutique" / "shop.sqlite3"
    assert synced_folder(path)[0] is SyncService.GOOGLE_DRIVE


@pytest.mark.parametrize("top", ["Other computers", "Shared drives"])
def test_the_same_names_elsewhere_are_not_google_drive(tmp_path, top):
    assert synced_folder(tmp_path / "Projets" / top / "shop.sqlite3") is None


@pytest.fixture
def business_home(tmp_path, monkeypatch):
    home = tmp_path / "Élodie Dupré"
    (home / "OneDrive - Fleurs SARL").mkdir(parents=True)
    (home / "Fleurs SARL" / "Boutique - Documents" / "Compta").mkdir(parents=True)
    (home / "Projets" / "Client - Martin").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    return home


def test_a_sharepoint_library_beside_onedrive_for_business_is_onedrive(business_home):
    library = business_home / "Fleurs SARL" / "Boutique - Documents"
    assert synced_folder(library / "Compta" / "shop.sqlite3") == (SyncService.ONEDRIVE, library)


def test_a_folder_with_a_dash_is_not_sharepoint_without_its_onedrive(business_home):
    assert synced_folder(business_home / "Projets" / "Client - Martin" / "shop.sqlite3") is None
