"""Backups give back exactly what was there; ten are kept; data file, backups and exports are private."""

import os
import random
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from damage import fingerprint
from socialdesk.cli import main as cli_main
from socialdesk.domain.shop import ShopCard
from socialdesk.export_files import write_private
from socialdesk.storage import open_store
from socialdesk.storage.backups import KEEP, list_backups, make_backup
from socialdesk.storage.restoring import restore_backup
from tests.posix_only import needs_unix_modes

T0 = datetime(2026, 11, 1, 8, 0)


def _tables(conn: sqlite3.Connection) -> dict:
    names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names}


def _change(store, rng: random.Random, step: int) -> None:
    """One more day of the owner's work: settings, the card, a post, a deleted row."""
    store.settings.set(f"note-{step}", rng.choice(["🥐", "مرحبا", "nul\x00", "x" * 5000]) + str(step))
    store.shop.save(ShopCard(name=f"Boulangerie Léa {step}", phone=f"04 78 {step:02d} 00 00"))
    from socialdesk.domain.posts import Post, PostStatus
    store.calendar.add(Post(day=T0.date() + timedelta(days=step), text=f"Post {step} ✨", status=PostStatus.PLANNED,
                            networks=("instagram",)))
    if step % 3 == 0:
        with store.write() as db:
            db.execute("DELETE FROM settings WHERE key = ?", (f"note-{step - 1}",))


def test_restoring_any_backup_gives_back_exactly_what_was_there(tmp_path):
    rng = random.Random(11)
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=T0)
    snapshots = {}
    try:
        for step in range(KEEP // 2):  # with the safety copies made on restore, all ten stay
            _change(store, rng, step)
            backup = make_backup(store.conn, path, T0 + timedelta(hours=step + 1), "manual")
            snapshots[backup] = _tables(store.conn)
        order = list(snapshots)
        rng.shuffle(order)
        for number, backup in enumerate(order):
            present = _tables(store.conn)
            safety = restore_backup(store, backup, now=T0 + timedelta(days=1, minutes=number))
            assert _tables(store.conn) == snapshots[backup], backup.name
            check = sqlite3.connect(f"file:{safety}?mode=ro", uri=True)
            assert _tables(check) == present, "the safety copy made before restoring is not what was there"
            check.close()
            snapshots[safety] = present
            store.settings.set("after-restore", number)  # and the restored file takes writes
            snapshots.pop(backup, None)
    finally:
        store.close()
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rotation_keeps_the_ten_newest(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path, now=T0)
    made = []
    try:
        for i in range(25):
            made.append(make_backup(store.conn, path, T0 + timedelta(minutes=7 * i), "manual"))
            assert len(list_backups(path)) == min(i + 1, KEEP)
        # the same second twice: a second name, never an overwrite
        twin = make_backup(store.conn, path, T0 + timedelta(minutes=7 * 24), "manual")
    finally:
        store.close()
    kept = list_backups(path)
    assert len(kept) == KEEP
    assert twin in kept and made[-1] in kept
    assert set(kept) - {twin} == set(made[-(KEEP - 1):])


@needs_unix_modes
def test_data_file_backups_and_side_files_are_private(tmp_path):
    previous = os.umask(0o022)  # the usual umask: files would be 0644 unless made private
    path = tmp_path / "data" / "shop.sqlite3"
    store = open_store(path, now=T0)
    try:
        store.settings.set("language", "fr")
        backup = make_backup(store.conn, path, T0, "manual")
        for side in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}.lock"), backup):
            assert side.stat().st_mode & 0o777 == 0o600, f"{side.name} is {oct(side.stat().st_mode & 0o777)}"
        assert backup.parent.stat().st_mode & 0o077 == 0
    finally:
        store.close()
        os.umask(previous)


@needs_unix_modes
def test_write_private_is_0600_even_over_a_public_file(tmp_path):
    target = tmp_path / "plan.csv"
    target.write_text("old")
    target.chmod(0o644)
    write_private(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o600
    assert sorted(os.listdir(tmp_path)) == ["plan.csv"]


@pytest.mark.parametrize("kind", ["csv", "ics"])
def test_headless_export_never_overwrites_without_force(tmp_path, capsys, kind):
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    output = tmp_path / "out" / f"plan.{kind}"
    output.parent.mkdir()
    output.write_bytes(b"the owner's own file")
    output.chmod(0o644)
    before = fingerprint(output.parent)
    assert cli_main(["export", kind, "--db", str(path), "-o", str(output)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "--force" in err[0]
    assert fingerprint(output.parent) == before and output.stat().st_mode & 0o777 == 0o644
    assert cli_main(["export", kind, "--db", str(path), "-o", str(output), "--force"]) == 0
    assert output.read_bytes() != b"the owner's own file"
    assert output.stat().st_mode & 0o777 == 0o600
    fresh = output.with_name(f"fresh.{kind}")
    assert cli_main(["export", kind, "--db", str(path), "-o", str(fresh)]) == 0
    assert fresh.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("suffix", ["png", "svg", "pdf"])
def test_headless_qr_never_overwrites_without_force(qapp, tmp_path, capsys, suffix):
    # qapp: a QApplication first, so the PDF writer's QGuiApplication never takes its place for later tests
    output = tmp_path / f"code.{suffix}"
    output.write_bytes(b"the owner's own file")
    before = fingerprint(tmp_path)
    assert cli_main(["qr", "https://boulangerie-lea.fr/", "-o", str(output)]) == 2
    assert "--force" in capsys.readouterr().err and fingerprint(tmp_path) == before
    assert cli_main(["qr", "https://boulangerie-lea.fr/", "-o", str(output), "--force"]) == 0
    assert output.read_bytes() != b"the owner's own file" and output.stat().st_mode & 0o777 == 0o600


def test_headless_print_cards_never_overwrites_without_force(qapp, tmp_path, capsys):
    from damage import make_sample

    path = tmp_path / "shop.sqlite3"
    make_sample(path)
    store = open_store(path)
    store.presence.ensure_listing("google_business")
    listing = store.presence.listing_for("google_business")
    listing.url, listing.print_card = "https://g.page/boulangerie-lea", True
    store.presence.save(listing)
    store.close()
    output = tmp_path / "out" / "cards.pdf"
    output.parent.mkdir()
    output.write_bytes(b"the owner's own file")
    before = fingerprint(output.parent)
    assert cli_main(["print-cards", "--template", "a6", "--db", str(path), "-o", str(output)]) == 2
    assert "--force" in capsys.readouterr().err and fingerprint(output.parent) == before
    assert cli_main(["print-cards", "--template", "a6", "--db", str(path), "-o", str(output), "--force"]) == 0
    assert output.read_bytes().startswith(b"%PDF") and output.stat().st_mode & 0o777 == 0o600


def test_an_export_never_replaces_the_data_file_even_with_force(tmp_path, capsys):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.settings.set("language", "fr")
    store.close()
    cli_main(["export", "csv", "--db", str(path), "-o", str(path), "--force"])
    assert path.read_bytes().startswith(b"SQLite format 3\x00")
