"""Walk every window action that saves a file: none may touch the data file, each output reads outside."""

import csv
import os
import re
import sqlite3
import stat
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.strategy.fields import STEPS
from socialdesk.storage import open_store
from socialdesk.storage.demo import seed_demo
from socialdesk.ui.common import save_guard
from socialdesk.ui.common.save_guard import FILE_WRITING, SaveGuard
from tests.outside.readers import both_decoders, pdf_pages, pdf_text, svg_image
from tests.posix_only import made_symlink

PAYLOAD = "https://boulangerie-lea.fr/"
# Save-like words on actions and buttons of the window that are not exports, and why.
NOT_EXPORTS = {
    "Back up now": "copies the data file into its own backups folder under a name the app makes",
    "Open another data file": "opens or creates a data file, writes no export",
    "Import a CSV": "reads a file",
    "Export / import": "the calendar's button that opens the menu of its file actions; writes nothing itself",
}
SAVE_LIKE = re.compile(r"\b(save|export)\b|\bpdf\b|\bcsv\b|\.ics|\bpng\b|\bsvg\b|markdown", re.IGNORECASE)


@pytest.fixture
def window(controller, tmp_path, qtbot):
    data = tmp_path / "shop" / "shop.sqlite3"
    data.parent.mkdir()
    store = open_store(data)
    seed_demo(store, date.today())
    soon = date.today() + timedelta(days=10)  # the week's checklist shows its door sign button, whatever the date
    store.calendar.closures.add(Closure(soon, soon, "Inventaire"))
    store.close()
    assert controller.open(data)
    win = controller.window
    for name in ("strategyTab", "calendarTab", "rulesTab", "presenceTab"):
        win.page(name).ensure_built()
    strategy = win.page("strategyTab").content
    for step in STEPS:  # each step's page is built and loaded as the owner walks to it
        strategy.go_to(step)
    qr = win.page("presenceTab").content.qr_page
    qr.set_payload(PAYLOAD, "Avis Google", "Scannez-moi")
    (data.parent / "backups").mkdir(exist_ok=True)
    (data.parent / "backups" / "shop-2026-01-01.sqlite3").write_bytes(data.read_bytes())
    return win


def _text(thing) -> str:
    return thing.text().replace("&", "").replace("…", "").strip()


def _save_like(win) -> dict[str, object]:
    """Every action and button of the window whose words say it saves or exports a file."""
    found = {}
    for thing in win.findChildren(QAction) + win.findChildren(QAbstractButton):
        text = _text(thing)
        if text and SAVE_LIKE.search(text) and not any(text.startswith(known) for known in NOT_EXPORTS):
            found.setdefault(thing.objectName() or f"<unnamed: {text}>", thing)
    return found


def _fire(thing) -> None:
    if isinstance(thing, QAction):
        thing.trigger()
    else:
        assert thing.isEnabled(), thing.objectName()
        thing.click()


def test_every_save_like_action_is_in_the_guarded_registry(window):
    found = _save_like(window)
    assert set(found) == set(FILE_WRITING), "an export that does not go through save_guard"


def _aim(monkeypatch, target: Path, told: list[str]) -> None:
    """The one save dialog answers `target`; the one message is recorded instead of shown."""
    def ask(cls, parent, caption, suggested, filters, selected="", suffix=""):
        return target, selected or filters.split(";;")[0]

    monkeypatch.setattr(SaveGuard, "ask", classmethod(ask))
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))


def _data_family(window, tmp_path) -> list[Path]:
    data = Path(window.store.path)
    link = tmp_path / "looks-harmless.pdf"
    links = [link] if made_symlink(link, data) else []
    hard = tmp_path / "hard-link.pdf"
    os.link(data, hard)
    return [data, Path(f"{data}-wal"), Path(f"{data}-shm"), Path(f"{data}.lock"),
            data.parent / "backups" / "shop-2026-01-01.sqlite3", data.parent / "backups" / "new.pdf",
            *links, hard, data.parent / ".." / data.parent.name / data.name]


def _snapshot(data: Path) -> dict[str, bytes]:
    """Every file beside the data file, byte for byte, but the -shm: SQLite's shared-memory index changes when
    the window merely reads (its read marks), and holds nothing of the owner's (the -wal and the file do)."""
    return {p.name: p.read_bytes() for p in data.parent.iterdir() if p.is_file() and not p.name.endswith("-shm")} | \
           {f"backups/{p.name}": p.read_bytes() for p in (data.parent / "backups").iterdir()}


@pytest.mark.parametrize("name", sorted(FILE_WRITING))
def test_each_export_refuses_the_data_file_and_its_family(window, tmp_path, monkeypatch, name):
    thing = _save_like(window)[name]
    data = Path(window.store.path)
    for target in _data_family(window, tmp_path):
        told: list[str] = []
        _aim(monkeypatch, target, told)
        before = _snapshot(data)
        _fire(thing)
        assert len(told) == 1 and "data file" in told[0], (name, target, told)
        assert _snapshot(data) == before, (name, target)
        assert not [p for p in data.parent.rglob("*.partial")]
    with sqlite3.connect(f"file:{data}?mode=ro", uri=True) as reader:
        assert reader.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _check_outside(path: Path) -> None:
    """Read the output with a reader that is not ours."""
    suffix = path.suffix
    if suffix == ".pdf":
        text = pdf_text(path)
        if path.stem.startswith(("qr", "cards")):
            zbar, zxing = both_decoders(pdf_pages(path)[0])
            assert PAYLOAD in zbar and PAYLOAD in zxing
        else:
            assert len(text.split()) > 5, text
    elif suffix == ".csv":
        raw = path.read_text(encoding="utf-8-sig")
        dialect = csv.excel if raw.splitlines()[0].count(",") > raw.splitlines()[0].count(";") else _semicolon()
        rows = list(csv.reader(raw.splitlines(), dialect))
        assert rows[0][0].lower() == "date" and len(rows) > 2 and all(len(r) == len(rows[0]) for r in rows)
    elif suffix == ".ics":
        import icalendar

        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        assert calendar.walk("VEVENT")
    elif suffix == ".png":
        zbar, zxing = both_decoders(path)
        assert zbar == [PAYLOAD] and zxing == [PAYLOAD]
    elif suffix == ".svg":
        zbar, zxing = both_decoders(svg_image(path))
        assert zbar == [PAYLOAD] and zxing == [PAYLOAD]
    else:
        assert "#" in path.read_text(encoding="utf-8")  # Markdown headings


def _semicolon():
    class ExcelSemicolon(csv.excel):
        delimiter = ";"
    return ExcelSemicolon


SUFFIXES = {"calendarExportIcs": "ics", "calendarExportCsv": "csv", "strategySaveMarkdown": "md",
            "qrExportPng": "png", "qrExportSvg": "svg", "qrCardsSavePdf": "pdf"}


@pytest.mark.parametrize("name", sorted(FILE_WRITING))
def test_each_export_writes_a_private_file_an_outside_reader_reads(window, tmp_path, monkeypatch, name):
    suffix = SUFFIXES.get(name, "pdf")
    stem = "cards" if name == "qrCardsSavePdf" else ("qr" if name.startswith("qr") else "out")
    out = tmp_path / "exports" / f"{stem}.{suffix}"
    out.parent.mkdir()
    out.write_bytes(b"an older file")
    told: list[str] = []
    _aim(monkeypatch, out, told)
    _fire(_save_like(window)[name])
    assert told == []
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [p.name for p in out.parent.iterdir()] == [out.name]  # no temporary file left
    _check_outside(out)


@pytest.mark.parametrize("name", sorted(FILE_WRITING))
def test_a_failed_rename_leaves_the_old_file_whole_and_says_so(window, tmp_path, monkeypatch, name):
    out = tmp_path / "exports" / f"qr.{SUFFIXES.get(name, 'pdf')}"
    out.parent.mkdir()
    out.write_bytes(b"yesterday's file")
    told: list[str] = []
    _aim(monkeypatch, out, told)

    def no_space(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(save_guard.guarded_output.__globals__["os"], "replace", no_space)
    _fire(_save_like(window)[name])
    monkeypatch.undo()
    assert out.read_bytes() == b"yesterday's file"
    assert [p.name for p in out.parent.iterdir()] == [out.name]
    assert len(told) == 1 and "the disk is full" in told[0] and "unchanged" in told[0]
    assert "No space left" not in told[0]  # our words, not the system's


def test_print_to_file_from_a_preview_cannot_name_the_data_file(window, tmp_path, monkeypatch):
    """The preview's own print dialog ("Print to file") is checked too, before anything is drawn."""
    from PySide6.QtPrintSupport import QPrinter

    from socialdesk.ui.printing.output import paint_unless_data

    calendar = window.page("calendarTab").content
    painter = calendar.files.painter()
    data = Path(window.store.path)
    told: list[str] = []
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))
    for target, drawn in ((data, False), (tmp_path / "week.pdf", True)):
        before = data.read_bytes()
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        assert paint_unless_data(calendar, painter.paint, printer) is drawn
        assert data.read_bytes() == before
    assert len(told) == 1 and "data file" in told[0]
    assert "Week" in pdf_text(tmp_path / "week.pdf")
