"""A file name holding a right-to-left override or another bidi control is printed escaped, never reversed on screen."""

from socialdesk.cli import main
from socialdesk.storage.opening import open_store

BIDI = "\u202e\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u061c"


def test_export_prints_bidi_controls_escaped(tmp_path, capsys):
    shop = tmp_path / "fleurs.sqlite3"
    open_store(shop).close()
    out = tmp_path / "facture\u202evsc.exe.csv"  # shown as "facture" + "exe.csv" reversed in a bidi terminal
    assert main(["export", "csv", "-o", str(out), "--db", str(shop)]) == 0
    printed = capsys.readouterr().out
    assert printed == f"{tmp_path}/facture\\u202evsc.exe.csv\n"
    assert out.is_file()


def test_every_bidi_control_is_escaped_in_a_backup_line(tmp_path, capsys):
    folder = tmp_path / f"boutique{BIDI}"
    folder.mkdir()
    shop = folder / "fleurs.sqlite3"
    open_store(shop).close()
    assert main(["backup", "--db", str(shop)]) == 0
    printed = capsys.readouterr().out
    assert not any(mark in printed for mark in BIDI), ascii(printed)
    assert "boutique\\u202e\\u200e\\u200f\\u202a\\u202b\\u202c\\u202d\\u2066\\u2067\\u2068\\u2069\\u061c/" in printed
