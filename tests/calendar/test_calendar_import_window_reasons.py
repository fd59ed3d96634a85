"""The window's import says why a chosen file was not read, as `import csv` does: gone, a folder, too big; and a
preview of more posts than it lists says how many it lists (attack 35b, F4)."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.ui.calendar.import_dialog import PREVIEW_ROWS, ImportDialog

HEADER = "date,time,networks,status,pillar,about,text,notes\r\n"


def _told(tab, monkeypatch, path: Path) -> list[str]:
    told = []
    monkeypatch.setattr(tab.files, "ask_open_path", lambda: path)
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *rest: told.append(text)))
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, *args: pytest.fail("the file was read")))
    tab.files.import_csv()
    return told


def test_a_file_gone_before_it_is_read_is_said_to_be_gone(tab, tmp_path, monkeypatch):
    told = _told(tab, monkeypatch, tmp_path / "deleted.csv")
    assert told == ["deleted.csv cannot be read (the file or folder does not exist)."]


def test_a_folder_is_said_to_be_no_file(tab, tmp_path, monkeypatch):
    (tmp_path / "plans.csv").mkdir()
    assert _told(tab, monkeypatch, tmp_path / "plans.csv") == [
        "plans.csv is not a file (a folder, a pipe or a device)."]


def test_a_preview_of_more_posts_than_it_lists_says_so(qtbot):
    rows = "".join(f"2026-12-{1 + n % 28:02d},,,,,,Post {n},\r\n" for n in range(PREVIEW_ROWS + 20))
    dialog = ImportDialog(None, parse_csv((HEADER + rows).encode()), "plan.csv")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == PREVIEW_ROWS
    assert f"The first {PREVIEW_ROWS} are listed below." in dialog.summary.text()
    small = ImportDialog(None, parse_csv((HEADER + "2026-12-01,,,,,,Post,\r\n").encode()), "plan.csv")
    qtbot.addWidget(small)
    assert "listed below" not in small.summary.text()
