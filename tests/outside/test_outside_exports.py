"""The command line's exports, read from outside: `-o -` is standard output, the data file is never an output,
and a write that fails half-way (a full disk) leaves the old file whole and nothing else behind."""

import contextlib
import csv
import io
import os
import shutil
import subprocess
import sys
import uuid
from datetime import date
from pathlib import Path

import icalendar
import pytest

from socialdesk.storage import open_store
from socialdesk.storage.demo import seed_demo
from tests.posix_only import made_symlink


def _cli(*args, cwd=None):
    code = "import sys; from socialdesk.cli import main; sys.exit(main(sys.argv[1:]))"  # as the installed script
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, cwd=cwd,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})


@pytest.fixture
def data(tmp_path) -> Path:
    path = tmp_path / "shop" / "shop.sqlite3"
    path.parent.mkdir()
    store = open_store(path)
    seed_demo(store, date(2026, 11, 26))
    store.close()
    return path


def test_export_csv_to_standard_output_is_read_by_the_csv_module(data, tmp_path):
    done = _cli("export", "csv", "-o", "-", "--db", str(data), cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert not (tmp_path / "-").exists()
    rows = list(csv.reader(io.StringIO(done.stdout.decode("utf-8-sig"), newline=""), csv.excel))
    assert rows[0][:3] == ["date", "time", "networks"] and len(rows) > 5
    assert all(len(row) == len(rows[0]) for row in rows)


def test_export_ics_to_standard_output_is_read_by_icalendar(data, tmp_path):
    done = _cli("export", "ics", "-o", "-", "--db", str(data), cwd=tmp_path)
    assert done.returncode == 0 and done.stderr == b""
    assert not (tmp_path / "-").exists()
    events = icalendar.Calendar.from_ical(done.stdout).walk("VEVENT")
    assert events and all(event.get("DTSTART") for event in events)


def _family(data: Path, tmp_path: Path) -> list[Path]:
    (data.parent / "backups").mkdir(exist_ok=True)
    link = tmp_path / "plan.csv"
    links = [link] if made_symlink(link, data) else []
    hard = tmp_path / "hard.csv"
    os.link(data, hard)
    return [data, Path(f"{data}-wal"), Path(f"{data}-shm"), Path(f"{data}-journal"), Path(f"{data}.lock"),
            data.parent / "backups" / "plan.csv", *links, hard, data.parent / ".." / "shop" / data.name]


@pytest.mark.parametrize("kind", ["csv", "ics"])
def test_headless_exports_never_write_the_data_file_or_its_family(data, tmp_path, kind):
    (tmp_path / kind).mkdir()
    for target in _family(data, tmp_path / kind):
        before = data.read_bytes()
        done = _cli("export", kind, "-o", str(target), "--db", str(data), "--force")
        assert done.returncode == 2, target
        assert done.stderr.decode().count("\n") == 1 and b"Traceback" not in done.stderr
        assert data.read_bytes() == before
        assert not list(data.parent.glob("*.partial"))


@contextlib.contextmanager
def _tiny_disk(tmp_path: Path):
    """A 256 KB tmpfs (root only), or skip."""
    folder = tmp_path / f"tiny-{uuid.uuid4().hex[:6]}"
    folder.mkdir()
    if not shutil.which("mount"):
        pytest.skip("no mount command here (Windows)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path) -> None:
    with open(folder / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"\0" * 4096)


def test_a_full_disk_leaves_the_old_export_whole_and_no_temporary_file(data, tmp_path):
    with _tiny_disk(tmp_path) as disk:
        old = disk / "plan.csv"
        old.write_bytes(b"date,time\n2026-01-01,09:00\n")
        _fill(disk)
        done = _cli("export", "csv", "-o", str(old), "--db", str(data), "--force")
        assert done.returncode == 1
        assert done.stderr.decode().count("\n") == 1 and b"Traceback" not in done.stderr
        assert b"the disk is full" in done.stderr and b"No space left" not in done.stderr
        assert old.read_bytes() == b"date,time\n2026-01-01,09:00\n"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "plan.csv"]


def test_a_failed_rename_keeps_the_old_export(data, tmp_path, monkeypatch, capsys):
    from socialdesk.cli import main

    old = tmp_path / "plan.csv"
    old.write_bytes(b"yesterday")

    def refused(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("socialdesk.export_files.os.replace", refused)
    assert main(["export", "csv", "-o", str(old), "--db", str(data), "--force"]) == 1
    assert old.read_bytes() == b"yesterday" and [p.name for p in tmp_path.iterdir() if p.is_file()] == ["plan.csv"]
    assert capsys.readouterr().err.count("\n") == 1


def test_the_window_week_pdf_on_a_full_disk_keeps_the_old_file_and_says_so(controller, data, tmp_path,
                                                                          monkeypatch):
    from socialdesk.ui.common.save_guard import SaveGuard

    assert controller.open(data)
    files = controller.window.page("calendarTab").ensure_built().files
    told: list[str] = []
    monkeypatch.setattr(SaveGuard, "tell", classmethod(lambda cls, parent, text, report=None: told.append(text)))
    with _tiny_disk(tmp_path) as disk:
        old = disk / "week.pdf"
        old.write_bytes(b"%PDF-1.4 last week's printout %%EOF")
        _fill(disk)
        monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *a, **k: (old, "")))
        files.save_pdf()
        assert old.read_bytes() == b"%PDF-1.4 last week's printout %%EOF"
        assert sorted(p.name for p in disk.iterdir()) == ["filler", "week.pdf"]
        assert len(told) == 1 and "the disk is full" in told[0] and "unchanged" in told[0]
        assert "No space left" not in told[0]  # our words, not the system's
