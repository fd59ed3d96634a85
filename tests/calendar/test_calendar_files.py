"""Images, the printed week and the headless plan commands."""

import shutil
import subprocess
import sys
from datetime import date, time

import pytest
from PIL import Image

from socialdesk.cli import main as cli_main
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.storage.calendar.media import ImageProblem, ImageRefused, import_image, thumbnail_path
from socialdesk.storage.demo import seed_demo
from tests.posix_only import needs_symlinks


def test_an_image_is_copied_beside_the_data_file_with_a_thumbnail(file_store, tmp_path):
    source = tmp_path / "photo.jpg"
    Image.new("RGB", (1600, 900), "orange").save(source)
    name = import_image(file_store, source)
    assert (file_store.path.parent / "media" / name).read_bytes() == source.read_bytes()
    with Image.open(thumbnail_path(file_store, name)) as thumb:
        assert max(thumb.size) == 320


@pytest.mark.parametrize("make,problem", [
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\nbroken"), ImageProblem.NOT_AN_IMAGE),
    (lambda p: p.write_text("hello"), ImageProblem.NOT_AN_IMAGE),
    (lambda p: Image.new("1", (8000, 8000)).save(p, "PNG"), ImageProblem.TOO_MANY_PIXELS),  # tiny file, huge image
    (lambda p: Image.new("RGB", (20, 20)).save(p, "BMP"), ImageProblem.FORMAT),
    (lambda p: None, ImageProblem.UNREADABLE),
    (lambda p: p.mkdir(), ImageProblem.NOT_A_FILE),  # attack 34b, F8: "check that the file is still there"
    pytest.param(lambda p: (p.symlink_to(p.with_name("loop.png")), p.with_name("loop.png").symlink_to(p)),
                 ImageProblem.NOT_A_FILE, marks=needs_symlinks),  # a link loop
])
def test_broken_huge_or_odd_images_are_refused(file_store, tmp_path, make, problem):
    source = tmp_path / "upload.png"
    make(source)
    with pytest.raises(ImageRefused) as refused:
        import_image(file_store, source)
    assert refused.value.problem is problem
    assert not list((file_store.path.parent / "media").glob("*.png"))


def test_printed_week_is_an_a4_landscape_pdf(qtbot, store, bus, tmp_path):
    from socialdesk.ui.calendar.tab import CalendarTab
    from socialdesk.ui.calendar.printing import week_printer
    from socialdesk.ui.printing.output import write_pdf

    seed_demo(store, date(2026, 11, 26))
    tab = CalendarTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.show_week(date(2026, 11, 26))
    painter = tab.files.painter()
    target = write_pdf(tmp_path / "week.pdf", painter.paint, week_printer(painter.title))
    assert target.read_bytes().startswith(b"%PDF")
    if shutil.which("pdfinfo") is None:
        pytest.skip("poppler-utils (pdfinfo, pdftotext) not installed")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "842 x 595" in info.replace(".0", "").replace("841.89", "842").replace("595.276", "595")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True).stdout
    assert "Week 48" in text and "Beaujolais" in text and "Planned" in text


def _cli(*args) -> int:
    return cli_main(list(args))


def test_headless_exports_refuse_to_overwrite_without_force(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.calendar.add(Post(day=date(2026, 11, 30), time=time(9, 0), networks=("instagram",), text="Pain",
                            status=PostStatus.PLANNED))
    store.close()
    out = tmp_path / "plan.csv"
    assert _cli("export", "csv", "-o", str(out), "--db", str(db)) == 0
    first = out.read_bytes()
    assert _cli("export", "csv", "-o", str(out), "--db", str(db)) == 2
    assert "--force" in capsys.readouterr().err
    assert _cli("export", "csv", "-o", str(out), "--db", str(db), "--force") == 0 and out.read_bytes() == first
    ics = tmp_path / "plan.ics"
    assert _cli("export", "ics", "-o", str(ics), "--db", str(db), "--from", "2026-12-01") == 0
    assert b"VEVENT" not in ics.read_bytes()
    assert _cli("export", "ics", "-o", str(ics), "--db", str(db), "--from", "2026-11-30", "--force") == 0
    assert ics.read_bytes().count(b"BEGIN:VEVENT") == 1
    assert _cli("export", "ics", "-o", str(ics), "--db", str(db), "--from", "30/11") == 2


def test_headless_import_is_all_or_nothing(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    bad = tmp_path / "bad.csv"
    bad.write_text("date,time,networks,status,pillar,about,text,notes\n2026-11-30,09:00,instagram,,,,ok,\n"
                   "2026-11-31,,instagram,,,,bad day,\n", encoding="utf-8")
    assert _cli("import", "csv", str(bad), "--db", str(db)) == 2
    assert "line 3" in capsys.readouterr().err
    store = open_store(db)
    assert store.calendar.count() == 0
    store.close()
    good = tmp_path / "good.csv"
    good.write_text(bad.read_text().replace("2026-11-31", "2026-12-01"), encoding="utf-8")
    assert _cli("import", "csv", str(good), "--db", str(db)) == 0
    assert _cli("import", "csv", str(good), "--db", str(db)) == 0  # twice: nothing planned twice
    assert "2 unchanged" in capsys.readouterr().out
    store = open_store(db)
    assert [p.text for p in store.calendar.all_posts()] == ["ok", "bad day"]
    store.close()


def test_headless_plan_commands_do_not_load_qt(tmp_path):
    code = ("import sys; from socialdesk.cli import main; "
            "import socialdesk.storage.calendar.repo, socialdesk.storage.calendar.demo, "
            "socialdesk.storage.calendar.media, socialdesk.domain.calendar.coaching, "
            "socialdesk.domain.calendar.counting, socialdesk.domain.calendar.recurrence; "
            f"main(['export', 'csv', '-o', {str(tmp_path / 'x.csv')!r}, '--db', {str(tmp_path / 'd.sqlite3')!r}]); "
            "print('PySide6' in sys.modules)")
    open_store(tmp_path / "d.sqlite3").close()
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip().endswith("False"), result.stderr


def test_a_writer_that_fails_half_way_leaves_the_old_file_and_no_temporary_file(tmp_path):
    from socialdesk.export_files import guarded_output

    old = tmp_path / "plan.csv"
    old.write_bytes(b"the old plan")
    with pytest.raises(RuntimeError):
        with guarded_output(old, None, force=True) as temp:
            temp.write_bytes(b"half of the new")
            raise RuntimeError("the painter stopped")
    assert old.read_bytes() == b"the old plan" and [p.name for p in tmp_path.iterdir()] == ["plan.csv"]


def test_a_new_export_is_private_whatever_the_umask(tmp_path):
    import os
    import stat

    from socialdesk.export_files import write_private

    previous = os.umask(0)
    try:
        write_private(tmp_path / "plan.ics", b"BEGIN:VCALENDAR")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "plan.ics").stat().st_mode) == 0o600


@needs_symlinks
@pytest.mark.parametrize("route", ["symlinked folder", "dot-dot", "hard link", "backups subfolder"])
def test_the_data_file_is_recognised_by_any_route(tmp_path, route):
    import os

    from socialdesk.export_files import OutputIsDataFile, check_output

    data = tmp_path / "real" / "shop.sqlite3"
    data.parent.mkdir()
    data.write_bytes(b"SQLite format 3\0")
    (tmp_path / "alias").symlink_to(data.parent)
    target = {"symlinked folder": tmp_path / "alias" / "shop.sqlite3-wal",
              "dot-dot": tmp_path / "alias" / ".." / "real" / "shop.sqlite3.lock",
              "hard link": tmp_path / "copy.pdf",
              "backups subfolder": tmp_path / "alias" / "backups" / "old" / "x.pdf"}[route]
    if route == "hard link":
        os.link(data, target)
    with pytest.raises(OutputIsDataFile):
        check_output(target, True, tmp_path / "alias" / "shop.sqlite3")


def test_export_csv_dash_writes_to_standard_output(tmp_path, capsysbinary, monkeypatch):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    store.calendar.add(Post(day=date(2026, 11, 30), time=time(9, 0), networks=("instagram",), text="Pain",
                            status=PostStatus.PLANNED))
    store.close()
    monkeypatch.chdir(tmp_path)
    assert _cli("export", "csv", "-o", "-", "--db", str(db)) == 0
    out = capsysbinary.readouterr().out
    assert out.decode("utf-8-sig").splitlines()[1].startswith("2026-11-30,09:00") and not (tmp_path / "-").exists()
