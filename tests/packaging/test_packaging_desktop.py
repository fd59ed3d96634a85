"""Linux desktop integration: one app id everywhere, valid .desktop and AppStream files, install.sh."""

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from socialdesk import APP_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
sys.path.insert(0, str(LINUX))

from build_bundle import ICON_SIZES, stage_desktop_files
from tests.posix_only import needs_posix

needs_desktop_validate = pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate is not installed (Debian package desktop-file-utils)",
)
needs_appstreamcli = pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="appstreamcli is not installed (Debian package appstream)"
)


def _desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if "=" in line)


@needs_desktop_validate
def test_desktop_file_validates():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and done.stdout.strip() == "", done.stdout + done.stderr


@needs_appstreamcli
def test_metainfo_validates():
    done = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_one_app_id_everywhere():
    entry = _desktop_entry(DESKTOP)
    assert entry["Icon"] == APP_ID
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    application = (ROOT / "socialdesk" / "ui" / "application.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in application


def test_desktop_file_speaks_french_and_metainfo_release_matches_the_version():
    from socialdesk import __version__

    entry = _desktop_entry(DESKTOP)
    assert {"Name", "GenericName[fr]", "Comment[fr]", "Keywords[fr]"} <= entry.keys()
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases[0].get("version") == __version__


def _fake_bundle(tmp_path: Path) -> Path:
    folder = tmp_path / "My Apps" / "SocialDesk"
    folder.mkdir(parents=True)
    program = folder / "SocialDesk"
    program.write_text("#!/bin/sh\necho SocialDesk\n")
    program.chmod(0o755)
    stage_desktop_files(folder)
    return folder


def _run_install(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "share"))
    return subprocess.run(["sh", str(folder / "install.sh"), *args], capture_output=True, text=True, env=env, check=False)


@needs_posix
def test_install_adds_the_menu_entry_and_uninstall_keeps_the_data(tmp_path):
    folder = _fake_bundle(tmp_path)
    home = tmp_path / "home"
    data_file = home / "share" / "SocialDesk" / "socialdesk.sqlite3"
    data_file.parent.mkdir(parents=True)
    data_file.write_bytes(b"the shop's year of work")
    assert _run_install(folder, home).returncode == 0
    entry_path = home / "share" / "applications" / f"{APP_ID}.desktop"
    assert _desktop_entry(entry_path)["Exec"] == f'"{folder}/SocialDesk"'
    for size in ICON_SIZES:
        assert (home / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (home / ".local" / "bin" / "socialdesk").resolve() == folder / "SocialDesk"
    if shutil.which("desktop-file-validate"):
        assert subprocess.run(["desktop-file-validate", str(entry_path)], check=False).returncode == 0
    done = _run_install(folder, home, "--uninstall")
    assert done.returncode == 0 and "Your data is still in" in done.stdout
    assert not entry_path.exists()
    assert not (home / ".local" / "bin" / "socialdesk").exists()
    assert list((home / "share" / "icons").rglob("*.png")) == []
    assert data_file.read_bytes() == b"the shop's year of work"


@needs_posix
def test_install_refuses_a_folder_without_the_program(tmp_path):
    folder = _fake_bundle(tmp_path)
    (folder / "SocialDesk").unlink()
    done = _run_install(folder, tmp_path / "home")
    assert done.returncode != 0 and "no SocialDesk program" in done.stderr
