"""Network shares, USB keys, synced folders and their conflict copies, found with fake mounts and folders."""

import hashlib
import os
from dataclasses import replace
from datetime import date

import pytest

from socialdesk.domain.rules.model import Rule
from socialdesk.storage.conflict_compare import Side, compare_with_copy
from socialdesk.storage.opening import open_store
from socialdesk.storage.placement import Drive, SyncService, conflict_copies, drive_kind, synced_folder

TODAY = date(2026, 12, 3)
MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
server:/export/shop /mnt/boutique nfs4 rw,relatime 0 0
//nas/partage /mnt/nas\\040du\\040magasin cifs rw 0 0
user@host:/srv /home/elodie/distant fuse.sshfs rw 0 0
/dev/sdb1 /media/elodie/CLÉ\\040USB vfat rw 0 0
/dev/sdc1 /run/media/elodie/DISQUE exfat rw 0 0
/dev/sda3 /home ext4 rw 0 0
"""


@pytest.fixture
def mounts(tmp_path):
    table = tmp_path / "mounts"
    table.write_text(MOUNTS, encoding="utf-8")
    return table


@pytest.mark.parametrize(("path", "kind"), [
    ("/mnt/boutique/shop.sqlite3", Drive.NETWORK),
    ("/mnt/nas du magasin/Élodie Dupré/shop.sqlite3", Drive.NETWORK),
    ("/home/elodie/distant/shop.sqlite3", Drive.NETWORK),
    ("/media/elodie/CLÉ USB/shop.sqlite3", Drive.REMOVABLE),
    ("/run/media/elodie/DISQUE/a/shop.sqlite3", Drive.REMOVABLE),
    ("/home/elodie/shop.sqlite3", Drive.LOCAL),
    ("/mnt/boutique2/shop.sqlite3", Drive.LOCAL),  # a prefix of a name is not a mount point
])
def test_linux_mounts_table(mounts, path, kind):
    assert drive_kind(path, system="linux", mounts=mounts) is kind


def test_an_unreadable_mounts_table_means_local(tmp_path):
    assert drive_kind("/mnt/boutique/shop.sqlite3", system="linux", mounts=tmp_path / "none") is Drive.LOCAL


@pytest.mark.parametrize(("path", "kind"), [
    ("/Volumes/CLE USB/shop.sqlite3", Drive.REMOVABLE),
    ("/Users/elodie/Documents/shop.sqlite3", Drive.LOCAL),
])
def test_macos_volumes(path, kind):
    assert drive_kind(path, system="darwin", fs_type=lambda path: "msdos") is kind


@pytest.mark.parametrize(("fs", "kind"), [("smbfs", Drive.NETWORK), ("afpfs", Drive.NETWORK), ("nfs", Drive.NETWORK),
                                          ("webdav", Drive.NETWORK), ("exfat", Drive.REMOVABLE), ("", Drive.REMOVABLE)])
def test_a_share_mounted_under_macos_volumes_is_a_network_share_not_a_usb_key(fs, kind):
    asked = []
    assert drive_kind("/Volumes/ShopNAS/Boutique/fleurs.sqlite3", system="darwin",
                      fs_type=lambda path: asked.append(path) or fs) is kind
    assert asked == ["/Volumes/ShopNAS/Boutique/fleurs.sqlite3"]


@pytest.mark.parametrize(("folder", "kind"), [
    ("smb-share:server=nas,share=boutique", Drive.NETWORK),
    ("sftp:host=serveur.local,user=elodie", Drive.NETWORK),
    ("dav:host=cloud.example,ssl=false", Drive.NETWORK),
    ("mtp:host=SAMSUNG_Galaxy", Drive.REMOVABLE),
])
def test_a_gnome_file_manager_mount_is_what_it_mounts(tmp_path, folder, kind):
    table = tmp_path / "mounts"
    table.write_text("/dev/sda1 / ext4 rw 0 0\ngvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw 0 0\n", encoding="utf-8")
    assert drive_kind(f"/run/user/1000/gvfs/{folder}/Boutique/fleurs.sqlite3", system="linux", mounts=table) is kind


@pytest.mark.parametrize(("path", "answer", "kind"), [
    ("\\\\serveur\\partage\\shop.sqlite3", 3, Drive.NETWORK),  # UNC: never asked
    ("\\\\?\\UNC\\NAS\\Boutique\\fleurs.sqlite3", 3, Drive.NETWORK),  # the long-path form of a share: never asked
    ("Z:\\Boutique\\shop.sqlite3", 4, Drive.NETWORK),
    ("E:\\shop.sqlite3", 2, Drive.REMOVABLE),
    ("C:\\Users\\Élodie Dupré\\OneDrive\\Documents\\shop.sqlite3", 3, Drive.LOCAL),
])
def test_windows_drive_types(path, answer, kind):
    asked = []
    assert drive_kind(path, system="win32", drive_type=lambda root: asked.append(root) or answer) is kind
    assert asked in ([], [path[:3]])


@pytest.mark.skipif(os.name != "nt", reason="GetDriveTypeW exists on Windows only (run by the Windows CI job)")
def test_the_real_windows_call_finds_the_system_drive_local():
    assert drive_kind(os.environ.get("SystemDrive", "C:") + "\\Windows", system="win32") is Drive.LOCAL


@pytest.mark.parametrize(("folders", "marker", "service"), [
    ("Élodie Dupré/OneDrive/Documents", None, SyncService.ONEDRIVE),
    ("Élodie Dupré/OneDrive - Boulangerie Dupré/Documents", None, SyncService.ONEDRIVE),
    ("Élodie Dupré/Mes fichiers", "desktop.ini", SyncService.ONEDRIVE),
    ("Élodie Dupré/Dropbox/Boutique", None, SyncService.DROPBOX),
    ("Élodie Dupré/Partagé", ".dropbox", SyncService.DROPBOX),
    ("Élodie Dupré/Library/Mobile Documents/com~apple~CloudDocs/Boutique", None, SyncService.ICLOUD),
    ("G/Mon Drive/Boutique", None, SyncService.GOOGLE_DRIVE),
    ("G/My Drive", None, SyncService.GOOGLE_DRIVE),
    ("Élodie Dupré/Sync", ".stfolder", SyncService.SYNCTHING),
])
def test_synced_folders(tmp_path, folders, marker, service):
    folder = tmp_path / folders
    folder.mkdir(parents=True)
    if marker == "desktop.ini":
        (folder / marker).write_bytes("[.ShellClassInfo]\r\nIconResource=C:\\OneDrive\\OneDrive.exe\r\n".encode("utf-16"))
    elif marker == ".dropbox":
        (folder / marker).write_bytes(b"")  # the root marker Dropbox writes is a file
    elif marker:
        (folder / marker).mkdir()
    found = synced_folder(folder / "shop.sqlite3")
    assert found is not None and found[0] is service


@pytest.fixture
def dropbox_home(tmp_path, monkeypatch):
    """A home as Dropbox leaves it on Linux and macOS: its settings in the FOLDER ~/.dropbox, its files in ~/Dropbox."""
    home = tmp_path / "Élodie Dupré"
    (home / ".dropbox").mkdir(parents=True)
    (home / ".dropbox" / "info.json").write_text("{}")
    (home / "Dropbox" / ".dropbox.cache").mkdir(parents=True)
    (home / "Dropbox" / ".dropbox").write_bytes(b"")
    (home / ".local" / "share" / "SocialDesk").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


def test_having_dropbox_installed_does_not_make_the_home_folder_dropbox(dropbox_home):
    assert synced_folder(dropbox_home / ".local" / "share" / "SocialDesk" / "socialdesk.sqlite3") is None
    assert synced_folder(dropbox_home / "Documents" / "fleurs.sqlite3") is None
    assert synced_folder(dropbox_home / "Dropbox" / "Boutique" / "fleurs.sqlite3") == (
        SyncService.DROPBOX, dropbox_home / "Dropbox")


@pytest.mark.parametrize("marker_file", [False, True])
def test_a_dropbox_marker_in_the_home_folder_never_makes_it_synced(dropbox_home, marker_file):
    (dropbox_home / ".dropbox" / "info.json").unlink()
    (dropbox_home / ".dropbox").rmdir()
    if marker_file:
        (dropbox_home / ".dropbox").write_bytes(b"")
    assert synced_folder(dropbox_home / "Documents" / "fleurs.sqlite3") is None


def test_a_folder_named_dropbox_settings_is_not_a_dropbox_root(tmp_path):
    folder = tmp_path / "Partagé"
    (folder / ".dropbox").mkdir(parents=True)  # a folder, not Dropbox's root marker file
    assert synced_folder(folder / "shop.sqlite3") is None


@pytest.mark.parametrize(("folders", "service"), [
    ("Library/CloudStorage/OneDrive-Personal/Documents", SyncService.ONEDRIVE),
    ("Library/CloudStorage/OneDrive-Fleurs SARL/Boutique", SyncService.ONEDRIVE),
    ("Library/CloudStorage/GoogleDrive-elodie@gmail.com/My Drive/Boutique", SyncService.GOOGLE_DRIVE),
    ("Library/CloudStorage/GoogleDrive-elodie@gmail.com/Autres ordinateurs", SyncService.GOOGLE_DRIVE),
    ("Library/CloudStorage/Dropbox-FleursSARL/Boutique", SyncService.DROPBOX),
    ("Library/CloudStorage/Dropbox (Fleurs SARL)/Boutique", SyncService.DROPBOX),
    ("Dropbox (Fleurs SARL)/Boutique", SyncService.DROPBOX),
])
def test_macos_cloud_storage_folders(tmp_path, folders, service):
    folder = tmp_path / "Élodie Dupré" / folders
    folder.mkdir(parents=True)
    found = synced_folder(folder / "fleurs.sqlite3")
    assert found is not None and found[0] is service


def test_an_unknown_cloud_storage_provider_or_a_lookalike_is_not_synced(tmp_path):
    for folders in ("Library/CloudStorage/Box-Box/Boutique", "Documents/OneDrivePerso/Boutique"):
        folder = tmp_path / folders
        folder.mkdir(parents=True)
        assert synced_folder(folder / "fleurs.sqlite3") is None


def test_an_ordinary_folder_is_not_synced(tmp_path):
    folder = tmp_path / "Élodie Dupré" / "Documents"
    folder.mkdir(parents=True)
    (folder / "desktop.ini").write_text("[.ShellClassInfo]\r\nIconResource=imageres.dll\r\n")
    assert synced_folder(folder / "shop.sqlite3") is None


def test_conflict_copies_beside_the_data_file(tmp_path):
    live = tmp_path / "shop.sqlite3"
    copies = ["shop (Élodie's conflicted copy 2026-12-01).sqlite3", "shop.sync-conflict-20261201-101010-ABCDEFG.sqlite3",
              "shop (1).sqlite3", "shop-DESKTOP-1AB2C3.sqlite3", "shop (copie en conflit de Élodie 2026-12-01).sqlite3"]
    others = ["shop.sqlite3", "shop.sqlite3-wal", "shop.sqlite3.lock", "shop.damaged-20261126-130500.sqlite3",
              "shopping (1).sqlite3", "notes.txt"]
    for name in copies + others:
        (tmp_path / name).write_bytes(b"x")
    assert sorted(path.name for path in conflict_copies(live)) == sorted(copies)


def _fingerprint(folder):
    """The folder's files but the live file's own (its WAL index moves as the live file is read)."""
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in folder.iterdir()
            if not path.name.startswith("shop.sqlite3")}


def test_a_conflict_copy_is_compared_record_by_record_and_never_written(tmp_path):
    folder = tmp_path / "Élodie Dupré" / "Dropbox"
    folder.mkdir(parents=True)
    live_path, copy_path = folder / "shop.sqlite3", folder / "shop (Élodie's conflicted copy 2026-12-01).sqlite3"
    store = open_store(live_path)
    try:
        store.rules.add(Rule(text="Répondre aux avis"), TODAY)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy_path.write_bytes(live_path.read_bytes())  # the other computer's copy, as the sync service leaves it
        answer = next(rule for rule in store.rules.rules() if rule.text == "Répondre aux avis")
        store.rules.update(replace(answer, text="Répondre à chaque avis"))
        store.rules.add(Rule(text="Photo du jour"), TODAY)
        before = _fingerprint(folder)
        copy_stat = os.stat(copy_path)
        differences = compare_with_copy(live_path, copy_path)
        assert _fingerprint(folder) == before  # no journal made beside the copy, no byte changed
        assert os.stat(copy_path).st_mtime_ns == copy_stat.st_mtime_ns
    finally:
        store.close()
    rules = {(d.side, d.label) for d in differences if d.area == "rules"}
    assert (Side.CHANGED, "Répondre aux avis") in rules
    assert (Side.ONLY_LIVE, "Photo du jour") in rules


def test_macos_reads_the_share_type_from_what_mount_prints(monkeypatch):
    import subprocess

    printed = ("/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)\n"
               "//GUEST@NAS._smb._tcp.local/Boutique on /Volumes/Boutique du NAS (smbfs, nodev, nosuid, mounted by elodie)\n"
               "/dev/disk4s1 on /Volumes/CLÉ USB (msdos, local, nodev, nosuid, noowners)\n")
    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout=printed))
    assert drive_kind("/Volumes/Boutique du NAS/fleurs.sqlite3", system="darwin") is Drive.NETWORK
    assert drive_kind("/Volumes/CLÉ USB/fleurs.sqlite3", system="darwin") is Drive.REMOVABLE
