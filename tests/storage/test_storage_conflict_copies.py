"""Conflict copies: only this file's own copies are offered, a copy's -wal is read, a FIFO never hangs."""

import hashlib
import os
import shutil
import time
from datetime import date

import pytest

from socialdesk.domain.posts import Post
from socialdesk.storage import open_store
from socialdesk.storage.conflict_compare import Side, compare_with_copy
from socialdesk.storage.placement import conflict_copies, synced_folder
from tests.posix_only import needs_fifos

COPY = "shop (conflicted copy 2026-12-01).sqlite3"


def _bytes_of(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if not p.name.startswith("shop.sqlite3")}


def test_a_post_only_in_the_copys_wal_is_listed_and_the_folder_is_untouched(tmp_path):
    folder, other = tmp_path / "Dropbox", tmp_path / "other computer"
    folder.mkdir(), other.mkdir()
    live = folder / "shop.sqlite3"
    open_store(live).close()
    shutil.copyfile(live, other / "shop.sqlite3")
    theirs = open_store(other / "shop.sqlite3")  # the other computer, its post still in its -wal when synced
    try:
        theirs.conn.execute("PRAGMA wal_autocheckpoint = 0")
        theirs.calendar.add(Post(day=date(2026, 12, 5), text="Marché de Noël samedi", zone="Europe/Paris"))
        assert os.path.getsize(other / "shop.sqlite3-wal") > 0
        shutil.copyfile(other / "shop.sqlite3", folder / COPY)
        shutil.copyfile(other / "shop.sqlite3-wal", folder / (COPY + "-wal"))
    finally:
        theirs.close()
    before, names = _bytes_of(folder), sorted(p.name for p in folder.iterdir() if not p.name.startswith("shop.s"))
    differences = compare_with_copy(live, folder / COPY)
    assert (Side.ONLY_COPY, "Marché de Noël samedi") in {(d.side, d.label) for d in differences if d.area == "posts"}
    assert _bytes_of(folder) == before
    assert sorted(p.name for p in folder.iterdir() if not p.name.startswith("shop.s")) == names  # no -shm left


@pytest.mark.parametrize("name, offered", [
    ("shop (Élodie's conflicted copy 2026-12-01).sqlite3", True),
    ("shop (copie en conflit de Élodie 2026-12-01).sqlite3", True),
    ("shop.sync-conflict-20261201-101010-ABCDEFG.sqlite3", True),
    ("shop-DESKTOP-1AB2C3.sqlite3", True),
    ("shop (1).sqlite3", True),
    ("shop-2.sqlite3", False),
    ("shop-old.sqlite3", False),
    ("shop-2 (conflicted copy 2026-12-01).sqlite3", False),
    ("shop (conflicted copy 2026-12-01).csv", False),
    ("shop (conflicted copy 2026-12-01).sqlite3-wal", False),
    ("shop.sync-conflict-whatever.sqlite3", False),
    ("shop-20261203-052252-manual.sqlite3", False),
    ("shop-20261203-052252-before-restore.sqlite3", False),
])
def test_only_this_files_conflict_copies_are_offered(tmp_path, name, offered):
    (tmp_path / "shop.sqlite3").write_bytes(b"x")
    (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in conflict_copies(tmp_path / "shop.sqlite3")] == ([name] if offered else [])


@needs_fifos
def test_links_and_fifos_named_like_a_copy_are_not_offered(tmp_path):
    (tmp_path / "shop.sqlite3").write_bytes(b"x")
    os.mkfifo(tmp_path / "shop (1).sqlite3")
    os.symlink("/dev/zero", tmp_path / "shop (2).sqlite3")
    (tmp_path / "elsewhere.sqlite3").write_bytes(b"x")
    os.symlink(tmp_path / "elsewhere.sqlite3", tmp_path / "shop (3).sqlite3")
    assert conflict_copies(tmp_path / "shop.sqlite3") == []


@needs_fifos
@pytest.mark.parametrize("make", [lambda path: os.mkfifo(path), lambda path: os.symlink("/dev/zero", path)],
                         ids=["fifo", "device-link"])
def test_a_fifo_or_device_named_desktop_ini_does_not_hang(tmp_path, make):
    shop = tmp_path / "a" / "shop" / "shop.sqlite3"
    shop.parent.mkdir(parents=True)
    make(tmp_path / "a" / "desktop.ini")
    started = time.monotonic()
    assert synced_folder(shop) is None
    assert time.monotonic() - started < 5


def test_icloud_conflict_copies_are_offered_only_inside_icloud_drive(tmp_path):
    icloud = tmp_path / "Élodie Dupré" / "Library" / "Mobile Documents" / "com~apple~CloudDocs" / "Boutique"
    plain = tmp_path / "Élodie Dupré" / "Documents"
    names = ["fleurs 2.sqlite3", "fleurs 3.sqlite3", "fleurs 12.sqlite3", "fleurs 2024.sqlite3", "fleurs 1.sqlite3",
             "fleurs 2.csv", "fleurs 2.sqlite3-wal"]
    for folder in (icloud, plain):
        folder.mkdir(parents=True)
        for name in ["fleurs.sqlite3", *names]:
            (folder / name).write_bytes(b"x")
    assert [p.name for p in conflict_copies(icloud / "fleurs.sqlite3")] == [
        "fleurs 12.sqlite3", "fleurs 2.sqlite3", "fleurs 3.sqlite3"]
    assert conflict_copies(plain / "fleurs.sqlite3") == []  # "fleurs 2" outside iCloud is the owner's own file
