"""What the fuzzer found (tests/fuzz, notes in the commit log): each one, pinned as a plain test."""

import hashlib
from pathlib import Path

import pytest

from socialdesk.cli import main
from socialdesk.storage.opening import open_store
from tests.posix_only import needs_dev_files, needs_fifos, needs_symlinks

LONG_NAME = "a" * 300  # past the 255 bytes a file name may have


@pytest.fixture
def shop(tmp_path) -> Path:
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    for leftover in (tmp_path / "backups").glob("*"):
        leftover.unlink()
    return path


def _tree(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("argv", [
    ["check", "--db", LONG_NAME], ["backup", "--db", LONG_NAME], ["export", "csv", "-o", "x.csv", "--db", LONG_NAME],
    ["export", "ics", "-o", LONG_NAME + ".ics"], ["qr", "https://example.com", "-o", LONG_NAME + ".png"],
    ["print-cards", "--template", "a6", "-o", LONG_NAME + ".pdf"], ["import", "csv", LONG_NAME],
])
def test_a_file_name_too_long_is_one_line_not_a_traceback(argv, shop, monkeypatch, capsys):
    monkeypatch.chdir(shop.parent)
    monkeypatch.setenv("SOCIALDESK_DB", str(shop))
    code = main(argv)
    lines = capsys.readouterr().err.splitlines()
    assert code in (1, 2) and len(lines) == 1, lines
    assert "Traceback" not in lines[0]


@pytest.mark.parametrize("argv", [["check", "--db", "~nosuchuser-sd/x.sqlite3"],
                                  ["import", "csv", "~nosuchuser-sd/plan.csv"]])
def test_an_unknown_user_home_is_refused_in_one_line(argv, capsys):
    assert main(argv) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "no home folder" in lines[0], lines


@pytest.mark.parametrize("argv", [["export", "csv", "-o", "plan.csv"], ["export", "ics", "-o", "plan.ics"],
                                  ["export", "csv", "-o", "old.csv"]])
def test_reading_commands_write_nothing_beside_the_data_file(argv, shop, monkeypatch, capsys):
    monkeypatch.chdir(shop.parent)
    (shop.parent / "old.csv").write_text("kept")  # exists: refused without --force
    before = _tree(shop.parent)
    code = main([*argv, "--db", str(shop)])
    after = _tree(shop.parent)
    written = set(after) - set(before)
    assert written == ({argv[-1]} if code == 0 else set()), written
    assert {k: v for k, v in after.items() if k in before} == before


def test_exporting_from_a_backup_makes_no_backup_of_the_backup(shop, monkeypatch, capsys):
    from datetime import datetime

    from socialdesk.storage import backups
    from socialdesk.storage.opening import open_store as reopen

    store = reopen(shop)
    copy = backups.make_backup(store.conn, store.path, datetime(2026, 12, 1, 9), "manual")
    store.close()
    monkeypatch.chdir(shop.parent)
    assert main(["export", "csv", "-o", "from-backup.csv", "--db", str(copy)]) == 0
    assert not (copy.parent / "backups").exists()


def test_an_import_with_bad_rows_says_each_problem_once(shop, tmp_path, capsys):
    """The first problem is in the one stderr line; stdout lists the others, not the first again."""
    plan = tmp_path / "plan.csv"
    plan.write_text("date,time,networks,status,pillar,about,notes,text\n"
                    "2026-13-01,09:00,facebook,draft,,,,a\n2026-12-01,25:00,facebook,draft,,,,b\n")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 2
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "socialdesk import: 2 problems in plan.csv, nothing was imported; first: line 2: date '2026-13-01' "
        "is not YYYY-MM-DD (or DD/MM/YYYY)"]
    assert out.splitlines() == [f"{plan}: line 3: time '25:00' is not HH:MM"]


@pytest.mark.parametrize("size", ["nan", "inf", "-inf", "0", "-3", "1e309", "abc"])
def test_a_size_that_is_not_a_number_of_millimetres_is_one_line(size, tmp_path, capsys):
    with pytest.raises(SystemExit) as leaving:
        main(["qr", "https://example.com", "-o", str(tmp_path / "x.png"), f"--size-mm={size}"])
    assert leaving.value.code == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "not a size in millimetres" in lines[0], lines
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("suffix", [".png", ".svg"])
@pytest.mark.parametrize("caption", ["\n", "Avis\nGoogle", "a\x01b\x1bc", "\t  \r\n"])
def test_a_caption_with_line_breaks_or_control_characters_prints_on_one_line(suffix, caption, tmp_path, capsys):
    import xml.etree.ElementTree as ET

    out = tmp_path / f"code{suffix}"
    assert main(["qr", "https://example.com", "-o", str(out), f"--caption={caption}"]) == 0
    if suffix == ".svg":
        text = ET.parse(out).getroot().find("{http://www.w3.org/2000/svg}text")
        shown = "" if text is None else text.text
        cleaned = " ".join("".join(c if c.isprintable() else " " for c in caption).split())
        assert shown == (cleaned or "example.com")  # a blank caption: the code's own address is printed


@pytest.mark.parametrize("kind", [pytest.param("fifo", marks=needs_fifos), pytest.param("symlink", marks=needs_symlinks),
                                  "folder"])
@pytest.mark.parametrize("argv", [["export", "csv", "--force", "-o"], ["export", "ics", "--force", "-o"],
                                  ["qr", "https://example.com", "--force", "-o"]])
def test_force_never_replaces_a_pipe_a_link_or_a_folder(kind, argv, shop, tmp_path, capsys):
    import os

    name = tmp_path / ("out.png" if argv[0] == "qr" else "out.csv")
    target = tmp_path / "elsewhere.csv"
    target.write_text("kept")
    {"fifo": lambda: os.mkfifo(name), "symlink": lambda: name.symlink_to(target),
     "folder": lambda: name.mkdir()}[kind]()
    db = [] if argv[0] == "qr" else ["--db", str(shop)]
    assert main([*argv, str(name), *db]) == 2
    assert len(capsys.readouterr().err.splitlines()) == 1
    assert (name.is_fifo() if kind == "fifo" else name.is_symlink() if kind == "symlink" else name.is_dir())
    assert target.read_text() == "kept"


@needs_dev_files
def test_force_never_replaces_a_device(shop, capsys):
    import os
    import stat

    assert main(["export", "csv", "-o", "/dev/null", "--force", "--db", str(shop)]) == 2
    assert stat.S_ISCHR(os.lstat("/dev/null").st_mode)


def test_an_old_file_is_not_upgraded_when_the_output_is_refused(tmp_path, capsys):
    import shutil

    old = tmp_path / "old.sqlite3"
    shutil.copy(Path(__file__).parents[1] / "data" / "socialdesk-v1.sqlite3", old)
    before = _tree(tmp_path)
    assert main(["export", "csv", "-o", str(old), "--db", str(old)]) == 2
    assert _tree(tmp_path) == before


def test_an_older_file_is_upgraded_even_when_the_command_then_fails(tmp_path, monkeypatch, capsys):
    """`print-cards` on a first-version file with no listing marked: the file is opened, so upgraded after a
    before-upgrade backup (kept), and the command ends 2 in one line; the fuzzer's rule counts that upgrade as the
    one write a failed command may leave (tests/fuzz/properties.py upgrade_changes)."""
    import shutil

    from harness import Outcome
    from properties import violations

    data = tmp_path / "shop.sqlite3"
    shutil.copyfile(Path(__file__).parent.parent / "data" / "socialdesk-v1.sqlite3", data)
    monkeypatch.chdir(tmp_path)
    before = _tree(tmp_path)
    argv = ["print-cards", "-o", "-", f"--db={data}", "--template=a6"]
    code = main(argv)
    lines = capsys.readouterr().err.splitlines()
    assert code == 2 and len(lines) == 1 and "no listing is marked" in lines[0]
    after = _tree(tmp_path)
    made = sorted(set(after) - set(before))
    assert [name for name in made if "before-upgrade" in name] and all(
        name.startswith("backups/") or name.startswith("shop.sqlite3") for name in made)
    changes = {name: "added" for name in made} | {"backups": "added"} | {
        name: "changed" for name in before if before[name] != after.get(name)}
    outcome = Outcome(code=code, stdout=b"", stderr="\n".join(lines), changes=changes)
    assert violations(argv, outcome, tmp_path) == []


def test_the_root_folder_as_data_file_is_judged_without_a_crash(tmp_path, capsys):
    """`--db=/` (the fuzzer drew it): the command says so in one line, and the fuzzer's own rule can judge it."""
    from harness import Outcome
    from properties import violations

    argv = ["export", "csv", "-o", "-", "--db=/"]
    code = main(argv)
    lines = capsys.readouterr().err.splitlines()
    assert code in (1, 2) and len(lines) == 1 and "Traceback" not in lines[0]
    assert violations(argv, Outcome(code=code, stdout=b"", stderr="\n".join(lines)), tmp_path) == []
