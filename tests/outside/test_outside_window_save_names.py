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


@pytest.mark.parametrize("typed, written", [("plan.", "plan.pdf"), ("plan.PDF", "plan.PDF"), (".pdf", ".pdf")])
def test_a_trailing_dot_or_the_extension_already_typed_is_not_doubled(window, tmp_path, monkeypatch, typed, written):
    out = tmp_path / "out"
    out.mkdir()
    _dialog_answers(monkeypatch, out / typed)
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: pytest.fail(text)))
    _fire(_save_like(window)["calendarSavePdf"])
    assert [p.name for p in out.iterdir()] == [written]


def test_a_folder_is_said_to_be_a_folder_before_any_extension_is_added(window, tmp_path, monkeypatch):
    """A folder was quietly given a sibling « folder.pdf »; a name whose « .pdf » is a folder was first asked
    « replace it? » (attack 35c, F3)."""
    out = tmp_path / "out"
    (out / "folder").mkdir(parents=True)
    (out / "sub.pdf").mkdir()
    asked: list = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *args: asked.append(args)))
    for chosen in ("folder", "sub"):
        _dialog_answers(monkeypatch, out / chosen)
        told: list[str] = []
        monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))
        _fire(_save_like(window)["calendarSavePdf"])
        assert len(told) == 1 and "is a folder" in told[0], (chosen, told)
    assert sorted(p.name for p in out.iterdir()) == ["folder", "sub.pdf"] and asked == []
