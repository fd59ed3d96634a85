"""A data file that cannot be opened is named after the problem the French way: « …SocialDesk : /chemin »."""

import pytest

from socialdesk.cli import main

NB = "\u00a0"


@pytest.fixture
def not_ours(tmp_path):
    path = tmp_path / "garbage.sqlite3"
    path.write_bytes(b"not a database at all " * 200)
    return path


@pytest.mark.parametrize("command", [["check"], ["export", "csv", "-o", "out.csv"]])
def test_the_path_after_the_problem_has_a_no_break_space_before_the_colon(not_ours, tmp_path, monkeypatch, capsys,
                                                                             command):
    monkeypatch.chdir(tmp_path)
    assert main([*command, "--db", str(not_ours), "--lang", "fr"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].endswith(f"SocialDesk{NB}: {not_ours}"), err


def test_english_keeps_its_plain_colon(not_ours, capsys):
    assert main(["check", "--db", str(not_ours), "--lang", "en"]) == 1
    assert capsys.readouterr().err.strip().endswith(f"SocialDesk data file: {not_ours}")
