"""Windows and macOS installer scripts (they cannot run here): ids, texts in both languages, paths."""

import re
import uuid
from pathlib import Path

from socialdesk import APP_ID

ROOT = Path(__file__).resolve().parents[2]
ISS = (ROOT / "packaging" / "windows" / "socialdesk.iss").read_text(encoding="utf-8")


def _section(name: str) -> list[str]:
    body = ISS.split(f"[{name}]", 1)[1].split("\n[", 1)[0]
    return [line for line in body.splitlines() if line.strip() and not line.startswith(";")]


def test_installer_app_id_is_derived_from_the_app_id():
    expected = str(uuid.uuid5(uuid.NAMESPACE_DNS, APP_ID)).upper()
    assert f"AppId={{{{{expected}}}" in ISS


def test_installer_speaks_english_and_french_for_every_message_of_ours():
    languages = {line.split('"')[1] for line in _section("Languages")}
    assert languages == {"en", "fr"}
    keys = [line.split("=", 1)[0] for line in _section("CustomMessages")]
    names = {key.split(".", 1)[1] for key in keys}
    assert sorted(keys) == sorted(f"{lang}.{name}" for name in names for lang in languages)
    used = set(re.findall(r"\{cm:(\w+)\}|CustomMessage\('(\w+)'\)", ISS))
    assert {a or b for a, b in used} - {"CreateDesktopIcon", "AdditionalIcons"} == names


def test_installer_takes_the_pyinstaller_folder_and_leaves_user_data_alone():
    assert any(line.startswith('Source: "{#Root}\\dist\\SocialDesk\\*"') for line in _section("Files"))
    assert "[UninstallDelete]" not in ISS
    assert "{localappdata}\\{#AppName}" in ISS  # platformdirs.user_data_dir("SocialDesk") on Windows


def test_macos_app_uses_the_app_id_as_bundle_identifier():
    spec = (ROOT / "packaging" / "pyinstaller" / "socialdesk.spec").read_text(encoding="utf-8")
    assert "bundle_identifier=APP_ID" in spec
    script = (ROOT / "packaging" / "macos" / "build_app.sh").read_text(encoding="utf-8")
    assert "iconutil -c icns" in script and "hdiutil create" in script
