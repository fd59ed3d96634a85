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


@pytest.mark.parametrize("arguments", [[], ["bogus"], ["Calendar"], ["--help"], ["calendar", "extra"]])
def test_a_wrong_page_name_gets_one_usage_line_and_exit_2(arguments, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path))
    done = subprocess.run([sys.executable, str(BENCH / "page_widgets.py"), *arguments], env=env, cwd=BENCH,
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "usage: page_widgets.py strategy|calendar|checklist|presence\n"


@pytest.mark.parametrize("arguments, touched", [([], False), (["--qt-namespace"], True)])
def test_the_bare_window_touches_qts_namespace_only_when_asked(arguments, touched, tmp_path):
    """The Qt-namespace bound times what it says: the namespace's enums exist after its first paint, not before."""
    probe = "import first_paint_probe"
    child = tmp_path / "first_paint_probe.py"
    child.write_text(
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import bare_window\n"
        "def report():\n"
        "    import PySide6.QtCore as core\n"
        "    print('touched' if 'Qt' in vars(core) else 'untouched', flush=True)\n"
        "    QApplication.quit()\n"
        "bare_window.FirstPaint._report = lambda self: report()\n"
        "sys.exit(bare_window.main())\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_RUNTIME_DIR=str(tmp_path),
               PYTHONPATH=os.pathsep.join([str(BENCH), str(tmp_path)]))
    done = subprocess.run([sys.executable, "-c", probe, *arguments], env=env, cwd=BENCH, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["touched" if touched else "untouched"]
