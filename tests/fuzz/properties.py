"""The promise every headless command keeps, checked on one run; and the findings it breaks."""

import contextlib
import io
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import world
from harness import Outcome, run_in_process

from socialdesk.cli import build_parser

COMPANIONS = ("-wal", "-shm", "-journal")
WINDOW = "window"
LOCK = ".lock"  # the lock file beside the data file stays after closing, by design (storage/lock.py)


@dataclass(frozen=True)
class Case:
    argv: tuple  # with @TOKENS
    data_kind: str
    data_bytes: bytes = b""
    hostile_data: str = ""  # file name in tests/data/hostile/data_files
    hostile_input: str = ""  # path of a hostile image or CSV


def _parsed(argv: list[str]):
    quiet = io.StringIO()
    try:
        with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):
            return build_parser().parse_args(argv)
    except SystemExit:
        return None


def _relative(path: Path, folder: Path) -> str | None:
    try:
        return str(path.relative_to(folder))
    except ValueError:
        return None


def _data_path(args, folder: Path) -> Path:
    raw = getattr(args, "db", None)
    try:
        path = Path(raw).expanduser() if raw else folder / "xdg" / "socialdesk" / "socialdesk.sqlite3"
    except RuntimeError:  # "~nobody": no such home (finding 4)
        path = Path(raw)
    return (folder / path).resolve()


def allowed_changes(argv: list[str], folder: Path, succeeded: bool) -> tuple[set, set]:
    """(exact names, folder prefixes) a run may change: the lock always; on success the named output."""
    args = _parsed(argv)
    real = folder.resolve()
    names, prefixes = set(), set()
    if args is None:
        return names, prefixes
    data = _data_path(args, real)
    if not data.name:  # --db=/ : no file can be beside it, nothing may change
        return names, prefixes
    names.add(_relative(data.with_name(data.name + LOCK), real))
    if not succeeded:
        return names, prefixes
    output = (real / Path(args.output).expanduser()).resolve() if getattr(args, "output", None) else None
    guarded = {data.with_name(data.name + side) for side in ("", *COMPANIONS, LOCK)}
    if output is not None and args.output != "-" and output not in guarded and output.parent != data.parent / "backups":
        names.add(_relative(output, real))
    if args.command == "export":
        # A reader writes nothing of its own, but an older file is upgraded (a write) after a backup
        # named "before-upgrade": only that (violations() checks the backups' names).
        names.update(_relative(data.with_name(data.name + side), real) for side in ("", *COMPANIONS))
        prefixes.add(_relative(data.parent / "backups", real))
        names.add(_relative(data.parent / "backups", real))
    if args.command in ("import", "backup", "print-cards"):  # print-cards records what it printed (the inventory)
        names.update(_relative(data.with_name(data.name + side), real) for side in ("", *COMPANIONS))
        prefixes.add(_relative(data.parent / "backups", real))
        names.add(_relative(data.parent / "backups", real))
        names.update(_relative(parent, real) for parent in data.parents)
    return names - {None}, prefixes - {None}


def upgrade_changes(argv: list[str], outcome: Outcome, folder: Path) -> set:
    """An older file is upgraded as it is opened, after a "before-upgrade" backup, whatever the command does next
    (print-cards may then find no listing to print): the data file, its journals and that backup may change."""
    upgrade = [name for name in outcome.changes if name.startswith("backups" + os.sep) and "before-upgrade" in name]
    args = _parsed(argv)
    if not upgrade or args is None:
        return set()
    data = _data_path(args, folder.resolve())
    if not data.name:
        return set()
    return {*upgrade, "backups", *(_relative(data.with_name(data.name + side), folder.resolve())
                                  for side in ("", *COMPANIONS))} - {None}


def violations(argv: list[str], outcome: Outcome, folder: Path) -> list[str]:
    """What broke the promise: exit 0/1/2, one stderr line on failure, no traceback, no child, no stray write."""
    found = []
    if outcome.code == WINDOW:  # the arguments would open the window: not a headless run
        return found
    if outcome.escaped:
        found.append(f"exception escaped main(): {outcome.escaped}")
    if outcome.children:
        found.append(f"child process started: {outcome.children[0]}")
    if not outcome.escaped and outcome.code not in (0, 1, 2):
        found.append(f"exit status {outcome.code!r}")
    if outcome.code in (1, 2) and len(outcome.stderr_lines) != 1:
        found.append(f"exit {outcome.code} with {len(outcome.stderr_lines)} stderr lines")
    if "Traceback" in outcome.stderr:
        found.append("traceback on stderr")
    names, prefixes = allowed_changes(argv, folder, outcome.code == 0 and not outcome.escaped)
    names |= upgrade_changes(argv, outcome, folder)
    stray = sorted(name for name in outcome.changes
                   if name not in names and not any(name.startswith(p + os.sep) for p in prefixes))
    args = _parsed(argv)
    if outcome.code == 0 and args is not None and args.command == "export":
        stray += sorted(name for name in outcome.changes
                        if name.startswith("backups" + os.sep) and "before-upgrade" not in name)
    if stray:
        found.append(f"wrote {stray[0]!r} ({outcome.changes[stray[0]]}) though "
                     + ("it is not the named output" if outcome.code == 0 else f"the command ended {outcome.code}"))
    if outcome.code == 0 and _parsed(argv) is not None and getattr(_parsed(argv), "output", None) == "-" \
            and "-" in outcome.changes:
        found.append("-o - wrote a file named '-' instead of standard output")
    return found


def run_case(case: Case, template: Path, entry, base: Path) -> tuple[list[str], Outcome, list[str]]:
    """Build the example's folder, run `entry(argv)` in it, return (argv, outcome, violations)."""
    folder = Path(tempfile.mkdtemp(prefix="ex-", dir=base))
    hostile_data = world.HOSTILE / "data_files" / case.hostile_data if case.hostile_data else None
    tokens = world.build(folder, template, case.data_kind, case.data_bytes, hostile_data,
                         Path(case.hostile_input) if case.hostile_input else None)
    argv = [world.resolve(part, tokens) for part in case.argv]
    saved = {name: os.environ.get(name) for name in ("XDG_DATA_HOME", "SOCIALDESK_DB")}
    os.environ["XDG_DATA_HOME"] = str(folder / "xdg")
    os.environ.pop("SOCIALDESK_DB", None)
    try:
        outcome = run_in_process(entry, argv, folder)
        return argv, outcome, violations(argv, outcome, folder)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        shutil.rmtree(folder, ignore_errors=True)


def app_entry(argv: list[str]):
    """`socialdesk ARGS` as the installed command runs it, up to where a window would open."""
    from socialdesk.app import HEADLESS_COMMANDS, gui_argument_parser, main

    if argv and argv[0] in HEADLESS_COMMANDS:
        return main(argv)
    gui_argument_parser().parse_args(argv)  # --help, --version and bad options end here
    return WINDOW


def cli_entry(argv: list[str]):
    from socialdesk.cli import main

    return main(argv)
