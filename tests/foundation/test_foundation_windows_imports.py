"""The window's modules import where POSIX-only modules (resource, fcntl) do not exist, as on Windows."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WITHOUT_POSIX = """
import sys
for name in ("resource", "fcntl", "termios", "pwd", "grp"):
    sys.modules[name] = None  # `import name` raises ImportError, as on Windows
import socialdesk.ui.application, socialdesk.ui.placement_notice, socialdesk.storage.lock, socialdesk.cli
print("imported")
"""


def test_the_app_imports_without_posix_only_modules():
    run = subprocess.run([sys.executable, "-c", WITHOUT_POSIX], cwd=ROOT, capture_output=True, text=True, timeout=120,
                         env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)})
    assert run.stdout.strip() == "imported", run.stderr[-2000:]
