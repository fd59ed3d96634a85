"""Damaged files are refused without a single byte changed; the owner's choices keep them aside."""

import hashlib
import os
import random
from datetime import datetime
from pathlib import Path

import pytest

from socialdesk.domain.shop import ShopCard
from socialdesk.storage import Problem, StoreOpenError, open_store
from socialdesk.storage.backups import make_backup
from socialdesk.storage.opening import start_fresh
from socialdesk.storage.restoring import restore_in_place
from tests.posix_only import needs_unix_modes


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _healthy_file(path: Path, rows: int = 200) -> None:
    store = open_store(path)
    for i in range(rows):
        store.settings.set(f"k{i}", "x" * 300 + str(i))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    Path(str(path) + "-wal").unlink(missing_ok=True)
    Path(str(path) + "-shm").unlink(missing_ok=True)


def _truncated(path: Path) -> None:
    _healthy_file(path)
    data = path.read_bytes()
    path.write_bytes(data[: random.Random(7).randrange(4096, len(data) - 4096)])


def _corrupt_page(path: Path) -> None:
    _healthy_file(path)
    data = bytearray(path.read_bytes())
    page = 4096 * 5  # a b-tree page of the settings table
    data[page : page + 4096] = bytes(random.Random(3).randrange(256) for _ in range(4096))
    path.write_bytes(bytes(data))


SHAPES = {
    "zero_bytes": (lambda p: p.write_bytes(b""), Problem.EMPTY_FILE),
    "random_bytes": (lambda p: p.write_bytes(random.Random(1).randbytes(50_000)), Problem.NOT_SQLITE),
    "text_file": (lambda p: p.write_text("Liste de courses : farine, beurre, œufs\n", encoding="utf-8"), Problem.NOT_SQLITE),
    "truncated": (_truncated, Problem.DAMAGED),
    "corrupt_page": (_corrupt_page, Problem.DAMAGED),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_damaged_file_is_refused_and_unchanged(tmp_path, shape):
    path = tmp_path / "shop.sqlite3"
    make, problem = SHAPES[shape]
    make(path)
    before = _digest(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is problem
    assert refused.value.can_be_replaced
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".lock") == ["shop.sqlite3"]


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_start_fresh_keeps_the_damaged_file_aside_byte_identical(tmp_path, shape):
    path = tmp_path / "shop.sqlite3"
    SHAPES[shape][0](path)
    before = _digest(path)
    store, aside = start_fresh(path, now=datetime(2026, 11, 26, 13, 5))
    assert aside.name == "shop.damaged-20261126-130500.sqlite3"
    assert _digest(aside) == before
    store.shop.save(ShopCard(name="Nouveau départ"))
    store.close()


def test_restore_in_place_uses_the_backup_and_keeps_the_damaged_file(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.shop.save(ShopCard(name="Hôtel du Port"))
    backup = make_backup(store.conn, path, datetime(2026, 6, 1), "daily")
    store.close()
    for side in ("-wal", "-shm"):
        Path(str(path) + side).unlink(missing_ok=True)
    path.write_bytes(b"\x00" * 100)
    store, aside = restore_in_place(path, backup)
    assert store.shop.get().name == "Hôtel du Port"
    assert aside.read_bytes() == b"\x00" * 100
    store.close()


def test_a_wal_left_by_a_crash_is_recovered(tmp_path):
    path = tmp_path / "shop.sqlite3"
    store = open_store(path)
    store.shop.save(ShopCard(name="Before the crash"))
    # simulate a crash: copy the file and its WAL while the writer still has them open
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        (crashed / f"shop.sqlite3{suffix}").write_bytes(Path(str(path) + suffix).read_bytes())
    store.close()
    reopened = open_store(crashed / "shop.sqlite3")
    assert reopened.shop.get().name == "Before the crash"
    assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    reopened.close()


def test_read_only_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "shop.sqlite3"
    _healthy_file(path, rows=3)
    os.chmod(path, 0o400)
    before = _digest(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.READ_ONLY
    assert _digest(path) == before


@needs_unix_modes
def test_read_only_folder_is_refused(tmp_path):
    folder = tmp_path / "locked"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    _healthy_file(path, rows=3)
    os.chmod(folder, 0o500)
    try:
        with pytest.raises(StoreOpenError) as refused:
            open_store(path)
        assert refused.value.problem is Problem.READ_ONLY
    finally:
        os.chmod(folder, 0o700)


def test_a_folder_in_the_way_is_unreadable(tmp_path):
    (tmp_path / "shop.sqlite3").mkdir()
    with pytest.raises(StoreOpenError) as refused:
        open_store(tmp_path / "shop.sqlite3")
    assert refused.value.problem is Problem.UNREADABLE


def _header_overwritten(path: Path) -> None:
    with open(path, "r+b") as damaged:
        damaged.write(b"garbage garbage garbage garbage ")


def test_a_data_file_whose_header_was_overwritten_is_damaged_when_it_has_its_backups(tmp_path):
    """Attack 30, #3: a data file with its first bytes overwritten was "not a SocialDesk data file", and `check`
    said so. With this file's own backups beside it, it is a damaged data file: restore is offered, nothing is
    changed. A file of another kind with no backups of its name is still "not a SocialDesk data file"."""
    path = tmp_path / "shop.sqlite3"
    _healthy_file(path, rows=5)
    store = open_store(path)
    make_backup(store.conn, path, datetime(2026, 12, 1, 9, 0), "manual")
    store.close()
    _header_overwritten(path)
    before = _digest(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.DAMAGED and refused.value.can_be_replaced
    assert _digest(path) == before
    other = tmp_path / "elsewhere" / "shop.sqlite3"
    other.parent.mkdir()
    other.write_bytes(path.read_bytes())
    with pytest.raises(StoreOpenError) as refused:
        open_store(other)
    assert refused.value.problem is Problem.NOT_SQLITE


def test_an_overwritten_data_file_is_damaged_even_when_its_backups_cannot_be_read_now(tmp_path):
    """Attack 31, #6: with its backups' folder unreadable (here: moved away), an overwritten data file was "not a
    SocialDesk data file". This computer noted its key at its last backup: it was a data file, now damaged."""
    path = tmp_path / "shop.sqlite3"
    _healthy_file(path, rows=5)
    store = open_store(path)
    make_backup(store.conn, path, datetime(2026, 12, 1, 9, 0), "manual")
    store.close()
    (tmp_path / "backups").rename(tmp_path / "elsewhere")
    _header_overwritten(path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.DAMAGED
