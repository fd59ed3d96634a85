"""The README's first run of an unsigned download: what macOS 15+ and SmartScreen ask, and the setup's real choice."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
ISS = (ROOT / "packaging" / "windows" / "socialdesk.iss").read_text(encoding="utf-8")


def _entry(system: str) -> str:
    """The system's bullet under "Then, by system:", on one line."""
    by_system = README.split("## Installing (for shop owners)", 1)[1].split("Then, by system:", 1)[1]
    return " ".join(re.search(rf"- \*\*{system}\*\*.*?(?=\n- \*\*)", by_system, re.S).group(0).split())


def test_macos_says_open_anyway_in_privacy_and_security_not_only_right_click_open():
    mac = _entry("macOS")
    assert "System Settings ▸ Privacy & Security" in mac
    assert "**Open Anyway**" in mac and "right-click → Open" not in mac


def test_windows_says_smartscreen_and_the_choice_the_setup_really_offers():
    windows = _entry("Windows")
    assert "More info" in windows and "Run anyway" in windows
    assert "PrivilegesRequired=lowest" in ISS and "PrivilegesRequiredOverridesAllowed=dialog" in ISS  # the setup asks
    assert "Install for me only" in windows and "Install for all users" in windows
    assert "%LOCALAPPDATA%\\Programs\\SocialDesk" in windows and "Program Files" in windows
    assert "installs for you only" not in windows
