"""The start-up bound of `make bench`: each tab's Qt widgets in a bare window paint and report, as the app does."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"


@pytest.mark.parametrize("page", ["strategy", "calendar", "checklist", "presence"])
def test_each_pages_widgets_paint_once_and_report(page, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(BENCH / "page_widgets.py"), page], env=env, cwd=BENCH,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    marker, when, peak = done.stdout.split()
    assert marker == "first-paint" and int(when) > 0 and int(peak) > 0


def test_a_bound_row_has_no_target_and_names_its_page():
    sys.path.insert(0, str(BENCH))
    try:
        from startup import PAGES, _widgets_row
    finally:
        sys.path.remove(str(BENCH))
    assert set(PAGES.values()) == {"strategy", "calendar", "checklist", "presence"}
    row = _widgets_row("calendar", [120.0, 130.0, 125.0], 100.0)
    assert (row.ratio, row.target, row.result) == ("1.25×", "—", "—")
    assert "calendar" in row.figure


@pytest.mark.parametrize("arguments", [[], ["bogus"], ["Calendar"], ["--help"], ["calendar", "extra"],
                                       ["calendar", "--floor"], ["--floor", "x.sqlite3", "calendar"]])
def test_a_wrong_page_name_gets_one_usage_line_and_exit_2(arguments, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(BENCH / "page_widgets.py"), *arguments], env=env, cwd=BENCH,
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "usage: page_widgets.py strategy|calendar|checklist|presence [--floor DATAFILE]\n"


@pytest.mark.parametrize("arguments, touched", [([], False), (["--qt-namespace"], True)])
def test_the_bare_window_touches_qts_namespace_only_when_asked(arguments, touched, tmp_path):
    """The Qt-namespace bound times what it says: the namespace's enums exist after its first paint, not before."""
    done = _namespace_probe(tmp_path, "bare_window", arguments)
    assert done.stdout.split() == ["touched" if touched else "untouched"]


def test_the_floor_checks_the_data_file_before_its_window(tmp_path):
    """The floor's check is real: a sound file paints and reports, a file that is not SQLite stops it."""
    import sqlite3

    sound, broken = tmp_path / "sound.sqlite3", tmp_path / "broken.sqlite3"
    with sqlite3.connect(sound) as conn:
        conn.execute("CREATE TABLE posts (body TEXT)")
        conn.executemany("INSERT INTO posts VALUES (?)", [("x" * 200,)] * 500)
    conn.close()
    broken.write_bytes(b"not a database " * 400)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))

    def floor(path):
        return subprocess.run([sys.executable, str(BENCH / "page_widgets.py"), "strategy", "--floor", str(path)],
                              env=env, cwd=BENCH, capture_output=True, text=True, timeout=60)

    good = floor(sound)
    assert good.returncode == 0, good.stderr
    assert good.stdout.split()[0] == "first-paint"
    bad = floor(broken)
    assert bad.returncode != 0 and "first-paint" not in bad.stdout


@pytest.mark.parametrize("floor, touched", [(False, False), (True, True)])
def test_the_page_touches_qts_namespace_only_for_the_floor(floor, touched, tmp_path):
    import sqlite3

    data = tmp_path / "data.sqlite3"
    sqlite3.connect(data).execute("CREATE TABLE t (x)").connection.close()
    done = _namespace_probe(tmp_path, "page_widgets", ["strategy", "--floor", str(data)] if floor else ["strategy"])
    assert done.stdout.split() == ["touched" if touched else "untouched"]


def _namespace_probe(tmp_path, script: str, arguments: list[str]) -> subprocess.CompletedProcess:
    """Runs bench/`script`.py with `arguments`; at its first paint it says whether PySide's `Qt` namespace exists."""
    child = tmp_path / "first_paint_probe.py"
    child.write_text(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        f"import bare_window, {script}\n"
        "def report():\n"
        "    import PySide6.QtCore as core\n"
        "    print('touched' if 'Qt' in vars(core) else 'untouched', flush=True)\n"
        "    QApplication.quit()\n"
        "bare_window.FirstPaint._report = lambda self: report()\n"
        f"sys.exit({script}.main())\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(BENCH), str(tmp_path)]))
    done = subprocess.run([sys.executable, "-c", "import first_paint_probe", *arguments], env=env, cwd=BENCH,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done
