"""This computer's stable id, from the system's own record of it on Windows, macOS and Linux."""

import re
import sys
from pathlib import Path

# subprocess (macOS only) and uuid (no machine id at all) are imported where used: with platform, selectors and
# signal they were ~7 ms of every start-up (-X importtime), before the first paint, for a Linux file already read.

_LINUX_SOURCES = ("/etc/machine-id", "/var/lib/dbus/machine-id")
_IOREG = ["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"]
_PLATFORM_UUID = re.compile(r'"IOPlatformUUID"\s*=\s*"([^"]+)"')


def machine_id() -> str:
    """The system's machine id (Windows: MachineGuid; macOS: IOPlatformUUID; else /etc/machine-id), else the
    network card's address; "" when there is none (a random stand-in would change at each run)."""
    if sys.platform == "win32":
        found = _windows_guid()
    elif sys.platform == "darwin":
        found = _mac_uuid()
    else:
        found = _linux_id()
    return found or _network_address()


def _windows_guid() -> str:
    """HKLM\\SOFTWARE\\Microsoft\\Cryptography\\MachineGuid, written when Windows is installed."""
    try:
        import winreg

        flags = winreg.KEY_READ | getattr(winreg, "KEY_WOW64_64KEY", 0)  # the 64-bit view from a 32-bit Python
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0, flags) as key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    except (ImportError, OSError):
        return ""
    return value.strip() if isinstance(value, str) else ""


def _mac_uuid() -> str:
    """The hardware UUID `ioreg` shows (System Information's "Hardware UUID")."""
    import subprocess

    try:
        done = subprocess.run(_IOREG, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    match = _PLATFORM_UUID.search(done.stdout or "")
    return match.group(1).strip() if match else ""


def _linux_id() -> str:
    from socialdesk.storage.files import small_regular_file

    for source in _LINUX_SOURCES:
        try:
            found = small_regular_file(Path(source), 256).decode("ascii").strip()
        except (OSError, UnicodeDecodeError):
            continue
        if found:
            return found
    return ""


def _network_address() -> str:
    import uuid

    node = uuid.getnode()
    return "" if node >> 40 & 1 else str(node)  # the multicast bit: a random stand-in, different at each run
