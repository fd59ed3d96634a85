"""`check` and `backup` print the path on ONE stdout line: a line break in a folder name cannot forge another."""

from pathlib import Path

from socialdesk.cli import main
from socialdesk.storage.opening import open_store


def _shop(tmp_path) -> Path:
    folder = tmp_path / "Élodie\nsocialdesk check: ok\x1b[31m"
    folder.mkdir()
    path = folder / "fleurs.sqlite3"
    open_store(path).close()
    return path


def test_check_prints_one_escaped_line(tmp_path, capsys):
    shop = _shop(tmp_path)
    assert main(["check", "--db", str(shop)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\x1b" not in out, out
    assert out == f"{tmp_path}/Élodie\\nsocialdesk check: ok\\x1b[31m/fleurs.sqlite3: ok\n"


def test_backup_prints_the_copy_on_one_escaped_line(tmp_path, capsys):
    shop = _shop(tmp_path)
    assert main(["backup", "--db", str(shop)]) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\x1b" not in out, out
    assert out.startswith(f"{tmp_path}/Élodie\\nsocialdesk check: ok\\x1b[31m/backups/fleurs-")
    copies = list((shop.parent / "backups").glob("fleurs-*.sqlite3"))
    assert [c.name for c in copies] == [out.strip().rsplit("/", 1)[1]]
