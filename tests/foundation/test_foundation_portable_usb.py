"""Portable mode on a USB key is the owner's choice: no removable-drive warning at each start, in the window
or on the command line; a data file merely left on a USB key is still warned about."""

import sys

import pytest

from socialdesk import paths
from socialdesk.cli import main
from socialdesk.storage import placement
from socialdesk.storage.opening import open_store
from socialdesk.ui.placement_notice import PlacementNotice, check_placement


@pytest.fixture
def usb_key(tmp_path, monkeypatch):
    """A USB key mounted where the desktop mounts them (a fake mounts table), a frozen SocialDesk on it."""
    media = tmp_path / "media" / "élodie"
    key = media / "CLÉ USB"
    program = key / "SocialDesk"
    program.mkdir(parents=True)
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 {str(key).replace(' ', chr(92) + '040')} vfat rw 0 0\n",
                      encoding="utf-8")
    monkeypatch.setattr(placement, "MOUNTS", mounts)
    monkeypatch.setattr(placement, "REMOVABLE_ROOTS", (f"{tmp_path / 'media'}/",))
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "SocialDesk.exe"))
    assert placement.drive_kind(program) is placement.Drive.REMOVABLE
    return program


@pytest.fixture
def told(monkeypatch):
    said = []
    monkeypatch.setattr(PlacementNotice, "tell", classmethod(lambda cls, parent, text: said.append(text)))
    return said


def _data_file(path):
    open_store(path).close()
    return path


@pytest.mark.parametrize("starts", [1, 3])
def test_portable_mode_on_a_usb_key_starts_without_the_removable_drive_warning(usb_key, told, qtbot, starts):
    (usb_key / "portable").write_text("")
    shop = _data_file(paths.default_db_path())
    assert usb_key in shop.parents
    for _ in range(starts):
        assert check_placement(None, shop) is None
    assert told == []


def test_a_data_file_left_on_a_usb_key_without_portable_mode_is_still_warned_about(usb_key, told, qtbot):
    shop = _data_file(usb_key.parent / "boutique.sqlite3")
    check_placement(None, shop)
    assert len(told) == 1 and "removable drive" in told[0]


def test_a_file_elsewhere_on_the_key_in_portable_mode_is_still_warned_about(usb_key, told, qtbot):
    (usb_key / "portable").write_text("")
    shop = _data_file(usb_key.parent / "copie de la boutique.sqlite3")  # not the portable folder's own file
    check_placement(None, shop)
    assert len(told) == 1 and "removable drive" in told[0]


def test_the_command_line_in_portable_mode_on_a_usb_key_says_nothing_of_the_drive(usb_key, capsys):
    (usb_key / "portable").write_text("")
    _data_file(paths.default_db_path())
    assert main(["backup"]) == 0
    assert capsys.readouterr().err == ""
    (usb_key / "portable").unlink()  # the same key, not portable: the file named by --db is warned about
    assert main(["backup", "--db", str(usb_key / paths.PORTABLE_DATA_DIR / paths.DB_FILE_NAME)]) == 0
    assert "removable drive" in capsys.readouterr().err
