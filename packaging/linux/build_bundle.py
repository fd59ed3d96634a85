"""`make bundle`: the Linux PyInstaller folder in dist/, its frozen self-tests, then the .tar.gz.

Run from the checkout with the venv's Python (pyinstaller installed from the `bundle` extra).
Exits non-zero when the build or a self-test fails or the archive is over the size budget.
"""

import os
import platform
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT))

from socialdesk import APP_ID, __version__

SPEC = ROOT / "packaging" / "pyinstaller" / "socialdesk.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "SocialDesk"
BUDGET_MB = 60
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SELF_TEST_TIMEOUT = 180


def build() -> None:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", str(DIST),
         "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)],
        check=True, cwd=ROOT,
    )


def stage_desktop_files(folder: Path) -> None:
    """The menu entry, AppStream file, hicolor icons and install.sh beside the program."""
    linux = ROOT / "packaging" / "linux"
    icons = ROOT / "resources" / "icons"
    share = folder / "share"
    targets = {
        share / "applications" / f"{APP_ID}.desktop": linux / f"{APP_ID}.desktop",
        share / "metainfo" / f"{APP_ID}.metainfo.xml": linux / f"{APP_ID}.metainfo.xml",
        share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": icons / "socialdesk.svg",
        folder / "install.sh": linux / "install.sh",
    }
    for size in ICON_SIZES:
        targets[share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = icons / f"socialdesk-{size}.png"
    for target, source in targets.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


def check_trimmed(folder: Path) -> None:
    """No Qt library or translation beyond the kept ones; the core binaries find every library."""
    sys.path.insert(0, str(SPEC.parent))
    from trim import QT_LIBS, QT_TRANSLATIONS, _qt_module

    internal = folder / "_internal"
    extra = sorted(p.name for p in internal.rglob("libQt6*") if _qt_module(p.name) not in QT_LIBS)
    extra += sorted(p.name for p in (internal / "PySide6").rglob("*.qm") if p.name not in QT_TRANSLATIONS)
    if extra:
        raise SystemExit(f"bundle not trimmed: {', '.join(extra)}")
    if not shutil.which("ldd"):
        print("== library check SKIPPED: ldd not found")
        return
    qt = internal / "PySide6" / "Qt"
    # Wayland parts load only in a Wayland session, which brings libwayland-*; not checked here.
    qt_libs = [lib for lib in qt.glob("lib/*.so*") if "Wayland" not in lib.name and "WlShell" not in lib.name]
    core = [folder / "SocialDesk", *internal.glob("PySide6/*.abi3.so"), *qt_libs,
            qt / "plugins" / "platforms" / "libqxcb.so", qt / "plugins" / "platforms" / "libqoffscreen.so"]
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{qt / 'lib'}")
    for binary in core:
        linked = subprocess.run(["ldd", str(binary)], capture_output=True, text=True, env=env, check=False).stdout
        missing = [line.split()[0] for line in linked.splitlines() if "not found" in line]
        if missing:
            raise SystemExit(f"{binary.relative_to(folder)} needs libraries the system lacks: {', '.join(missing)}")
    print(f"== trimmed bundle: only the kept Qt parts; {len(core)} core binaries find all their libraries")


def check_resources(folder: Path) -> None:
    """The bundle carries every resource of the checkout (translation sources excepted)."""
    source = ROOT / "resources"
    bundled = folder / "_internal" / "resources"
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file() and p.suffix != ".ts"}
    missing = sorted(str(p) for p in wanted if not (bundled / p).is_file())
    if missing:
        raise SystemExit(f"resources missing from the bundle: {', '.join(missing)}")
    print(f"== resources: all {len(wanted)} files bundled")


def self_test(folder: Path, under_xvfb: bool) -> None:
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    command = [str(folder / "SocialDesk"), "--self-test"]
    if under_xvfb:
        command = ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24", *command, "--lang", "fr"]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    print(f"== frozen self-test {'under Xvfb (French)' if under_xvfb else 'offscreen'}", flush=True)
    subprocess.run(command, check=True, env=env, timeout=SELF_TEST_TIMEOUT)


def smoke_headless(folder: Path) -> None:
    """The headless commands are imported by name at run time: prove the frozen CLI has them."""
    env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY")}
    with tempfile.TemporaryDirectory(prefix="socialdesk-cli-") as scratch:
        for suffix in ("png", "pdf"):
            output = Path(scratch) / f"code.{suffix}"
            subprocess.run([str(folder / "SocialDesk"), "qr", "https://example.org/socialdesk", "-o", str(output)],
                           check=True, env=env, timeout=SELF_TEST_TIMEOUT, stdout=subprocess.DEVNULL)
            if output.stat().st_size == 0:
                raise SystemExit(f"frozen `socialdesk qr` wrote an empty {suffix.upper()}")
    print("== frozen headless command: `qr` wrote a PNG and a PDF")


def archive(folder: Path) -> Path:
    machine = platform.machine().lower() or "unknown"
    path = DIST / f"SocialDesk-{__version__}-linux-{machine}.tar.gz"

    def anonymous(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    with tarfile.open(path, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, filter=anonymous)
    return path


def main() -> int:
    shutil.rmtree(BUNDLE, ignore_errors=True)
    build()
    stage_desktop_files(BUNDLE)
    check_trimmed(BUNDLE)
    check_resources(BUNDLE)
    self_test(BUNDLE, under_xvfb=False)
    if shutil.which("xvfb-run"):
        self_test(BUNDLE, under_xvfb=True)
    else:
        print("== frozen self-test under Xvfb SKIPPED: xvfb-run is not installed (apt-get install xvfb xauth)")
    smoke_headless(BUNDLE)
    path = archive(BUNDLE)
    size_mb = path.stat().st_size / 1_000_000
    unpacked_mb = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink()) / 1_000_000
    print(f"== {path.relative_to(ROOT)}: {size_mb:.1f} MB compressed ({unpacked_mb:.0f} MB unpacked), budget {BUDGET_MB} MB")
    if size_mb >= BUDGET_MB:
        print(f"bundle too big: {size_mb:.1f} MB >= {BUDGET_MB} MB", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
