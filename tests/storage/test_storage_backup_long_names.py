"""A data file with a long name (244 bytes, as valid as any) still gets its backups, found and rotated."""

import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from socialdesk.cli import main
from socialdesk.storage import backup_names, backups
from socialdesk.storage.opening import open_store

LONG = "é" * 118 + ".sqlite3"  # 244 bytes in UTF-8: under the 255 a name may have, over what a stamp leaves


def _made_as(path: Path) -> Path:
    """A data file made under a short name, then renamed (as the owner would copy one)."""
    short = path.with_name("new.sqlite3")
    open_store(short).close()
    short.rename(path)
    for leftover in (path.parent / "backups").glob("*"):
        leftover.unlink()
    return path


@pytest.fixture
def shop(tmp_path) -> Path:
    assert len(os.fsencode(LONG)) == 244
    return _made_as(tmp_path / LONG)


def _readable(copy: Path) -> int:
    conn = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_the_backup_command_makes_a_backup_of_a_long_named_file(shop, capsys):
    assert main(["backup", "--db", str(shop)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == shop.parent / "backups" and _readable(made)
    assert len(os.fsencode(made.name)) + len("-journal") <= 255
    assert made.name.endswith("-manual.sqlite3") and made.name.startswith("é" * 20)
    assert backups.list_backups(shop)[0] == made


def test_import_into_a_long_named_file_works(shop, tmp_path, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,instagram,planned,,,a,\n",
                    encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith("1 post imported")
    assert len(backups.list_backups(shop)) == 1


def test_long_named_backups_sort_by_time_and_rotate(shop):
    store = open_store(shop)
    try:
        start = datetime(2026, 12, 1, 9)
        made = [backups.make_backup(store.conn, shop, start + timedelta(days=n), "manual") for n in range(12)]
        twice = backups.make_backup(store.conn, shop, start + timedelta(days=11), "before-restore")
    finally:
        store.close()
    kept = backups.list_backups(shop)
    assert twice.name.endswith("-before-restore2.sqlite3") and twice in kept  # the second made in that second
    assert kept[:2] == [twice, made[-1]]  # made after it, so newer
    assert len(kept) == backups.KEEP + 1 and made[0] not in kept and not made[0].exists()  # the restore's on top
    assert [backup_names.backup_time(p) for p in kept[1:]] == sorted((backup_names.backup_time(p) for p in kept[1:]), reverse=True)


def test_two_long_names_that_share_their_start_keep_their_own_backups(tmp_path):
    first, second = tmp_path / ("é" * 118 + ".sqlite3"), tmp_path / ("é" * 117 + "a.sqlite3")
    for path in (_made_as(first), _made_as(second)):
        store = open_store(path)
        backups.make_backup(store.conn, path, datetime(2026, 12, 1, 9), "manual")
        store.close()
    assert backups.list_backups(first) and backups.list_backups(second)
    assert not set(backups.list_backups(first)) & set(backups.list_backups(second))


def test_a_backup_named_the_old_way_is_still_found(tmp_path):
    """Backups made before names were shortened carry the whole stem: restore and rotation still see them."""
    path = _made_as(tmp_path / ("b" * 205 + ".sqlite3"))  # fit the old names, shortened now
    old = tmp_path / "backups" / f"{path.stem}-20261101-090000-daily.sqlite3"
    old.parent.mkdir(exist_ok=True)
    store = open_store(path)
    try:
        backups.copy_database(store.conn, old)
        new = backups.make_backup(store.conn, path, datetime(2150, 12, 1, 9), "manual")
    finally:
        store.close()
    assert new.name != f"{path.stem}-21501201-090000-manual.sqlite3"
    assert new == backups.list_backups(path)[0] and old == backups.list_backups(path)[-1]


def test_a_long_named_files_earlier_backup_folders_stay_listed(shop, tmp_path):
    """The note naming the folders chosen before (`.<name>.backups-elsewhere`, written through a `.partial`) is
    shortened to fit, as is the identity beside it: backups in a folder chosen earlier stay offered in Restore."""
    when = datetime(2026, 12, 4, 9, 0)
    made = []
    store = open_store(shop, now=when)
    for day, folder in enumerate(("Clé USB", "Dropbox")):
        chosen = tmp_path / folder
        chosen.mkdir()
        store.settings.set("backup_folder", str(chosen))
        made.append(backups.make_backup(store.conn, store.path, when + timedelta(days=day), "manual"))
    store.close()
    assert [b.parent.name for b in made] == ["Clé USB", "Dropbox"]
    assert set(made) <= set(backups.list_backups(shop))
    beside = sorted(p.name for p in (shop.parent / "backups").glob(".*") if not p.name.startswith(".backup-rows"))
    assert len(beside) == 2 and all(len(os.fsencode(n)) + len(".partial") <= 255 for n in beside)
    assert {n.rsplit(".", 1)[-1] for n in beside} == {"backups-elsewhere", "backup-id"}


def test_a_long_name_in_a_deep_folder_still_restores(tmp_path):
    """A path of 504 bytes is accepted: its backups' names leave room for SQLite's 512-byte path, whatever the
    reason (`before-restore`, made first by every restore, is the longest) and the rank in its second."""
    deep = tmp_path / ("d" * (504 - len(os.fsencode(str(tmp_path))) - 2 - len(os.fsencode(LONG))))
    deep.mkdir()
    shop = _made_as(deep / LONG)
    assert len(os.fsencode(str(shop))) == 504
    when = datetime(2026, 12, 4, 9, 0)
    store = open_store(shop, now=when)
    try:
        made = [backups.make_backup(store.conn, store.path, when, reason)
                for reason in ("manual", *["before-restore"] * 5)]
        safety = restore_from(store, made[0], when + timedelta(days=1))
    finally:
        store.close()
    kept = [made[0], *made[-2:]]  # the copies made before a restore: the newest three (its own, and two of these)
    assert safety.is_file() and all(_readable(b) for b in kept) and not any(b.exists() for b in made[1:-2])
    assert all(len(os.fsencode(str(b))) + len("-journal") <= 512 for b in [*made, safety])
    assert set(kept) <= set(backups.list_backups(shop))


def restore_from(store, backup, when):
    from socialdesk.storage.restoring import restore_backup

    return restore_backup(store, backup, now=when)


def test_a_long_named_files_backups_are_found_after_its_folder_moves_to_a_shorter_path(tmp_path):
    """Backup names are sized for the folder they were made in: the folder moved (a USB stick mounted elsewhere),
    those made before still belong to the file: listed, and rotated."""
    deep = tmp_path / ("Boulangerie Dupont - comptabilite et donnees " * 6)[:254 - len(os.fsencode(str(tmp_path)))]
    deep.mkdir()
    shop = _made_as(deep / LONG)
    when = datetime(2026, 11, 1, 9, 0)
    store = open_store(shop, now=when)
    store.settings.set("backups_keep", 2)
    made = [backups.make_backup(store.conn, store.path, when + timedelta(hours=h), "manual") for h in range(2)]
    store.close()
    moved = deep.rename(tmp_path / "shop") / LONG
    assert {b.name for b in made} <= {b.name for b in backups.list_backups(moved)}
    store = open_store(moved, now=datetime(2026, 12, 1, 9, 0))
    for hour in range(3):
        backups.make_backup(store.conn, store.path, datetime(2026, 12, 2, 9 + hour), "manual")
    store.close()
    assert len(list((moved.parent / "backups").glob("*.sqlite3"))) == 2  # the old ones rotated out too


@pytest.mark.parametrize("link_is_short", [True, False])
def test_a_long_named_files_chosen_folder_reached_through_a_link_takes_finds_and_rotates_its_backups(tmp_path,
                                                                                                    link_is_short):
    """macOS's ~/Dropbox (short) leads to ~/Library/CloudStorage/… (long); a long link may lead to a short folder."""
    long_part = "Dropbox-Boulangerie Pâtisserie Dupont et Fils " * 5
    real = tmp_path / ("Library" if link_is_short else "usb") / (long_part if link_is_short else "")
    real.mkdir(parents=True, exist_ok=True)
    link = tmp_path / ("Dropbox" if link_is_short else long_part)
    link.symlink_to(real)
    (tmp_path / "shop").mkdir()
    store = open_store(_made_as(tmp_path / "shop" / LONG))  # with the day's backup beside it
    store.settings.set("backups_keep", 3)
    store.settings.set("backup_folder", str(link))
    made = [backups.make_backup(store.conn, store.path, datetime(2026, 12, 1, 9 + h), "manual") for h in range(4)]
    store.close()
    assert all(b.parent.resolve() == real.resolve() for b in made)
    on_disk = sorted(p.name for p in real.glob("*.sqlite3"))
    assert on_disk == sorted(b.name for b in made[1:])  # the last three made, the day's beside made first
    assert set(on_disk) <= {b.name for b in backups.list_backups(tmp_path / "shop" / LONG)}
