"""This computer's id: MachineGuid on Windows, IOPlatformUUID on macOS, /etc/machine-id on Linux, else the card's address."""

import subprocess
import sys
import types
import uuid

import pytest

from socialdesk.storage import machine_id as mid
from socialdesk.storage.backup_folder import this_computer

GUID = "6f1c1b9e-3a7d-4c55-9d1e-0b8c2f7a4e21"
IOREG = ('+-o J314sAP  <class IOPlatformExpertDevice, id 0x100000210, registered, matched, active>\n'
         '    "IOPlatformSerialNumber" = "C02XK0ABCDEF"\n'
         '    "IOPlatformUUID" = "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF"\n')


def _fake_winreg(value=GUID, fails=False):
    opened = []

    class Key:
        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def open_key(root, path, reserved, access):
        if fails:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        opened.append((root, path, access))
        return Key()

    module = types.SimpleNamespace(HKEY_LOCAL_MACHINE="HKLM", KEY_READ=0x20019, KEY_WOW64_64KEY=0x100,
                                   OpenKey=open_key, QueryValueEx=lambda key, name: (value, 1))
    return module, opened


def test_windows_reads_the_machine_guid_from_the_registry(monkeypatch):
    module, opened = _fake_winreg()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", module)
    monkeypatch.setattr(uuid, "getnode", lambda: pytest.fail("the card's address is not read on Windows"))
    assert mid.machine_id() == GUID
    assert opened == [("HKLM", r"SOFTWARE\Microsoft\Cryptography", 0x20019 | 0x100)]  # 64-bit view


def test_windows_without_the_guid_falls_back_to_the_network_address(monkeypatch):
    module, _ = _fake_winreg(fails=True)
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", module)
    monkeypatch.setattr(uuid, "getnode", lambda: 0x0A1B2C3D4E5F)
    assert mid.machine_id() == str(0x0A1B2C3D4E5F)


def test_macos_reads_the_platform_uuid_from_ioreg(monkeypatch):
    asked = []

    def run(argv, **kwargs):
        asked.append(argv)
        return subprocess.CompletedProcess(argv, 0, IOREG, "")

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(subprocess, "run", run)
    assert mid.machine_id() == "A1B2C3D4-E5F6-4711-8899-AABBCCDDEEFF"
    assert asked == [["ioreg", "-rd1", "-c", "IOPlatformExpertDevice"]]


def test_macos_without_ioreg_falls_back_to_the_network_address(monkeypatch):
    def run(argv, **kwargs):
        raise FileNotFoundError(2, "No such file or directory: 'ioreg'")

    monkeypatch.setattr(sys, "platform", "darwin")
    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(uuid, "getnode", lambda: 0x0A1B2C3D4E5F)
    assert mid.machine_id() == str(0x0A1B2C3D4E5F)


def test_a_random_stand_in_address_is_no_id(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(mid, "_LINUX_SOURCES", (str(tmp_path / "none"),))
    monkeypatch.setattr(uuid, "getnode", lambda: 0x0A1B2C3D4E5F | 1 << 40)  # the multicast bit: random
    assert mid.machine_id() == "" and this_computer() == ""


def test_linux_reads_etc_machine_id(monkeypatch, tmp_path):
    record = tmp_path / "machine-id"
    record.write_text("0123456789abcdef0123456789abcdef\n", encoding="ascii")
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(mid, "_LINUX_SOURCES", (str(record),))
    assert mid.machine_id() == "0123456789abcdef0123456789abcdef"


def test_two_computers_get_two_tokens_and_one_computer_always_the_same(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg()[0])
    first = this_computer()
    assert first == this_computer() and len(first) == 16
    monkeypatch.setitem(sys.modules, "winreg", _fake_winreg("0b2d7e2a-1111-2222-3333-444455556666")[0])
    assert this_computer() != first


@pytest.mark.skipif(sys.platform not in ("win32", "darwin"), reason="the real registry / ioreg: Windows and macOS CI jobs")
def test_the_real_system_gives_a_stable_id_of_its_own():
    found = mid.machine_id()
    assert found and found == mid.machine_id()
    assert found == (mid._windows_guid() if sys.platform == "win32" else mid._mac_uuid())  # not the card's address
