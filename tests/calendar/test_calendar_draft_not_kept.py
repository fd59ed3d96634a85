"""While the draft of an open post cannot reach the disk, the post dialog says so; the line goes once it lands."""

import shutil
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_file import draft_in_file  # noqa: E402

WAIT_MS = 10_000  # the writer waits out the busy timeout (2 s), then retries every second


def _dialog(qtbot, store):
    dialog = PostDialog(None, Post(day=date(2026, 12, 5), status=PostStatus.PLANNED), store, None, True,
                        clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(dialog, text):
    dialog.text_edit.insertPlainText(text)  # pasted: kept at once, not after the bound's timer


def _line(dialog):
    return dialog.not_kept_label.text() if dialog.not_kept_label.isVisible() else ""


def test_a_file_another_program_holds_shows_the_line_until_the_draft_lands(qtbot, file_store):
    install_translators("en")
    dialog = _dialog(qtbot, file_store)
    _type(dialog, "Galette des rois, ")
    assert dialog.draft.settle() and _line(dialog) == ""
    holder = sqlite3.connect(file_store.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program keeps the file past the busy timeout
    try:
        _type(dialog, "fève en porcelaine")
        qtbot.waitUntil(lambda: "can't be kept on disk" in _line(dialog), timeout=WAIT_MS)
        assert "Keep this window open" in _line(dialog)
        assert draft_in_file(file_store.path)["text"] == "Galette des rois, "
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: _line(dialog) == "", timeout=WAIT_MS)
    assert draft_in_file(file_store.path)["text"] == "Galette des rois, fève en porcelaine"
    dialog.reject()


def test_the_line_is_in_french_too(qtbot, file_store):
    install_translators("fr")
    try:
        dialog = _dialog(qtbot, file_store)
        holder = sqlite3.connect(file_store.path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            _type(dialog, "Galette")
            qtbot.waitUntil(lambda: _line(dialog) != "", timeout=WAIT_MS)
            assert "Gardez cette fenêtre ouverte" in _line(dialog)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
        qtbot.waitUntil(lambda: _line(dialog) == "", timeout=WAIT_MS)
        dialog.reject()
    finally:
        install_translators("en")


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MiB tmpfs (root only), as a USB stick or a full home folder."""
    folder = tmp_path / "disk"
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + mounted.stderr.decode(errors="replace").strip())
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb") as out:
        try:
            while True:
                out.write(b"\0" * 65536)
                out.flush()
        except OSError:
            pass
    return filler


def test_a_full_disk_says_so_and_the_line_goes_once_there_is_room(qtbot, small_disk):
    install_translators("en")
    store = open_store(small_disk / "shop.sqlite3")
    try:
        dialog = _dialog(qtbot, store)
        _type(dialog, "Pain d'épices, ")
        assert dialog.draft.settle()
        filler = _fill(small_disk)
        _type(dialog, "miel de la ferme " * 2000)  # more than the journal's room: needs the disk to grow
        qtbot.waitUntil(lambda: "the disk is full" in _line(dialog), timeout=WAIT_MS)
        assert draft_in_file(store.path)["text"] == "Pain d'épices, "
        filler.unlink()
        qtbot.waitUntil(lambda: _line(dialog) == "", timeout=WAIT_MS)
        assert draft_in_file(store.path)["text"].endswith("miel de la ferme ")
        dialog.reject()
        assert dialog.draft.settle()
    finally:
        store.close()
        shutil.rmtree(small_disk, ignore_errors=True)
