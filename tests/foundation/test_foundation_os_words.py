"""A real refusal of the system (full disk, a file where a folder should be, a link loop) reaches the owner in
our words and language, in the window and on the command line alike: never the system's English (strerror)."""

import errno
import os
import shutil
import tempfile
from datetime import date, datetime
from pathlib import Path

import pytest

from socialdesk.cli import main
from socialdesk.os_words import OS_WORDS, os_reason, words_in
from socialdesk.storage.demo import build_demo_file
from socialdesk.storage.opening import open_store
from socialdesk.ui.i18n import install_translators
from tests.posix_only import needs_dev_files, needs_symlinks

SYSTEM_ENGLISH = ("No space left", "Permission denied", "File exists", "Read-only file system", "Not a directory",
                  "Too many levels", "Errno")
IN_THE_WAY = "un fichier occupe la place d'un dossier nécessaire"
FULL = "le disque est plein"
LOOP = "trop de liens dans le chemin"


def _ours(text: str, words: str) -> None:
    assert words in text, text
    assert [english for english in SYSTEM_ENGLISH if english in text] == [], text


def _fill_the_disk(*_args) -> None:
    """The system's own ENOSPC: /dev/full refuses every byte."""
    with open("/dev/full", "wb", buffering=0) as full:
        full.write(b"x")


@pytest.fixture
def under_a_file(tmp_path) -> Path:
    """A path whose folder is a file: the system refuses it with ENOTDIR."""
    (tmp_path / "a file").write_text("not a folder")
    return tmp_path / "a file" / "inside"


@pytest.fixture
def french_window(qapp):
    install_translators("fr")
    yield
    install_translators("en")


def test_one_table_speaks_both_languages_and_names_a_code_it_has_no_words_for():
    assert all(words_in("fr")(words) != words for words in OS_WORDS.values())
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link"), words_in("fr")) == "le système a refusé (EXDEV)"
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == "the disk is full"


@needs_dev_files
def test_the_window_says_the_reason_in_its_own_language(qapp):
    from socialdesk.ui.i18n import os_reason as window_reason

    with pytest.raises(OSError) as full:
        _fill_the_disk()
    try:
        install_translators("fr")
        assert window_reason(full.value) == FULL
    finally:
        install_translators("en")
    assert window_reason(full.value) == "the disk is full"


@pytest.mark.parametrize("where, writer, words", [
    ("under a file", lambda temp: temp.write_bytes(b"%PDF"), IN_THE_WAY),
    pytest.param("beside", _fill_the_disk, FULL, marks=needs_dev_files),
])
def test_a_failed_save_says_why_in_french(tmp_path, under_a_file, french_window, where, writer, words):
    from PySide6.QtWidgets import QWidget

    from socialdesk.ui.common.save_guard import write_guarded

    path = (under_a_file if where == "under a file" else tmp_path) / "week.pdf"
    told: list[str] = []
    assert write_guarded(QWidget(), path, writer, told.append) is None
    assert len(told) == 1 and told[0].startswith(f"Impossible d'écrire {path} (")
    _ours(told[0], words)


def test_backup_now_refused_says_why_in_french(tmp_path, french_window, monkeypatch):
    from PySide6.QtWidgets import QMainWindow, QMessageBox

    from socialdesk.ui.file_actions import FileActions

    window = QMainWindow()
    window.store = open_store(tmp_path / "shop.sqlite3")
    window.clock = lambda: datetime(2026, 12, 3, 9)
    shutil.rmtree(tmp_path / "backups", ignore_errors=True)
    (tmp_path / "backups").write_text("a file where the backups folder should be")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: said.append(text)))
    try:
        FileActions(window)._on_backup_now_triggered()
    finally:
        window.store.close()
    assert len(said) == 1 and said[0].startswith("La sauvegarde n'a pas pu être écrite (")
    _ours(said[0], IN_THE_WAY)


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "shop.sqlite3"
    build_demo_file(path, date(2026, 12, 1), "fr").close()
    return path


@pytest.fixture
def no_scratch(under_a_file, monkeypatch):
    """The temporary folder the drawing needs is under a file: a real ENOTDIR while the PDF is drawn."""
    monkeypatch.setattr(tempfile, "tempdir", str(under_a_file))


def _err(capsys) -> list[str]:
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return err.splitlines()


def test_qr_pdf_not_drawn_says_why_in_french(tmp_path, no_scratch, capsys):
    assert main(["qr", "https://example.com", "-o", str(tmp_path / "code.pdf"), "--lang", "fr"]) == 1
    said = _err(capsys)
    assert len(said) == 1 and said[0].startswith("socialdesk qr: impossible de dessiner le PDF")
    _ours(said[0], IN_THE_WAY)


@needs_dev_files
def test_qr_png_on_a_full_disk_says_why_in_french(tmp_path, monkeypatch, capsys):
    from socialdesk.headless import qr

    monkeypatch.setattr(qr, "_render", _fill_the_disk)  # the system's own ENOSPC while the code is made
    assert main(["qr", "https://example.com", "-o", str(tmp_path / "code.png"), "--lang", "fr"]) == 1
    said = _err(capsys)
    assert len(said) == 1 and said[0].startswith("socialdesk qr: impossible de dessiner le PNG")
    _ours(said[0], FULL)


def test_print_cards_not_drawn_says_why_in_french(tmp_path, demo, no_scratch, capsys):
    argv = ["print-cards", "--template", "a6", "-o", str(tmp_path / "cards.pdf"), "--db", str(demo), "--lang", "fr"]
    assert main(argv) == 1
    said = _err(capsys)
    assert len(said) == 1 and said[0].startswith("socialdesk print-cards: impossible de dessiner les cartes")
    _ours(said[0], IN_THE_WAY)
    assert not (tmp_path / "cards.pdf").exists()


@needs_symlinks
def test_an_unreadable_plan_says_why_in_french(tmp_path, demo, under_a_file, capsys):
    loop = tmp_path / "loop.csv"
    os.symlink(loop, loop)  # a link to itself: ELOOP
    for plan, words in ((under_a_file / "plan.csv", IN_THE_WAY), (loop, LOOP)):
        assert main(["import", "csv", str(plan), "--db", str(demo), "--lang", "fr"]) == 2
        said = _err(capsys)
        assert len(said) == 1 and said[0].startswith(f"socialdesk import: impossible de lire {plan}")
        _ours(said[0], words)
