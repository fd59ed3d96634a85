"""Drives named by Windows' device paths, USB sticks mounted by hand outside /media, and WebDAV mounts are
classified as what they are (injected readers and a fake sysfs: no real drive needed)."""

import pytest

from socialdesk.storage import placement
from socialdesk.storage.placement import DRIVE_REMOVABLE, Drive, drive_kind


@pytest.mark.parametrize("path", ["\\\\.\\E:\\Boutique\\shop.sqlite3", "\\\\?\\E:\\Boutique\\shop.sqlite3",
                                  "E:\\Boutique\\shop.sqlite3"])
def test_a_usb_stick_named_by_its_device_path_is_asked_about_its_drive_root(path):
    asked = []

    def drive_type(root):
        asked.append(root)
        return DRIVE_REMOVABLE if root == "E:\\" else 1  # 1: DRIVE_NO_ROOT_DIR

    assert drive_kind(path, system="win32", drive_type=drive_type) is Drive.REMOVABLE
    assert asked == ["E:\\"]


@pytest.fixture
def sysfs(tmp_path, monkeypatch):
    """/sys/class/block as the kernel lays it out: sdb is a USB stick (removable 1), sda the system disk."""
    devices = tmp_path / "sys" / "devices"
    block = tmp_path / "sys" / "class" / "block"
    block.mkdir(parents=True)
    for disk, flag in (("sda", "0"), ("sdb", "1")):
        (devices / disk / f"{disk}1").mkdir(parents=True)
        (devices / disk / "removable").write_text(flag + "\n")
        (devices / disk / f"{disk}1" / "partition").write_text("1\n")
        (block / disk).symlink_to(devices / disk)
        (block / f"{disk}1").symlink_to(devices / disk / f"{disk}1")
    monkeypatch.setattr(placement, "SYS_BLOCK", block)
    return block


def _mounts(tmp_path, *lines):
    table = tmp_path / "mounts"
    table.write_text("".join(line + "\n" for line in ("/dev/sda1 / ext4 rw 0 0", *lines)))
    return table


def test_a_usb_stick_mounted_by_hand_under_mnt_is_removable(tmp_path, sysfs):
    mounts = _mounts(tmp_path, "/dev/sdb1 /mnt/clé\\040USB vfat rw 0 0", "/dev/sda2 /mnt/data ext4 rw 0 0")
    assert drive_kind("/mnt/clé USB/shop.sqlite3", system="linux", mounts=mounts) is Drive.REMOVABLE
    assert drive_kind("/mnt/data/shop.sqlite3", system="linux", mounts=mounts) is Drive.LOCAL
    assert drive_kind("/home/elodie/shop.sqlite3", system="linux", mounts=mounts) is Drive.LOCAL


@pytest.mark.parametrize("line", ["https://nuage.example.fr/remote.php/dav/files/elodie /mnt/nuage fuse rw 0 0",
                                  "//nas/boutique /mnt/nuage cifs rw 0 0", "nas:/srv /mnt/nuage nfs4 rw 0 0",
                                  "elodie@nas:/srv /mnt/nuage fuse.sshfs rw 0 0"])
def test_webdav_sshfs_cifs_and_nfs_mounts_are_network_shares(tmp_path, sysfs, line):
    mounts = _mounts(tmp_path, line)
    assert drive_kind("/mnt/nuage/shop.sqlite3", system="linux", mounts=mounts) is Drive.NETWORK
