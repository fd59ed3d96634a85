"""`check` and `backup` judge a bad --db the same way: the same words (the app's), the same exit status."""

import pytest

from socialdesk.cli import main
from tests.posix_only import needs_symlinks


def _said(command: str, path, capsys) -> tuple[int, str]:
    code = main([command, "--db", str(path), "--lang", "en"])
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return code, err.removeprefix(f"socialdesk {command}: ")


def _long_name(tmp_path):
    return tmp_path / ("Fleurs d'Élodie " * 20)[:300]


def _dangling(tmp_path):
    link = tmp_path / "fleurs.sqlite3"
    link.symlink_to(tmp_path / "clé USB" / "fleurs.sqlite3")  # the disk it was on is not connected
    return link


def _missing(tmp_path):
    return tmp_path / "fleurs.sqlite3"


@pytest.mark.parametrize("bad, status, words", [
    (_long_name, 2, "the name is too long"),
    pytest.param(_dangling, 1, "the data file's link leads nowhere (a disk or USB stick not connected?)",
                 marks=needs_symlinks),
    (_missing, 1, "no data file at"),
])
def test_check_and_backup_say_the_same(tmp_path, capsys, bad, status, words):
    path = bad(tmp_path)
    check, backup = _said("check", path, capsys), _said("backup", path, capsys)
    assert check == backup
    assert check[0] == status and words in check[1], check
    assert not (tmp_path / "clé USB").exists()  # nothing created where the disk should be
