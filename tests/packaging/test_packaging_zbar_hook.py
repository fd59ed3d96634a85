"""The frozen Linux app's runtime hook makes pyzbar load the libzbar.so.0 bundled beside it."""

import ctypes.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HOOK = Path(__file__).resolve().parents[2] / "packaging" / "pyinstaller" / "rthook_zbar.py"


@pytest.mark.skipif(not sys.platform.startswith("linux") or not ctypes.util.find_library("zbar"),
                    reason="Linux with libzbar0 installed")
def test_pyzbar_loads_the_bundled_library_first(tmp_path):
    system = next(Path(folder) / "libzbar.so.0" for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                                                                "/usr/lib64", "/usr/lib")
                  if (Path(folder) / "libzbar.so.0").exists())
    bundle = tmp_path / "_internal"
    bundle.mkdir()
    shutil.copy(system, bundle / "libzbar.so.0")
    code = (f"import sys\nsys._MEIPASS = {str(bundle)!r}\nexec(open({str(HOOK)!r}).read())\n"
            "from pyzbar import wrapper\nprint(wrapper.load_libzbar()._name)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(bundle / "libzbar.so.0")  # not the system's copy


def test_the_spec_collects_libzbar_and_runs_the_hook():
    spec = (HOOK.parent / "socialdesk.spec").read_text()
    assert "binaries=ZBAR" in spec and "rthook_zbar.py" in spec and '"pyzbar.pyzbar"' in spec
