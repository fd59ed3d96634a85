"""Refusals by argparse and messages quoting the owner's file names stay on ONE stderr line."""

import pytest

from socialdesk.app import main as app_main
from socialdesk.cli import main
from tests.posix_only import needs_posix


@pytest.mark.parametrize("argv", [
    ["qr"], ["qr", "-o", "x.png", "--ec", "X", "x"], ["export"], ["import", "csv"], ["frob"],
    ["qr", "-o", "a.png", "x", "--size-mm", "abc"], ["check", "--db", "a", "extra\nline"],
])
def test_argparse_refusal_is_one_line(argv, capsys):
    with pytest.raises(SystemExit) as leaving:
        main(argv)
    assert leaving.value.code == 2
    assert len(capsys.readouterr().err.splitlines()) == 1


def test_window_options_refusal_is_one_line(capsys):
    with pytest.raises(SystemExit) as leaving:
        app_main(["--lang", "xx"])
    assert leaving.value.code == 2
    assert capsys.readouterr().err.splitlines() == [
        "socialdesk: argument --lang: invalid choice: 'xx' (choose from 'en', 'fr'); see socialdesk --help"]


@needs_posix  # such names cannot exist on Windows (another refusal there)
@pytest.mark.parametrize("name", ["a\nb", "\n", "x\r\x1b[2Jy", "line\u2028sep"])
def test_file_name_with_line_breaks_stays_on_one_line(tmp_path, name, capsys):
    assert main(["check", "--db", str(tmp_path / name)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "\x1b" not in lines[0], lines
    assert "no data file at" in lines[0]
