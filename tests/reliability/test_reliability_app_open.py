"""The app facing a refused data file: it never crashes, and the owner's choice is carried out faithfully."""

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from damage import SHAPES, SHOP_NAME, damaged_sample, fingerprint, make_sample
from socialdesk.storage.backups import list_backups
from socialdesk.ui import application
from socialdesk.ui.open_problems import Choice, newest_good_backup
from tests.posix_only import needs_unix_modes

REFUSED = sorted(name for name, (_damage, problems) in SHAPES.items() if problems)


def _answer(monkeypatch, choice: Choice, asked: list):
    """Stand in for the dialog, offering only what the real dialog offers for that problem."""
    def ask(parent, error):
        asked.append(error.problem.value)
        if choice in (Choice.RESTORE, Choice.FRESH) and not error.can_be_replaced:
            return Choice.QUIT, None
        backup = newest_good_backup(error.path)
        if choice is Choice.RESTORE and backup is None:
            return Choice.QUIT, None
        return choice, backup if choice is Choice.RESTORE else None
    monkeypatch.setattr(application, "ask_what_to_do", ask)


def _tables(path: Path) -> dict:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        names = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: sorted(map(repr, conn.execute(f'SELECT * FROM "{n}"'))) for n in names
                if n != "_sqlite_migrations"}
    finally:
        conn.close()


def _sample(tmp_path, shape: str):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    damaged_sample(path, shape, seed=5, backup_at=datetime(2026, 11, 20, 8, 0))
    return folder, path


@pytest.mark.parametrize("shape", REFUSED)
def test_quit_leaves_everything_as_it_was(controller, monkeypatch, tmp_path, shape):
    folder, path = _sample(tmp_path, shape)
    before, asked = fingerprint(folder), []
    _answer(monkeypatch, Choice.QUIT, asked)
    assert controller.open(path) is False
    assert asked and fingerprint(folder) == before
    assert controller.window is None


@pytest.mark.parametrize("shape", REFUSED)
def test_start_fresh_keeps_the_damaged_file_aside_byte_identical(controller, monkeypatch, tmp_path, shape):
    folder, path = _sample(tmp_path, shape)
    original, asked = path.read_bytes(), []
    _answer(monkeypatch, Choice.FRESH, asked)
    opened = controller.open(path)
    if not SHAPES[shape][1] & {"damaged", "not_sqlite", "empty_file"}:  # not offered: the app quits untouched
        assert opened is False and path.read_bytes() == original
        return
    assert opened and controller.window is not None
    aside = [p for p in folder.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert controller.store.shop.get().name == ""
    controller.store.settings.set("language", "en")  # the fresh file takes writes
    assert controller.store.settings.get("language") == "en"


@pytest.mark.parametrize("shape", REFUSED)
def test_restore_brings_back_the_newest_good_backup(controller, monkeypatch, tmp_path, shape):
    folder, path = _sample(tmp_path, shape)
    good = list_backups(path)[0]
    expected = _tables(good)
    # A newer backup that is itself broken must be passed over.
    broken = good.with_name("shop-20261125-080000-daily.sqlite3")
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    original, asked = path.read_bytes(), []
    _answer(monkeypatch, Choice.RESTORE, asked)
    opened = controller.open(path)
    if shape in ("newer_version",):
        assert opened is False and path.read_bytes() == original
        return
    assert opened, asked
    assert controller.store.shop.get().name == SHOP_NAME
    assert _tables(path) == expected
    aside = [p for p in folder.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3"]
    assert len(aside) == 1 and aside[0].read_bytes() == original
    assert broken.exists()


@pytest.mark.parametrize("where", ["file", pytest.param("folder", marks=needs_unix_modes)])
def test_read_only_data_is_explained_and_left_alone(controller, monkeypatch, tmp_path, where):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    make_sample(path)
    for side in ("-wal", "-shm", ".lock"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    (path if where == "file" else folder).chmod(0o444 if where == "file" else 0o555)
    try:
        before, asked = fingerprint(folder), []
        _answer(monkeypatch, Choice.FRESH, asked)
        assert controller.open(path) is False
        assert asked == ["read_only"] and fingerprint(folder) == before
    finally:
        folder.chmod(0o700)


@pytest.mark.faults
@pytest.mark.parametrize("seed", range(20))
def test_scribbled_file_that_opens_shows_every_tab(controller, monkeypatch, tmp_path, seed):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    damaged_sample(path, "scribbled", seed)
    _answer(monkeypatch, Choice.QUIT, [])
    if controller.open(path):
        for index in range(controller.window.tabs.count()):
            controller.window.show_tab(index)
            controller.window.tabs.widget(index).ensure_built()
