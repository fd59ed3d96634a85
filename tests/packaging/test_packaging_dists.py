"""The sdist holds the sources and the wheel the package: both archives listed, nothing else allowed in."""

import shutil
import subprocess
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

from socialdesk import __version__

ROOT = Path(__file__).resolve().parents[2]
LEFT_OUT = shutil.ignore_patterns(".git", ".venv", "build", "dist", "__pycache__", "*.pyc", ".pytest_cache",
                                  ".hypothesis", "*.egg-info", "data")  # bench/data: the generated ten-year file
SDIST_FOLDERS = ("socialdesk/", "resources/", "tests/", "docs/", "packaging/", "bench/", ".ci/", ".github/")
SDIST_FILES = {"pyproject.toml", "README.md", "Makefile", "PKG-INFO", "LICENSE", ".gitignore", "hatch_build.py"}
WHEEL_SOURCES_ONLY = (".ts", ".po", "typography.py")


def _source_copy(tmp_path: Path, gitignore: bool) -> Path:
    """The checkout's sources in a temporary folder, with a decoy left by a PyInstaller build."""
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT, copy, ignore=LEFT_OUT)
    shutil.copytree(ROOT / "tests" / "data", copy / "tests" / "data", dirs_exist_ok=True)
    if not gitignore:  # a source folder not from git (an unpacked archive, a copy on a USB key)
        (copy / ".gitignore").unlink(missing_ok=True)
    decoy = copy / "build" / "pyinstaller" / "socialdesk" / "junk.bin"
    decoy.parent.mkdir(parents=True)
    decoy.write_bytes(b"\0" * 4096)
    return copy


def _build(source: Path, out: Path) -> tuple[list[str], list[str]]:
    """The sdist's and the wheel's member names, built by the backend itself (fast, offline)."""
    from hatchling.builders.sdist import SdistBuilder
    from hatchling.builders.wheel import WheelBuilder

    sdist = next(iter(SdistBuilder(str(source)).build(directory=str(out), versions=["standard"])))
    wheel = next(iter(WheelBuilder(str(source)).build(directory=str(out), versions=["standard"])))
    with tarfile.open(sdist) as archive:
        sdist_names = [member.name for member in archive.getmembers() if member.isfile()]
    with zipfile.ZipFile(wheel) as archive:
        wheel_names = archive.namelist()
    return sdist_names, wheel_names


def _outside_sdist_tree(names: list[str]) -> list[str]:
    prefix = f"socialdesk-{__version__}/"
    strays = [name for name in names if not name.startswith(prefix)]
    inner = [name.removeprefix(prefix) for name in names if name.startswith(prefix)]
    strays += [name for name in inner if name not in SDIST_FILES and not name.startswith(SDIST_FOLDERS)]
    strays += [name for name in inner if name.startswith("docs/changes/")]  # change notes' pictures: not sources
    return strays + [name for name in inner if "__pycache__" in name or name.endswith(".pyc")]


def _outside_wheel_tree(names: list[str]) -> list[str]:
    info = f"socialdesk-{__version__}.dist-info/"
    strays = [name for name in names if not name.startswith(("socialdesk/", info))]
    return strays + [name for name in names if name.endswith(WHEEL_SOURCES_ONLY) or name.endswith(".pyc")]


@pytest.fixture(scope="module", params=[True, False], ids=["with-gitignore", "without-gitignore"])
def built(request, tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("dists")
    source = _source_copy(tmp_path, gitignore=request.param)
    (tmp_path / "out").mkdir()
    return _build(source, tmp_path / "out")


def test_sdist_holds_the_sources_and_nothing_a_build_left_behind(built):
    sdist, _ = built
    assert _outside_sdist_tree(sdist) == []
    inner = {name.split("/", 1)[1] for name in sdist}
    assert {"pyproject.toml", "README.md", "LICENSE", "socialdesk/__init__.py", "resources/translations/socialdesk_fr.ts",
            "packaging/pyinstaller/socialdesk.spec", "tests/packaging/test_packaging_dists.py", "hatch_build.py",
            "docs/os_branches.md", "docs/screens/make_screens.py", "docs/screens/calendar-week-en-light.png"} <= inner


def test_wheel_holds_the_package_and_its_compiled_resources_only(built):
    _, wheel = built
    assert _outside_wheel_tree(wheel) == []
    qm = sorted(path.name for path in (ROOT / "resources" / "translations").glob("*.qm"))
    assert qm and {f"socialdesk/resources/translations/{name}" for name in qm} <= set(wheel)
    assert "socialdesk/resources/icons/socialdesk.svg" in wheel
    assert "socialdesk/resources/translations/fr/LC_MESSAGES/socialdesk-cli.mo" in wheel
    assert f"socialdesk-{__version__}.dist-info/licenses/LICENSE" in wheel


def test_the_license_is_the_gpl_3_text_pyproject_names_and_both_archives_carry_it(tmp_path):
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.split()[:6] == ["GNU", "GENERAL", "PUBLIC", "LICENSE", "Version", "3,"]
    assert "END OF TERMS AND CONDITIONS" in text and "How to Apply These Terms to Your New Programs" in text
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    assert project["license"] == "GPL-3.0-or-later" and project["license-files"] == ["LICENSE"]
    source = tmp_path / "checkout"
    shutil.copytree(ROOT, source, ignore=LEFT_OUT)
    (tmp_path / "out").mkdir()
    _build(source, tmp_path / "out")
    sdist = next((tmp_path / "out").glob("*.tar.gz"))
    with tarfile.open(sdist) as archive:
        inner = f"socialdesk-{__version__}/"
        assert archive.extractfile(inner + "LICENSE").read().decode("utf-8") == text
        metadata = archive.extractfile(inner + "PKG-INFO").read().decode("utf-8")
    assert "License-Expression: GPL-3.0-or-later" in metadata and "License-File: LICENSE" in metadata
    with zipfile.ZipFile(next((tmp_path / "out").glob("*.whl"))) as archive:
        assert archive.read(f"socialdesk-{__version__}.dist-info/licenses/LICENSE").decode("utf-8") == text


def test_an_unanchored_include_ships_the_build_output_and_the_check_says_so(tmp_path):
    """Proves the check can fail: the old `include = ["socialdesk", …]` packs build/pyinstaller/socialdesk/."""
    source = _source_copy(tmp_path, gitignore=False)
    pyproject = source / "pyproject.toml"
    anchored = '"/socialdesk", "/resources"'
    assert anchored in pyproject.read_text(encoding="utf-8")
    pyproject.write_text(pyproject.read_text(encoding="utf-8").replace(anchored, '"socialdesk", "resources"'),
                         encoding="utf-8")
    (tmp_path / "out").mkdir()
    sdist, _ = _build(source, tmp_path / "out")
    assert _outside_sdist_tree(sdist) == ["build/pyinstaller/socialdesk/junk.bin"]


def test_the_wheel_check_refuses_translation_sources_and_strays():
    assert _outside_wheel_tree(["socialdesk/app.py", "socialdesk/resources/translations/qr_fr.ts",
                                "build/pyinstaller/socialdesk/junk.bin"]) == [
        "build/pyinstaller/socialdesk/junk.bin", "socialdesk/resources/translations/qr_fr.ts"]


def _tracked_checkout(tmp_path: Path) -> Path:
    """A git checkout holding exactly the files the project's git tracks (their current text)."""
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, text=True)
    if listed.returncode != 0:
        pytest.skip("not a git checkout (an unpacked sdist): nothing is untracked")
    copy = tmp_path / "checkout"
    for name in filter(None, listed.stdout.split("\0")):
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    for command in (["init", "-q"], ["add", "-A"]):
        subprocess.run(["git", "-C", str(copy), *command], check=True, capture_output=True)
    return copy


def test_a_file_git_does_not_track_stops_the_sdist_and_a_clean_checkout_builds(tmp_path):
    """A personal data file dropped in tests/data (or a scratch note in the package) never ships in the sdist."""
    from hatchling.builders.sdist import SdistBuilder

    source = _tracked_checkout(tmp_path)
    (tmp_path / "out").mkdir()
    sdist, _ = _build(source, tmp_path / "out")
    assert _outside_sdist_tree(sdist) == [] and f"socialdesk-{__version__}/docs/os_branches.md" in sdist
    (source / "tests" / "data" / "shop (conflicted copy).sqlite3").write_bytes(b"SQLite format 3\0 my shop")
    (source / "socialdesk" / "notes.orig").write_text("scratch")
    with pytest.raises(RuntimeError) as refused:
        SdistBuilder(str(source)).build(directory=str(tmp_path / "again"), versions=["standard"]).__next__()
    assert "socialdesk/notes.orig, tests/data/shop (conflicted copy).sqlite3" in str(refused.value)
    assert list((tmp_path / "again").glob("*.tar.gz")) == []
    _the_wheel_is_refused_too(source, tmp_path / "again")


def _the_wheel_is_refused_too(source: Path, out: Path) -> None:
    """`python -m build --wheel` or `pip install .` from the checkout: the wheel is checked the same way; a name
    holding a line break is said on the refusal's one line; an editable install (which packs nothing) still works."""
    from hatchling.builders.wheel import WheelBuilder

    (source / "socialdesk" / "brouillon\nnom.py").write_text("scratch")
    with pytest.raises(RuntimeError) as refused:
        WheelBuilder(str(source)).build(directory=str(out), versions=["standard"]).__next__()
    assert str(refused.value) == ("the wheel would pack files git does not track (commit, delete or .gitignore them): "
                                  "socialdesk/brouillon\\nnom.py, socialdesk/notes.orig")
    assert list(out.glob("*.whl")) == []
    assert Path(next(iter(WheelBuilder(str(source)).build(directory=str(out), versions=["editable"])))).is_file()
