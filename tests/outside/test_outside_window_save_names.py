"""A name typed in the save dialog without its extension gets it, and a file it then replaces is asked about; a
folder chosen as the file is said to be a folder (attack 35b, F5). Through the real SaveGuard.ask, with the system's
dialog answering as an owner would."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from socialdesk.ui.common.save_guard import FILE_WRITING, SaveGuard
from tests.outside.test_outside_window_writes import SUFFIXES, _fire, _save_like, window  # noqa: F401 (fixture)


def _dialog_answers(monkeypatch, name: Path) -> None:
    def answer(parent, caption, suggested, filters, selected="", *rest):
        return str(name), selected or filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


@pytest.mark.parametrize("name", sorted(FILE_WRITING))
def test_a_name_without_its_extension_gets_it(window, tmp_path, monkeypatch, name):
    suffix = SUFFIXES.get(name, "pdf")
    folder = tmp_path / "exports"
    folder.mkdir()
    _dialog_answers(monkeypatch, folder / "semaine")
    told: list[str] = []
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))
    _fire(_save_like(window)[name])
    assert told == []
    assert [p.name for p in folder.iterdir()] == [f"semaine.{suffix}"]


@pytest.mark.parametrize("replace", [False, True])
def test_the_file_the_name_becomes_is_asked_about_before_it_is_replaced(window, tmp_path, monkeypatch, replace):
    older = tmp_path / "semaine.ics"
    older.write_bytes(b"an older calendar")
    _dialog_answers(monkeypatch, tmp_path / "semaine")
    asked = []
    answer = QMessageBox.StandardButton.Yes if replace else QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: asked.append(args[2]) or answer))
    _fire(_save_like(window)["calendarExportIcs"])
    assert len(asked) == 1 and str(older) in asked[0]
    assert (older.read_bytes() == b"an older calendar") is not replace


@pytest.mark.parametrize("name", ["calendarSavePdf", "calendarExportIcs", "checklistSavePdf", "strategySavePdf"])
def test_a_folder_chosen_as_the_file_is_said_to_be_a_folder(window, tmp_path, monkeypatch, name):
    folder = tmp_path / "out.pdf" if name.endswith("Pdf") else tmp_path / "out.ics"
    folder.mkdir()
    _dialog_answers(monkeypatch, folder)
    told: list[str] = []
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))
    _fire(_save_like(window)[name])
    assert len(told) == 1 and "is a folder" in told[0], told
    assert folder.is_dir() and list(folder.iterdir()) == []
