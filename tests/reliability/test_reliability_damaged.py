"""Damaged, newer, read-only data files: refused with the right reason, never a byte changed."""

import os
import stat
import subprocess
import sys

import pytest

from damage import SHAPES, damaged_sample, fingerprint, make_sample
from reliability_support import ROOT
from socialdesk.cli import main as cli_main
from socialdesk.storage import Problem, StoreOpenError, open_store
from tests.posix_only import needs_unix_modes

FAST_SEEDS = range(3)
LONG_SEEDS = range(3, 103)


def _open_refused_or_sound(folder, path, shape: str) -> str:
    """open_store either refuses (for an expected reason, nothing touched) or gives a readable store."""
    before = fingerprint(folder)
    try:
        store = open_store(path)
    except StoreOpenError as error:
        _damage, problems = SHAPES[shape]
        assert error.problem.value in (problems or {"damaged", "not_sqlite"}), error
        assert fingerprint(folder) == before, "a refused file or its folder changed"
        return error.problem.value
    try:
        assert SHAPES[shape][1] == set(), f"{shape} was not refused"
        store.settings.all()
        store.shop.get()
        store.calendar.all_posts()
        store.rules.rules()
        store.presence.listings()
    finally:
        store.close()
    return "opened"


def _check_shape(tmp_path, shape: str, seed: int) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    what = damaged_sample(path, shape, seed)
    outcome = _open_refused_or_sound(folder, path, shape)
    assert outcome, what


@pytest.mark.parametrize("seed", FAST_SEEDS)
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_damaged_file_refused_untouched(tmp_path, shape, seed):
    _check_shape(tmp_path, shape, seed)


@pytest.mark.faults
@pytest.mark.parametrize("shape", ["truncated", "random_bytes", "header_then_garbage", "scribbled"])
def test_damaged_files_many_seeds(tmp_path_factory, shape):
    outcomes: dict[str, int] = {}
    for seed in LONG_SEEDS:
        tmp = tmp_path_factory.mktemp(f"{shape}{seed}")
        folder = tmp / "data"
        folder.mkdir()
        path = folder / "shop.sqlite3"
        damaged_sample(path, shape, seed)
        outcome = _open_refused_or_sound(folder, path, shape)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(f"\n{shape}: {outcomes}")


def test_read_only_file_is_refused_and_gets_no_companions(tmp_path):
    path = tmp_path / "shop.sqlite3"
    make_sample(path)
    for side in ("-wal", "-shm", ".lock"):
        (tmp_path / f"shop.sqlite3{side}").unlink(missing_ok=True)
    path.chmod(0o444)
    before = fingerprint(tmp_path)
    with pytest.raises(StoreOpenError) as refused:
        open_store(path)
    assert refused.value.problem is Problem.READ_ONLY
    assert fingerprint(tmp_path) == before


@needs_unix_modes
@pytest.mark.parametrize("exists", [True, False])
def test_read_only_folder_is_refused_and_nothing_is_created(tmp_path, exists):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    if exists:
        make_sample(path)
        for side in ("-wal", "-shm", ".lock"):
            (folder / f"shop.sqlite3{side}").unlink(missing_ok=True)
    folder.chmod(0o555)
    try:
        before = fingerprint(folder)
        with pytest.raises(StoreOpenError) as refused:
            open_store(path)
        assert refused.value.problem is Problem.READ_ONLY
        assert fingerprint(folder) == before
        assert sorted(os.listdir(folder)) == (["shop.sqlite3"] if exists else [])
    finally:
        folder.chmod(0o700)


# ----- headless commands: one clear line, non-zero exit, nothing touched -------------------------
COMMANDS = {
    "check": lambda db, out: ["check", "--db", str(db)],
    "backup": lambda db, out: ["backup", "--db", str(db)],
    "export csv": lambda db, out: ["export", "csv", "--db", str(db), "-o", str(out)],
    "export ics": lambda db, out: ["export", "ics", "--db", str(db), "-o", str(out)],
    "import csv": lambda db, out: ["import", "csv", str(out.parent.parent / "plan.csv"), "--db", str(db)],
}
PLAN = "date,time,networks,status,pillar,about,text,notes\n2026-12-01,09:00,facebook,planned,,,Bûche,\n"
REFUSED_SHAPES = sorted(name for name, (_damage, problems) in SHAPES.items() if problems)


def _prepare(tmp_path, shape: str, seed: int = 0):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "shop.sqlite3"
    damaged_sample(path, shape, seed)
    out_folder = tmp_path / "out"
    out_folder.mkdir()
    (tmp_path / "plan.csv").write_text(PLAN, encoding="utf-8")
    return folder, path, out_folder / "plan.export"


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("shape", REFUSED_SHAPES)
def test_headless_commands_refuse_damaged_files_in_one_line(tmp_path, capsys, shape, command):
    folder, path, output = _prepare(tmp_path, shape)
    before = fingerprint(folder)
    status = cli_main(COMMANDS[command](path, output))
    captured = capsys.readouterr()
    assert status == 1
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"socialdesk {command.split()[0]}: "), captured.err
    assert str(path) in lines[0]
    assert fingerprint(folder) == before
    assert not output.exists() and not list(output.parent.iterdir())


@pytest.mark.parametrize("shape", ["truncated", "newer_version", "text_file"])
def test_headless_commands_in_a_real_process_print_no_traceback(tmp_path, shape):
    folder, path, output = _prepare(tmp_path, shape)
    before = fingerprint(folder)
    for command in ("check", "export csv"):
        run = subprocess.run([sys.executable, "-m", "socialdesk", *COMMANDS[command](path, output)],
                             capture_output=True, text=True, cwd=ROOT)
        assert run.returncode == 1, run.stderr
        assert "Traceback" not in run.stderr and len(run.stderr.strip().splitlines()) == 1, run.stderr
        assert run.stdout == ""
    assert fingerprint(folder) == before


def test_headless_commands_on_a_read_only_file(tmp_path, capsys):
    folder, output = tmp_path / "data", tmp_path / "plan.csv"
    path = folder / "shop.sqlite3"
    make_sample(path)
    for side in ("-wal", "-shm", ".lock"):
        (folder / f"shop.sqlite3{side}").unlink(missing_ok=True)
    path.chmod(0o444)
    before = fingerprint(folder)
    assert cli_main(["check", "--db", str(path)]) == 0  # check writes nothing: the file is healthy, and said read-only
    out = capsys.readouterr()
    assert out.err == "" and out.out.strip().endswith("ok (read-only here: SocialDesk can read it, not save to it)")
    assert cli_main(COMMANDS["export csv"](path, output)) == 0  # reading it is fine
    assert output.read_bytes().startswith(b"\xef\xbb\xbfdate,")
    assert fingerprint(folder) == before
    assert not stat.S_IMODE(path.stat().st_mode) & 0o222
