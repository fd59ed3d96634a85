"""The hostile corpus through the command line and the domain: an answer or a clean refusal, never a traceback."""

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.qr.logo import LogoRefused, load_logo
from socialdesk.storage import open_store
from socialdesk.storage.calendar.media import ImageRefused, check_image_bytes, read_image

HOSTILE = Path(__file__).resolve().parent / "data" / "hostile"
CSVS = sorted(p.name for p in (HOSTILE / "csv").iterdir())
IMAGES = sorted(p.name for p in (HOSTILE / "images").iterdir())
ACCEPTED_CSVS = {"columns_10000.csv", "field_1mb.csv", "mixed_line_endings.csv", "windows_1252_semicolon.csv",
                 "excel_seconds_and_controls.csv"}


def _run(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    code = "import sys\nfrom socialdesk.cli import main\nsys.exit(main(sys.argv[1:]))"
    return subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, cwd=cwd, timeout=120)


def _posts(db: Path) -> int:
    if not db.exists():
        return 0
    with sqlite3.connect(db) as connection:
        return connection.execute("SELECT count(*) FROM posts").fetchone()[0]


@pytest.mark.parametrize("name", CSVS)
def test_import_csv_from_the_command_line(tmp_path, name):
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()  # the shop's file (an import into no file at all says it made one)
    done = _run("import", "csv", str(HOSTILE / "csv" / name), "--db", str(db), cwd=tmp_path)
    assert "Traceback" not in done.stderr
    if name in ACCEPTED_CSVS:
        assert done.returncode == 0 and done.stderr == "" and _posts(db) > 0
        return
    lines = done.stderr.splitlines()
    assert done.returncode == 2 and _posts(db) == 0
    # one line per problem in the file, then the one-line summary
    assert lines[-1].startswith("socialdesk import: ") and "nothing was imported" in lines[-1]
    assert all(line.startswith(str(HOSTILE / "csv" / name) + ": line ") for line in lines[:-1])


@pytest.mark.parametrize("name", CSVS)
def test_parse_csv_gives_posts_or_problems(name):
    parsed = parse_csv((HOSTILE / "csv" / name).read_bytes())
    assert bool(parsed.errors) == (name not in ACCEPTED_CSVS and name != "only_header.csv")
    assert all(isinstance(e.problem, CsvProblem) for e in parsed.errors)


@pytest.mark.parametrize("name", [*IMAGES, "/dev/zero"])
def test_qr_logo_from_the_command_line(tmp_path, name):
    if name.startswith("/") and not Path(name).exists():
        pytest.skip("no /dev/zero")
    logo = name if name.startswith("/") else str(HOSTILE / "images" / name)
    out = tmp_path / "code.png"
    done = _run("qr", "https://example.com/", "-o", str(out), "--logo", logo, cwd=tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1 and done.stderr.startswith(f"socialdesk qr: {logo}: ")
    assert list(tmp_path.iterdir()) == []  # nothing written, not even a temporary file


@pytest.mark.parametrize("name", IMAGES)
def test_logos_and_post_images_refuse_the_corpus(name):
    with pytest.raises(LogoRefused):
        load_logo(HOSTILE / "images" / name)
    with pytest.raises(ImageRefused):
        check_image_bytes(read_image(HOSTILE / "images" / name))  # what the post dialog's loader calls


def test_the_corpus_is_what_the_script_makes(tmp_path):
    sys.path.insert(0, str(HOSTILE))
    try:
        import make_hostile
    finally:
        sys.path.remove(str(HOSTILE))
    make_hostile.main(tmp_path)
    for sub in ("images", "csv"):
        made = {p.name: p.read_bytes() for p in (tmp_path / sub).iterdir()}
        kept = {p.name: p.read_bytes() for p in (HOSTILE / sub).iterdir()}
        assert made.keys() == kept.keys()
        assert all(made[n] == kept[n] for n in made if not n.endswith((".jpg", ".webp", ".tiff", ".gif")))
