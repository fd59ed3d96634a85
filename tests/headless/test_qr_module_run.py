"""`python -m socialdesk.cli qr …` refuses in one line like the installed command (was a Refused traceback)."""

import os
import subprocess
import sys
from pathlib import Path


def test_python_dash_m_refuses_a_bad_colour_in_one_line(tmp_path):
    done = subprocess.run([sys.executable, "-m", "socialdesk.cli", "qr", "https://a.fr/", "-o", "x.png", "--fg", "#12345"],
                          capture_output=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])})
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert done.stderr.count(b"\n") == 1 and b"'#12345' is not a colour" in done.stderr
    assert list(tmp_path.iterdir()) == []
