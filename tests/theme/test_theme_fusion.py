"""The window's QApplication is made with Fusion, whatever the desktop's style (or QT_STYLE_OVERRIDE) says."""

import os
import subprocess
import sys

from PySide6.QtWidgets import QApplication

SCRIPT = "from socialdesk.ui.application import make_application; print(make_application().style().name())"


def test_make_application_chooses_fusion_over_a_style_override():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_STYLE_OVERRIDE": "windows"}
    run = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["fusion"]


def test_the_tests_application_has_the_same_style(qapp):
    assert QApplication.style().name() == "fusion"
