"""Hostile data files, full and read-only disks: one line, exit 1 or 2, the files untouched."""

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from socialdesk.cli import main as cli_main
from socialdesk.storage import open_store
from tests.posix_only import needs_posix

CORPUS = Path(__file__).parents[1] / "data" / "hostile" / "data_files"
COMPANIONS = ("-wal", "-shm", "-journal")
COMMANDS = (["check"], ["backup"], ["export", "csv", "-o", "OUT"])


def _corpus() -> list[str]:
    return sorted(p.name for p in CORPUS.iterdir() if not p.name.endswith(COMPANIONS))


def _snapshot(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else p.name
            for p in folder.iterdir() if not p.is_symlink() and (p.is_file() or p.is_dir())}


def _assert_untouched(folder: Path, before: dict[str, str]) -> None:
    after = _snapshot(folder)
    assert {name: after.get(name) for name in before} == before
    # SQLite needs a -shm index to read a -wal journal: the only file a refusal may leave, never a lock or backup
    new = set(after) - set(before)
    assert all(name.endswith("-shm") and name[:-4] + "-wal" in before for name in new), new


def _run(argv: list[str], db: Path, out: Path, capsys) -> tuple[int, str]:
    argv = [str(out) if a == "OUT" else a for a in argv]
    code = cli_main([*argv, "--db", str(db)])
    return code, capsys.readouterr().err


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("name", _corpus())
def test_hostile_data_file_is_refused_in_one_line_untouched(tmp_path, tmp_path_factory, capsys, name, argv):
    for companion in CORPUS.glob(f"{name}*"):
        shutil.copyfile(companion, tmp_path / companion.name)
    before = _snapshot(tmp_path)
    out = tmp_path_factory.mktemp("out") / "posts.csv"
    code, err = _run(argv, tmp_path / name, out, capsys)
    assert code in (1, 2)
    assert err.count("\n") == 1 and err.startswith("socialdesk ") and "Traceback" not in err
    _assert_untouched(tmp_path, before)
    assert not out.exists()


def _directory(folder: Path) -> Path:
    (folder / "shop.sqlite3").mkdir()
    return folder / "shop.sqlite3"


def _fifo(folder: Path) -> Path:
    os.mkfifo(folder / "shop.sqlite3")
    return folder / "shop.sqlite3"


def _symlink_loop(folder: Path) -> Path:
    (folder / "a.sqlite3").symlink_to(folder / "b.sqlite3")
    (folder / "b.sqlite3").symlink_to(folder / "a.sqlite3")
    return folder / "a.sqlite3"


def _through_a_file(folder: Path) -> Path:
    (folder / "file.txt").write_text("notes")
    return folder / "file.txt" / "x.sqlite3"


def _dev_zero(folder: Path) -> Path:
    (folder / "shop.sqlite3").symlink_to("/dev/zero")
    return folder / "shop.sqlite3"


PLACES = {"directory": _directory, "fifo": _fifo, "symlink_loop": _symlink_loop,
          "through_a_file": _through_a_file, "dev_zero": _dev_zero}
POSIX_PLACES = {"fifo", "symlink_loop", "dev_zero"}  # no FIFOs nor /dev/zero on Windows; links need admin


@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: a[0])
@pytest.mark.parametrize("place", [pytest.param(place, marks=needs_posix) if place in POSIX_PLACES else place
                                   for place in sorted(PLACES)])
def test_a_data_file_that_is_not_a_file_is_refused_without_hanging(tmp_path, tmp_path_factory, place, argv):
    db = PLACES[place](tmp_path)
    before = _snapshot(tmp_path)
    out = tmp_path_factory.mktemp("out") / "posts.csv"
    argv = [str(out) if a == "OUT" else a for a in argv]
    # a child process: a FIFO opened for reading would hang it, and the timeout would say so
    result = subprocess.run([sys.executable, "-m", "socialdesk.cli", *argv, "--db", str(db)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode in (1, 2), result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    _assert_untouched(tmp_path, before)
    assert not out.exists()


def test_a_healthy_file_with_accents_and_spaces_checks_and_backs_up(tmp_path, capsys):
    db = tmp_path / "Café de l'Été 2026" / "Boulangerie Léa — données.sqlite3"
    open_store(db).close()
    code, err = _run(["check"], db, tmp_path / "unused", capsys)
    assert code == 0 and err == ""
    assert cli_main(["backup", "--db", str(db)]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.parent == db.parent / "backups" and made.is_file()


def _cli(db: Path, *argv: str, limit: int | None = None, tmp: Path | None = None) -> subprocess.CompletedProcess:
    """The command in a child; `limit` is an RLIMIT_FSIZE (EFBIG past it: a full disk, without mounting one);
    `tmp` its temporary folder (made if missing)."""
    code = "import sys\nfrom socialdesk.cli import main\n"
    if limit is not None:
        code += ("import resource, signal\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
                 f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n")
    code += f"sys.exit(main({[*argv, '--db', str(db)]!r}))"
    env = None
    if tmp is not None:
        if not tmp.exists():
            tmp.mkdir()
        env = dict(os.environ, TMPDIR=str(tmp))
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)


def _tmpfs(tmp_path: Path, size: str):
    folder = tmp_path / "disk"
    folder.mkdir()
    if not shutil.which("mount"):
        pytest.skip("no mount command here (Windows)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(folder)],
                             capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here: " + mounted.stderr.decode(errors="replace").strip())
    yield folder
    subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KiB tmpfs: room for one data file (~150 KiB), not for its backup too."""
    yield from _tmpfs(tmp_path, "256k")


def _data_file_on(disk: Path, tmp_path: Path) -> Path:
    made = tmp_path / "made" / "shop.sqlite3"
    open_store(made).close()
    shutil.copyfile(made, disk / "shop.sqlite3")
    return disk / "shop.sqlite3"


def _no_backup_left(db: Path) -> None:
    left = list((db.parent / "backups").glob("*")) if (db.parent / "backups").exists() else []
    assert left == [], left


def test_backup_on_a_full_disk_says_so_in_one_line_and_leaves_nothing(small_disk, tmp_path):
    db = _data_file_on(small_disk, tmp_path)
    result = _cli(db, "backup")
    assert result.returncode == 1
    full = f"the disk holding the backups folder {db.parent / 'backups'} is full"  # that disk: perhaps not the file's
    assert result.stderr.count("\n") == 1 and full in result.stderr, result.stderr
    _no_backup_left(db)
    assert result.stdout == ""


@needs_posix  # RLIMIT_FSIZE
def test_backup_past_a_file_size_limit_says_disk_full_and_leaves_nothing(tmp_path):
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    result = _cli(db, "backup", limit=64 * 1024)  # the data file is ~150 KiB: its copy cannot be written
    assert result.returncode == 1
    full = f"the disk holding the backups folder {db.parent / 'backups'} is full"  # that disk: perhaps not the file's
    assert result.stderr.count("\n") == 1 and full in result.stderr, result.stderr
    _no_backup_left(db)


@pytest.fixture
def read_only_disk(tmp_path):
    """A tmpfs the test fills, then remounts read-only with `remount()`."""
    for disk in _tmpfs(tmp_path, "2m"):
        def remount() -> None:
            if subprocess.run(["mount", "-o", "remount,ro", str(disk)], capture_output=True).returncode != 0:
                pytest.skip("cannot remount read-only here")
        yield disk, remount


def test_check_on_a_read_only_disk_tells_the_truth(read_only_disk, tmp_path):
    disk, remount = read_only_disk
    _data_file_on(disk, tmp_path)
    data = (disk / "shop.sqlite3").read_bytes()
    (disk / "cut.sqlite3").write_bytes(data[: len(data) // 2])
    remount()
    healthy = _cli(disk / "shop.sqlite3", "check")
    assert (healthy.returncode, healthy.stderr) == (0, "")
    assert healthy.stdout.strip().endswith(": ok (read-only here: SocialDesk can read it, not save to it)")
    damaged = _cli(disk / "cut.sqlite3", "check")
    assert damaged.returncode == 1 and "damaged" in damaged.stderr and damaged.stderr.count("\n") == 1
    assert (disk / "shop.sqlite3").read_bytes() == data


def test_check_on_a_read_only_disk_with_a_journal_beside_reads_both_from_a_copy(read_only_disk):
    disk, remount = read_only_disk
    for name in ("wal-foreign-beside.sqlite3", "wal-foreign-beside.sqlite3-wal"):
        shutil.copyfile(CORPUS / name, disk / name)
    remount()
    result = _cli(disk / "wal-foreign-beside.sqlite3", "check")
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "another program's SQLite database" in result.stderr  # its journal read too: what the file is now
    no_room = _cli(disk / "wal-foreign-beside.sqlite3", "check", limit=4096)  # and where no copy can be made
    assert no_room.returncode == 1 and no_room.stderr.count("\n") == 1
    assert "-wal journal" in no_room.stderr and "Traceback" not in no_room.stderr


@pytest.mark.parametrize("name", ["wal-foreign-beside.sqlite3", "wal-garbage-beside.sqlite3"])
def test_check_with_a_journal_and_no_index_beside_makes_nothing_beside_the_file(tmp_path, name):
    """A -wal with no -shm: SQLite makes the -shm beside the file to read the journal; `check` said "it was not
    changed" and left one (make test-faults' fuzzing found it)."""
    for side in ("", "-wal"):
        shutil.copyfile(CORPUS / f"{name}{side}", tmp_path / f"{name}{side}")
    before = {path.name: path.read_bytes() for path in tmp_path.iterdir()}
    result = _cli(tmp_path / name, "check", tmp=tmp_path / "elsewhere")
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "not changed" in result.stderr
    assert {path.name: path.read_bytes() for path in tmp_path.iterdir() if path.name != "elsewhere"} == before
    assert not any((tmp_path / "elsewhere").iterdir())  # the copy read, then removed


def test_check_reads_the_changes_still_in_a_journal_copied_with_the_file(tmp_path):
    """The owner's own file copied with its -wal (the app killed before it folded the journal in): check reads the
    journal's changes from a copy, says ok, and leaves the two files as they were."""
    import sqlite3

    _data_file_on(tmp_path, tmp_path)
    live = tmp_path / "shop.sqlite3"
    held = sqlite3.connect(live)  # kept open: the journal is not folded in when the writer below closes
    held.execute("SELECT count(*) FROM settings").fetchone()
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE only_in_the_journal (x)")
    writer.commit()
    writer.close()
    away = tmp_path / "copied"
    away.mkdir()
    for side in ("", "-wal"):
        shutil.copyfile(f"{live}{side}", away / f"shop.sqlite3{side}")
    held.close()
    before = {path.name: path.read_bytes() for path in away.iterdir()}
    result = _cli(away / "shop.sqlite3", "check", tmp=tmp_path / "elsewhere")
    assert result.returncode == 0, result.stderr
    assert {path.name: path.read_bytes() for path in away.iterdir()} == before
    from socialdesk.storage.files import connect_for_inspection

    conn = connect_for_inspection(away / "shop.sqlite3")
    try:
        assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'only_in_the_journal'").fetchone()
    finally:
        conn.close()
    assert sorted(path.name for path in away.iterdir()) == ["shop.sqlite3", "shop.sqlite3-wal"]


_MADE: dict[str, bytes] = {}


def _real_data_file() -> bytes:
    """A small SocialDesk data file's bytes, made once per run."""
    if "bytes" not in _MADE:
        import tempfile

        with tempfile.TemporaryDirectory() as folder:
            store = open_store(Path(folder) / "shop.sqlite3")
            store.settings.set("shop_note", "Boulangerie Léa")
            store.close()
            _MADE["bytes"] = (Path(folder) / "shop.sqlite3").read_bytes()
    return _MADE["bytes"]


def scribbled_data_file():
    """A SocialDesk file with bytes changed (header and first pages most): check and backup answer in one line."""
    import contextlib
    import io
    import tempfile

    from hypothesis import given
    from hypothesis import strategies as st

    from tests.reliability.hypothesis_profiles import TRIED

    offsets = st.one_of(st.integers(0, 99), st.integers(0, 8191), st.integers(0, len(_real_data_file()) - 1))

    @given(st.lists(st.tuples(offsets, st.integers(0, 255)), min_size=1, max_size=8), st.booleans())
    def prop(changes, cut):
        TRIED["scribbled_data_file"] += 1
        data = bytearray(_real_data_file())
        for offset, value in changes:
            data[offset] = value
        data = bytes(data[: changes[0][0] * 8] if cut else data)
        with tempfile.TemporaryDirectory() as folder:
            db = Path(folder) / "shop.sqlite3"
            db.write_bytes(data)
            for argv in (["check"], ["backup"]):
                err, out = io.StringIO(), io.StringIO()
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
                    code = cli_main([*argv, "--db", str(db)])
                assert code in (0, 1) and err.getvalue().count("\n") == (code == 1), err.getvalue()
                if code == 1:
                    assert db.read_bytes() == data and not (Path(folder) / "backups").exists()
                if argv == ["check"]:
                    assert db.read_bytes() == data  # check never writes
    return prop


from tests.reliability.hypothesis_profiles import fast_and_long  # noqa: E402

test_scribbled_data_file, test_scribbled_data_file_long = fast_and_long(scribbled_data_file, 25, 1500)
