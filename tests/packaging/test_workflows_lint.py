"""The GitHub workflows pass actionlint here, so a broken one fails before a push or a release tag finds it."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = ROOT / ".github" / "workflows"
NAMES = ("ci.yml", "release.yml")


def _actionlint() -> str:
    """The actionlint of the test extra (beside this Python), else one on PATH."""
    beside = Path(sys.executable).parent / ("actionlint.exe" if os.name == "nt" else "actionlint")
    found = str(beside) if beside.exists() else shutil.which("actionlint")
    if not found:
        pytest.fail("actionlint is missing: pip install -e '.[test]'")
    return found


def _lint(*files: Path) -> subprocess.CompletedProcess:
    return subprocess.run([_actionlint(), "-no-color", *map(str, files)], capture_output=True, text=True,
                          timeout=120, check=False, cwd=ROOT)


def test_both_workflows_pass_actionlint():
    done = _lint(*(WORKFLOWS / name for name in NAMES))
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


@pytest.mark.parametrize(("name", "good", "broken", "rule"), [
    ("release.yml", "needs: [linux, windows, macos]", "needs: [linux, windows, mac]", "[job-needs]"),
    ("ci.yml", "${{ matrix.python }}", "${{ matrix.pyhton }}", "[expression]"),
    ("release.yml", "runs-on: windows-latest", "runs-on: windows-lastest", "[runner-label]"),
])
def test_a_broken_copy_fails_actionlint(tmp_path, name, good, broken, rule):
    text = (WORKFLOWS / name).read_text(encoding="utf-8")
    assert good in text  # the mistake below is made in a line the workflow really has
    copy = tmp_path / name
    copy.write_text(text.replace(good, broken, 1), encoding="utf-8")
    done = _lint(copy)
    assert done.returncode == 1
    assert rule in done.stdout
