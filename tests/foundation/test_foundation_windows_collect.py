"""Every test module collects on a Python without POSIX-only APIs, as the Windows CI job's is (no collection error)."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# Loaded by Python at start (sitecustomize): the libraries pick their branch first, as each does on its OS; then
# os.geteuid, os.mkfifo, signal.SIGKILL ... are gone and `import fcntl` fails, as on Windows.
WINDOWS_LIKE = """
import os, signal, sys
import platformdirs, filelock  # noqa: F401
for name in ("geteuid", "getuid", "getgid", "mkfifo", "fork", "forkpty", "setsid", "killpg"):
    if hasattr(os, name):
        delattr(os, name)
for name in ("SIGKILL", "SIGSTOP", "SIGALRM", "SIGHUP", "SIGUSR1"):
    if hasattr(signal, name):
        delattr(signal, name)
for name in ("fcntl", "resource", "pwd", "grp", "termios"):
    sys.modules[name] = None  # `import name` raises ImportError
"""


def test_every_test_module_collects_without_posix_only_apis(tmp_path):
    (tmp_path / "sitecustomize.py").write_text(WINDOWS_LIKE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), str(ROOT)]), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider", "tests"],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=500)
    errors = [line for line in run.stdout.splitlines() if line.startswith("ERROR")]
    assert run.returncode == 0 and not errors, "\n".join(errors) or run.stdout[-3000:] + run.stderr[-2000:]
    assert " tests collected" in run.stdout.splitlines()[-1]
