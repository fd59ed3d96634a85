"""A post's image is never replaced by an export, and attaching it again repairs a damaged copy."""

import csv
import sqlite3
from datetime import date, time
from pathlib import Path

import pytest
from PIL import Image

from socialdesk.cli import main as cli_main
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.export_files import OutputIsDatabase, OutputIsDataFile, check_output
from socialdesk.storage import open_store
from socialdesk.storage.calendar.media import import_image, media_dir, thumbnail_path

RED = (200, 20, 20)


def _png(path: Path, colour=RED, size=(64, 64)) -> Path:
    Image.new("RGB", size, colour).save(path)
    return path


@pytest.fixture
def shop(tmp_path):
    """A data file with one post whose image is in media/ beside it; yields (data file, image name, bytes)."""
    path = tmp_path / "shop" / "shop.sqlite3"
    path.parent.mkdir()
    photo = _png(tmp_path / "photo.png")
    store = open_store(path)
    name = import_image(store, photo)
    store.calendar.add(Post(text="croissant day", status=PostStatus.PLANNED, day=date(2026, 12, 10), time=time(9),
                            networks=("instagram",), image=name))
    store.close()
    return path, name, photo.read_bytes()


def _pixels(path: Path):
    with Image.open(path) as image:
        return image.convert("RGB").getpixel((0, 0)), image.size


@pytest.mark.parametrize("where", ["image", "thumbnail", "new name in media", "through .."])
def test_the_command_line_never_exports_into_the_media_folder_even_with_force(shop, where, capsys):
    path, name, original = shop
    media = path.parent / "media"
    target = {"image": media / name, "thumbnail": media / "thumbs" / (Path(name).stem + ".png"),
              "new name in media": media / "plan.csv",
              "through ..": media / "thumbs" / ".." / name}[where]
    before = target.read_bytes() if target.exists() else None
    assert cli_main(["export", "csv", "-o", str(target), "--force", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(target) in err and "SocialDesk's data" in err
    assert (target.read_bytes() if target.exists() else None) == before
    assert (media / name).read_bytes() == original and _pixels(media / name) == (RED, (64, 64))


def test_an_export_beside_the_media_folder_is_still_written(shop):
    path, _, _ = shop
    target = path.parent / "media-plan.csv"  # a name that only starts like the folder
    assert cli_main(["export", "csv", "-o", str(target), "--force", "--db", str(path)]) == 0
    with open(target, newline="", encoding="utf-8-sig") as handle:
        assert [row["text"] for row in csv.DictReader(handle)] == ["croissant day"]


def test_the_window_export_refuses_the_media_folder_and_says_why(qtbot, shop, monkeypatch):
    from PySide6.QtGui import QAction

    from socialdesk.ui.application import AppController
    from socialdesk.ui.common.save_guard import SaveGuard, refused_text

    path, name, original = shop
    image = path.parent / "media" / name
    said = []
    monkeypatch.setattr(SaveGuard, "ask", classmethod(
        lambda cls, parent, caption, suggested, filters, selected="", suffix="":
            (image, selected or filters.split(";;")[0])))
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: said.append(text)))
    controller = AppController("en")
    assert controller.open(path)
    try:
        controller.window.page("calendarTab").ensure_built()
        action = next(a for a in controller.window.findChildren(QAction) if a.objectName() == "calendarExportCsv")
        action.trigger()
        qtbot.waitUntil(lambda: bool(said), timeout=5000)
        assert said == [refused_text(image)] and "post's image" in said[0]
        assert image.read_bytes() == original
    finally:
        controller.window.close()
        controller.store.close()


@pytest.mark.parametrize("damage", [
    lambda data: b"\xef\xbb\xbfdate,time,networks\r\n2026-12-10,09:00,instagram\r\n",  # an export over it
    lambda data: data[: len(data) // 2],  # cut short
    lambda data: data[:-1] + bytes([data[-1] ^ 0xFF]),  # the same size, one byte changed
    lambda data: b"",
], ids=["an export over it", "cut short", "one byte changed", "emptied"])
def test_attaching_the_same_image_again_repairs_a_damaged_copy(shop, tmp_path, damage):
    path, name, original = shop
    image = path.parent / "media" / name
    thumb = image.parent / "thumbs" / (image.stem + ".png")
    image.write_bytes(damage(original))
    thumb.write_bytes(b"date,time\r\n")
    store = open_store(path)
    try:
        assert import_image(store, tmp_path / "photo.png") == name
        assert thumbnail_path(store, name) == thumb
    finally:
        store.close()
    assert image.read_bytes() == original and _pixels(image) == (RED, (64, 64))
    assert _pixels(thumb)[0] == RED
    assert not [p for p in image.parent.iterdir() if p.name.endswith(".partial")]


def test_an_intact_copy_is_kept_as_it_is(shop, tmp_path):
    path, name, original = shop
    image = path.parent / "media" / name
    stamp = image.stat().st_mtime_ns
    store = open_store(path)
    try:
        assert import_image(store, tmp_path / "photo.png") == name
        assert media_dir(store) == image.parent
    finally:
        store.close()
    assert image.stat().st_mtime_ns == stamp and image.read_bytes() == original


def _journal_of_a_missing_database(folder: Path, mode: str) -> Path:
    """A database left a -wal (or a hot -journal) with its last changes, then the database itself went away."""
    base = folder / "books.db"
    keep = sqlite3.connect(base)
    keep.execute(f"PRAGMA journal_mode={mode}")
    keep.execute("CREATE TABLE sales (amount INTEGER)")
    keep.commit()
    if mode == "WAL":
        keep.execute("PRAGMA wal_autocheckpoint=0")
        keep.execute("INSERT INTO sales VALUES (42)")
        keep.commit()
        journal = Path(f"{base}-wal")
        saved = journal.read_bytes()
    else:
        keep.execute("INSERT INTO sales VALUES (1)")
        keep.commit()
        keep.execute("PRAGMA cache_size=2")  # a small cache spills: the journal is synced, then the file written
        keep.execute("BEGIN")
        keep.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
                     "INSERT INTO sales SELECT randomblob(4000) FROM n")
        keep.execute("UPDATE sales SET amount = 42 WHERE rowid = 1")
        journal = Path(f"{base}-journal")
        saved = journal.read_bytes()  # hot: the transaction is still open
    keep.close()
    journal.write_bytes(saved)  # as the crash or the move left it
    base.unlink()
    for leftover in (Path(f"{base}-shm"), Path(f"{base}-journal") if mode == "WAL" else Path(f"{base}-wal")):
        leftover.unlink(missing_ok=True)
    return journal


@pytest.mark.parametrize("mode", ["WAL", "DELETE"])
def test_a_journal_whose_database_is_gone_is_never_replaced(tmp_path, mode, capsys):
    journal = _journal_of_a_missing_database(tmp_path, mode)
    before = journal.read_bytes()
    assert before and not (tmp_path / "books.db").exists()
    with pytest.raises(OutputIsDatabase):
        check_output(journal, True, None)
    assert cli_main(["export", "csv", "-o", str(journal), "--force", "--db", str(tmp_path / "mine.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "never overwritten" in err
    assert journal.read_bytes() == before


def test_an_empty_sqlite3_file_and_a_text_named_like_a_journal_may_be_replaced(tmp_path):
    """Nothing to lose in them: a 0-byte .sqlite3 and a -wal name that SQLite never wrote."""
    open_store(tmp_path / "mine.sqlite3").close()
    for name, data in (("empty.sqlite3", b""), ("notes-wal", b"not a journal"), ("old-journal", b"")):
        target = tmp_path / name
        target.write_bytes(data)
        check_output(target, True, None)
        assert cli_main(["export", "csv", "-o", str(target), "--force", "--db", str(tmp_path / "mine.sqlite3")]) == 0
        assert target.read_bytes().lstrip(b"\xef\xbb\xbf").startswith(b"date,")


def test_the_media_folder_refusal_is_the_data_file_refusal(shop):
    path, name, _ = shop
    with pytest.raises(OutputIsDataFile):
        check_output(path.parent / "media" / "thumbs" / "new.png", True, path)
