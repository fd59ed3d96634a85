"""`socialdesk qr … -o x.pdf` run in-process leaves a Qt application that later widgets can use."""

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Two tests in a fresh pytest process, in this order: the command first (no qapp yet, as when
# the CLI runs inside a script or a test session), then a pytest-qt widget test.
SESSION = '''
from socialdesk.cli import main


def test_a_command_writes_a_pdf(tmp_path):
    assert main(["qr", "https://g.page/r/CbX12345/review", "-o", str(tmp_path / "code.pdf")]) == 0
    assert (tmp_path / "code.pdf").read_bytes().startswith(b"%PDF")


def test_b_a_widget_test_runs_after_it(qtbot):
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClicks(edit, "Cafe Jade")
    assert edit.text() == "Cafe Jade"
'''


def test_widget_test_after_an_in_process_pdf_command(tmp_path):
    """Before: the command made a bare QGuiApplication and the widget test aborted Python
    ("QWidget: Cannot create a QWidget without QApplication", exit by SIGABRT)."""
    (tmp_path / "test_session.py").write_text(textwrap.dedent(SESSION), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly",
                           str(tmp_path / "test_session.py")], cwd=tmp_path, capture_output=True, text=True,
                          timeout=300, env=_env())
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout


def _env() -> dict[str, str]:
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("PYTEST_ADDOPTS", None)
    return env
