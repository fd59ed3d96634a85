"""Builds the sdist and wheel into dist/ and proves the wheel works as `pipx install` would use it.

Checks the wheel carries socialdesk/resources (icons, compiled translations), then installs it
into a fresh venv and runs `socialdesk --version` and `socialdesk --self-test` (offscreen) there.
"""

import os
import subprocess
import sys
import tempfile
import venv
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))

from socialdesk import __version__  # the checkout's version, not an installed one


def build() -> Path:
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(DIST), str(ROOT)], check=True,
                   stdout=subprocess.DEVNULL)
    return DIST / f"socialdesk-{__version__}-py3-none-any.whl"


def expected_resources() -> set[str]:
    resources = ROOT / "resources"
    wanted = {*resources.glob("icons/socialdesk*.png"), *resources.glob("icons/*.svg"), *resources.glob("translations/*.qm")}
    return {f"socialdesk/resources/{path.relative_to(resources).as_posix()}" for path in wanted}


def check_contents(wheel: Path) -> str:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    missing = sorted(expected_resources() - names)
    if missing:
        raise SystemExit(f"{wheel.name} lacks: {', '.join(missing)}")
    qm = sum(1 for name in names if name.startswith("socialdesk/resources/translations/") and name.endswith(".qm"))
    return f"{wheel.name}: {len(names)} files, {qm} .qm catalogues, icons present"


def run_in_fresh_venv(wheel: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="socialdesk-wheel-") as folder:
        env_dir = Path(folder) / "venv"
        venv.create(env_dir, with_pip=True)
        python = env_dir / "bin" / "python"
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(wheel)], check=True)
        env = {key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")}
        env.update(QT_QPA_PLATFORM="offscreen", HOME=folder, XDG_DATA_HOME=f"{folder}/data")
        program = env_dir / "bin" / "socialdesk"
        version = subprocess.run([str(program), "--version"], check=True, capture_output=True, text=True, env=env, cwd=folder)
        print(f"== fresh venv: {version.stdout.strip()}", flush=True)
        if version.stdout.strip() != f"SocialDesk {__version__}":
            raise SystemExit(f"unexpected version output: {version.stdout!r}")
        subprocess.run([str(program), "--self-test"], check=True, env=env, cwd=folder, timeout=180)


def main() -> int:
    wheel = build()
    print(f"== {check_contents(wheel)}", flush=True)
    run_in_fresh_venv(wheel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
