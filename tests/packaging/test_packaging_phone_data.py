"""The bundle carries phonenumbers' lazily imported region data, and --self-test proves it."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

PYINSTALLER = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller"


def test_the_hook_collects_every_region_but_not_place_names():
    pytest.importorskip("PyInstaller", reason="the bundle's tools ('.[bundle]', make bundle) are not installed")
    hidden = runpy.run_path(str(PYINSTALLER / "hooks" / "hook-phonenumbers.py"))["hiddenimports"]
    for region in ("FR", "MA", "TN", "BE", "CH", "US", "GB"):
        assert f"phonenumbers.data.region_{region}" in hidden
    assert not [name for name in hidden if name.startswith(("phonenumbers.geodata", "phonenumbers.carrierdata"))]


def test_the_spec_uses_the_hook_folder():
    spec = (PYINSTALLER / "socialdesk.spec").read_text()
    assert 'hookspath=[str(ROOT / "packaging" / "pyinstaller" / "hooks")]' in spec
    assert '["tzdata"] if sys.platform == "win32"' in spec  # zoneinfo finds it by name only: no import to follow


def test_self_test_fails_when_a_countrys_phone_data_is_missing(tmp_path):
    # As a bundle without phonenumbers.data.region_MA would: the import of that module fails.
    code = ("import sys\nsys.modules['phonenumbers.data.region_MA'] = None\n"
            "from socialdesk.app import main\nsys.exit(main(['--self-test']))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL phones: " in done.stdout
    assert "ok   zones: " in done.stdout
    assert done.stdout.splitlines()[-1] == "self-test FAILED: phones"
