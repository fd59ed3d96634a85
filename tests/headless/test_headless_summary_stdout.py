"""Through a real shell, stdout closed or full: work done is exit 0 and said done; --help/--version fail in one line."""

import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from socialdesk.storage.demo import build_demo_file
from tests.posix_only import dev_full_marked, needs_posix

pytestmark = needs_posix

CHILD = "import sys\nfrom socialdesk.app import main\nsys.exit(main(sys.argv[1:]))"
PLAN = "date,time,networks,status,pillar,about,text,notes\n2026-12-21,09:00,instagram,planned,,,imported anyway,\n"
REDIRECTS = {">/dev/full": "no space left on standard output", ">&-": "standard output is closed"}


@pytest.fixture
def shop(tmp_path) -> Path:
    path = tmp_path / "shop.sqlite3"
    build_demo_file(path, date(2026, 12, 1), "en").close()
    (tmp_path / "one.csv").write_text(PLAN, encoding="utf-8")
    return path


def _run(argv, cwd: Path, redirect: str) -> tuple[int, list[str]]:
    script = f'"{sys.executable}" -c "$CHILD" "$@" {redirect}'
    env = {**{k: v for k, v in os.environ.items() if k != "SOCIALDESK_DB"}, "CHILD": CHILD}
    done = subprocess.run(["sh", "-c", script, "sh", *map(str, argv)], cwd=cwd, capture_output=True, env=env,
                          timeout=120)
    return done.returncode, done.stderr.decode().splitlines()


def _posts(db: Path, text: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM posts WHERE text = ?", (text,)).fetchone()[0]


@pytest.mark.parametrize("redirect", dev_full_marked(list(REDIRECTS)))
def test_an_import_whose_summary_cannot_be_printed_is_saved_exit_0_and_said_saved(shop, redirect):
    status, lines = _run(["import", "csv", "one.csv", "--db", shop], shop.parent, redirect)
    assert _posts(shop, "imported anyway") == 1
    assert status == 0, lines
    assert lines == [f"socialdesk import: the import is saved; its summary could not be printed "
                     f"({REDIRECTS[redirect]}): 1 post imported from one.csv"]


@pytest.mark.parametrize("redirect", dev_full_marked(list(REDIRECTS)))
def test_a_backup_whose_name_cannot_be_printed_exists_and_is_named_on_stderr(shop, redirect):
    status, lines = _run(["backup", "--db", shop], shop.parent, redirect)
    made = sorted((shop.parent / "backups").glob("*manual*"))
    assert status == 0 and len(made) == 1, lines
    assert lines == [f"socialdesk backup: the backup is made; its summary could not be printed "
                     f"({REDIRECTS[redirect]}): {made[0]}"]
    assert "disk" not in lines[0].lower() and "device" not in lines[0].lower()


@pytest.mark.parametrize("redirect", dev_full_marked(list(REDIRECTS)))
@pytest.mark.parametrize("argv, output, done", [
    (["check"], None, "the check is done"),
    (["export", "csv", "-o", "plan.csv"], "plan.csv", "the file is written"),
    (["export", "ics", "-o", "plan.ics"], "plan.ics", "the file is written"),
    (["qr", "https://example.com", "-o", "code.png"], "code.png", "the code is written"),
    (["print-cards", "--template", "a6", "-o", "cards.pdf"], "cards.pdf", "the cards are written"),
])
def test_every_command_done_is_exit_0_with_one_line_saying_so(shop, redirect, argv, output, done):
    status, lines = _run(argv if argv[0] == "qr" else [*argv, "--db", shop], shop.parent, redirect)
    assert status == 0, lines
    assert len(lines) == 1 and lines[0].startswith(f"socialdesk {argv[0]}: {done}; its summary could not be printed "
                                                   f"({REDIRECTS[redirect]}): "), lines
    if output:
        assert (shop.parent / output).stat().st_size > 0 and lines[0].endswith(output)


@pytest.mark.parametrize("redirect", dev_full_marked(list(REDIRECTS)))
def test_a_refused_import_stays_exit_2_in_one_line_when_its_report_cannot_be_printed(shop, redirect):
    rows = "".join(f"2026-13-{n:02},09:00,instagram,planned,,,bad date {n},\n" for n in range(1, 60))
    (shop.parent / "bad.csv").write_text(PLAN.splitlines()[0] + "\n" + rows + "x" * 200, encoding="utf-8")
    status, lines = _run(["import", "csv", "bad.csv", "--db", shop], shop.parent, redirect)
    assert status == 2 and len(lines) == 1 and "nothing was imported" in lines[0], lines


@pytest.mark.parametrize("redirect", dev_full_marked(list(REDIRECTS)))
@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["import", "--help"], ["qr", "--help"]])
def test_help_and_version_to_a_closed_or_full_stdout_fail_in_one_line(tmp_path, redirect, argv):
    status, lines = _run(argv, tmp_path, redirect)
    assert status == 1, lines
    assert len(lines) == 1 and "standard output" in lines[0] and "Traceback" not in lines[0], lines


def test_help_and_version_still_print_to_a_working_stdout(tmp_path):
    done = subprocess.run([sys.executable, "-c", CHILD, "--version"], capture_output=True, cwd=tmp_path, timeout=60)
    assert (done.returncode, done.stdout.decode().strip(), done.stderr) == (0, "SocialDesk 0.1.0", b"")
