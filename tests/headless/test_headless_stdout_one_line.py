"""`check`, `backup`, `export`, `import` and `qr` print paths on ONE stdout line: a line break in a name cannot forge another."""

from pathlib import Path

from socialdesk.cli import main
from socialdesk.storage.opening import open_store
from tests.posix_only import needs_posix

pytestmark = needs_posix  # a folder named with a line break and ESC cannot exist on Windows


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


FORGED = "Élodie\nsocialdesk check: ok\x1b[31m"
SHOWN = "Élodie\\nsocialdesk check: ok\\x1b[31m"


def _one_line(capsys) -> str:
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "\x1b" not in out, out
    return out


def test_export_prints_the_written_file_on_one_escaped_line(tmp_path, capsys):
    shop = _shop(tmp_path)
    for kind in ("csv", "ics"):
        out = tmp_path / f"{FORGED}.{kind}"
        assert main(["export", kind, "-o", str(out), "--db", str(shop)]) == 0
        assert _one_line(capsys) == f"{tmp_path}/{SHOWN}.{kind}\n"
        assert out.is_file()


def test_import_summary_and_problems_stay_one_line_each(tmp_path, capsys):
    shop = _shop(tmp_path)
    plan = tmp_path / f"{FORGED}.csv"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n"
                    "2026-12-01,09:00,instagram,planned,,,Pain,\n", encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 0
    assert _one_line(capsys) == f"1 post imported from {SHOWN}.csv\n"
    plan.write_text("date,time,networks,status,pillar,about,text,notes\n"
                    "2026-13-01,09:00,instagram,planned,,,Pain,\n2026-14-01,09:00,instagram,planned,,,Pain,\n",
                    encoding="utf-8")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 2
    out = _one_line(capsys)  # the second problem on stdout, the first on stderr
    assert out.startswith(f"{tmp_path}/{SHOWN}.csv: line 3"), out


def test_qr_prints_the_written_code_on_one_escaped_line(tmp_path, capsys):
    out = tmp_path / f"{FORGED}.png"
    assert main(["qr", "https://example.com", "-o", str(out)]) == 0
    assert _one_line(capsys) == f"{tmp_path}/{SHOWN}.png\n"
