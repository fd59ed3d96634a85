"""The calendar window and hostile input: bounded dates, CSV that is not UTF-8, devices, images in the background."""

import io
import os
import time
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.import_dialog import ImportDialog
from socialdesk.ui.calendar.post_dialog import PostDialog

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"




def test_the_week_box_stops_at_2199_and_agrees_with_the_header(tab):
    assert (tab.jump.minimumDate(), tab.jump.maximumDate()) == (QDate(1900, 1, 1), QDate(2199, 12, 31))
    tab.jump.setDate(QDate(9999, 12, 31))
    assert tab.start == date(2199, 12, 30) and tab.jump.date() == QDate(2199, 12, 30)
    assert "30 Dec" in tab.title.text() and "Week 1 " in tab.title.text()
    tab.show_week(date(9999, 12, 31))  # e.g. after an import: the nearest week the app shows
    tab.go_next()
    assert tab.start == date(2199, 12, 30)


def test_the_post_dialog_offers_only_days_from_1900_to_2199(qtbot, store):
    old = Post(day=date(9999, 12, 31), text="from an old file", status=PostStatus.PLANNED)
    dialog = PostDialog(None, old, store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    for edit in (dialog.day_edit, dialog.until_edit):
        assert (edit.minimumDate(), edit.maximumDate()) == (QDate(1900, 1, 1), QDate(2199, 12, 31))
    assert dialog.post().day == date(2199, 12, 31)


def test_a_csv_with_a_bom_and_bad_bytes_is_shown_as_one_problem(tab, store, monkeypatch):
    seen = []
    monkeypatch.setattr(tab.files, "ask_open_path", lambda: HOSTILE / "csv" / "bom_then_invalid.csv")
    monkeypatch.setattr(ImportDialog, "ask", classmethod(
        lambda cls, parent, parsed, name, already: seen.append([(e.line, e.problem) for e in parsed.errors]) or True))
    tab.files.import_csv()
    assert seen == [[(2, CsvProblem.DAMAGED_UTF8)]] and store.calendar.count() == 0


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_importing_dev_zero_is_refused_at_once_as_no_file(tab, store, monkeypatch):
    said = []
    monkeypatch.setattr(tab.files, "ask_open_path", lambda: Path("/dev/zero"))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: said.append(text))
    started = time.monotonic()
    tab.files.import_csv()
    assert time.monotonic() - started < 2 and said == ["zero is not a file (a folder, a pipe or a device)."]
    assert store.calendar.count() == 0


def test_the_import_preview_words_a_date_out_of_range(qtbot):
    parsed = parse_csv((HOSTILE / "csv" / "date_9999_12_31.csv").read_bytes())
    dialog = ImportDialog(None, parsed, "date_9999_12_31.csv")
    qtbot.addWidget(dialog)
    assert "1900 and 2199" in dialog.table.item(0, 1).text() and not dialog.import_button.isEnabled()


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "orange").save(out, format="PNG")
    return out.getvalue()


def test_an_image_is_chosen_in_the_background_and_ok_waits_for_it(qtbot, file_store, tmp_path):
    dialog = PostDialog(None, Post(day=date(2026, 11, 30)), file_store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    photo = tmp_path / "pain.png"
    photo.write_bytes(_png())
    dialog.load_image_file(HOSTILE / "images" / "eps_loop.eps")
    dialog.load_image_file(photo)  # supersedes the first choice
    assert "Loading" in dialog.image_note.text() and not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5000)
    qtbot.wait(100)
    assert dialog.post().image.endswith(".png") and dialog.thumb.pixmap() is not None


@pytest.mark.parametrize("name, words", [("eps_loop.eps", "JPEG, PNG, GIF or WebP"),
                                         ("truncated.jpg", "not an image"),
                                         ("png_bomb_100000x100000.png", "60 megapixels")])
def test_a_hostile_image_is_refused_in_words(qtbot, file_store, name, words):
    dialog = PostDialog(None, Post(day=date(2026, 11, 30)), file_store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.load_image_file(HOSTILE / "images" / name)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=5000)
    assert words in dialog.image_note.text() and dialog.post().image == ""
