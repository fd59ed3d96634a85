"""The commands run as a shell runs them with stdout closed or full, stderr closed or full: one line, true status."""

import csv
import io
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from socialdesk.storage import open_store
from socialdesk.storage.demo import build_demo_file
from tests.posix_only import dev_full_marked, needs_dev_files, needs_posix

pytestmark = needs_posix

HEADER = "date,time,networks,status,pillar,about,text,notes"
CHILD = "import sys\nfrom socialdesk.app import main\nsys.exit(main(sys.argv[1:]))"


@pytest.fixture(scope="module")
def shop(tmp_path_factory) -> Path:
    """The demo shop: posts, and listings marked for print (print-cards has cards to draw)."""
    path = tmp_path_factory.mktemp("streams") / "shop.sqlite3"
    build_demo_file(path, date(2026, 12, 1), "en").close()
    return path


def _run(argv, cwd: Path, redirect: str = "") -> subprocess.CompletedProcess:
    """`socialdesk ARGV REDIRECT` through a real shell (`>&-` closes the descriptor before Python starts)."""
    script = f'"{sys.executable}" -c "$CHILD" "$@" {redirect}'
    env = {**{k: v for k, v in os.environ.items() if k != "SOCIALDESK_DB"}, "CHILD": CHILD}
    return subprocess.run(["sh", "-c", script, "sh", *map(str, argv)], cwd=cwd, capture_output=True, env=env,
                          timeout=120)


@pytest.mark.parametrize("argv", [
    ["export", "csv", "-o", "-"], ["export", "ics", "-o", "-"],
    ["qr", "https://example.com", "--format", "png", "-o", "-"], ["print-cards", "--template", "a6", "-o", "-"],
])
@pytest.mark.parametrize("redirect", dev_full_marked([">&-", ">/dev/full"]))
def test_output_to_a_closed_or_full_stdout_is_one_line_and_exit_1(shop, argv, redirect):
    done = _run([*argv, "--db", str(shop)] if argv[0] != "qr" else argv, shop.parent, redirect)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1, lines
    assert len(lines) == 1 and "standard output" in lines[0] and "Traceback" not in done.stderr.decode(), lines


@pytest.mark.parametrize("redirect", dev_full_marked(["2>/dev/full", "2>&-"]))
@pytest.mark.parametrize("argv", [["qr", "javascript:x", "-o", "a.png"], ["qr", "--no-such-option"],
                                  ["import", "csv", "no-such-plan.csv"]])
def test_a_refusal_exits_2_even_when_stderr_cannot_be_written(shop, argv, redirect):
    done = _run(argv, shop.parent, redirect)
    assert done.returncode == 2


@needs_dev_files
def test_a_data_file_failure_exits_1_even_when_stderr_cannot_be_written(tmp_path):
    assert _run(["check", "--db", tmp_path / "none.sqlite3"], tmp_path, "2>/dev/full").returncode == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("separator", [",", "\t"])
def test_a_utf16_plan_is_imported_with_its_accents(tmp_path, encoding, separator):
    """Excel's "Unicode text" is UTF-16 (little-endian, BOM) separated by tabs."""
    db, plan = tmp_path / "shop.sqlite3", tmp_path / "plan.txt"
    rows = [HEADER.split(","), ["2026-12-07", "09:00", "instagram", "planned", "", "", "Crème brûlée 🍮", ""]]
    out = io.StringIO()
    csv.writer(out, delimiter=separator, lineterminator="\r\n").writerows(rows)
    plan.write_bytes(out.getvalue().encode(encoding))
    open_store(db).close()  # the shop's file (an import into no file at all says it made one)
    done = _run(["import", "csv", plan, "--db", db], tmp_path)
    assert (done.returncode, done.stderr.decode()) == (0, "")
    assert done.stdout.decode().splitlines() == ["1 post imported from plan.txt"]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT text FROM posts").fetchall() == [("Crème brûlée 🍮",)]


def test_a_cell_over_16_mb_is_named_with_its_line_once(tmp_path):
    plan, db = tmp_path / "huge.csv", tmp_path / "shop.sqlite3"
    plan.write_text(f'{HEADER}\n2026-12-07,09:00,instagram,planned,,,ok,\n'
                    f'2026-12-08,09:00,instagram,planned,,,"{"x" * 17_000_000}",\n', encoding="ascii")
    done = _run(["import", "csv", plan, "--db", db], tmp_path)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and done.stdout == b"", lines
    assert len(lines) == 1 and "line 3" in lines[0] and "larger than 16 MB" in lines[0], lines
    assert "UTF-8" not in lines[0]
