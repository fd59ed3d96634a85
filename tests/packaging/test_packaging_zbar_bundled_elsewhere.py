"""zbar in the macOS and Windows bundles: the runtime hook and the pyzbar hook, proven without those systems."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PYINSTALLER = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller"


def _python(code: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False,
                          env={**os.environ, **env})


def test_macos_app_makes_pyzbar_find_the_bundled_dylib(tmp_path):
    """Frozen on a Mac, ctypes.util.find_library('zbar') answers with the libzbar.0.dylib inside the app."""
    frameworks = tmp_path / "SocialDesk.app" / "Contents" / "Frameworks"
    frameworks.mkdir(parents=True)
    (frameworks / "libzbar.0.dylib").write_bytes(b"\xcf\xfa\xed\xfe")
    code = (f"import sys, ctypes.util\nsys.platform = 'darwin'\nsys._MEIPASS = {str(frameworks)!r}\n"
            f"exec(open({str(PYINSTALLER / 'rthook_zbar.py')!r}).read())\nprint(ctypes.util.find_library('zbar'))")
    done = _python(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(frameworks / "libzbar.0.dylib")


def test_the_spec_bundles_the_dylib_under_the_name_the_hook_looks_for():
    spec = (PYINSTALLER / "socialdesk.spec").read_text(encoding="utf-8")
    hook = (PYINSTALLER / "rthook_zbar.py").read_text(encoding="utf-8")
    assert '"libzbar.0.dylib"' in spec and '"libzbar.0.dylib" if sys.platform == "darwin"' in hook
    assert "brew install zbar" in spec  # what the build machine needs, said when it is missing


def test_windows_bundle_collects_pyzbars_dlls_where_pyzbar_loads_them(tmp_path):
    """pyzbar's Windows wheel carries libzbar-64.dll and libiconv.dll; pyzbar loads them from its own folder."""
    pytest.importorskip("PyInstaller", reason="the bundle's tools ('.[bundle]', make bundle) are not installed")
    wheel = tmp_path / "site-packages" / "pyzbar"  # what the win_amd64 wheel installs
    wheel.mkdir(parents=True)
    (wheel / "__init__.py").write_text("", encoding="utf-8")
    for dll in ("libzbar-64.dll", "libiconv.dll"):
        (wheel / dll).write_bytes(b"MZ")
    code = (f"exec(open({str(PYINSTALLER / 'hooks' / 'hook-pyzbar.py')!r}).read())\n"
            "import os\nprint(sorted((os.path.basename(src), dest) for src, dest in binaries))")
    done = _python(code, PYTHONPATH=str(wheel.parent))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[('libiconv.dll', 'pyzbar'), ('libzbar-64.dll', 'pyzbar')]"
