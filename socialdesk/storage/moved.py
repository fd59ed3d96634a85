"""Data files moved out of a synced folder on this computer: where each went, and the new default file."""

import json
import os
from pathlib import Path

from socialdesk.storage.state_records import in_state, read_record, write_record

MOVES_FILE = "moved-data-files.json"  # in the state folder: this computer's record, never synced
BACKUPS_IN_SYNCED = "SocialDesk backups"  # beside the file left in the synced folder: the cloud keeps copies


def move_out(old: Path, new: Path, backups: Path) -> None:
    """Copy the data file and its post images (`media/`) out of a synced folder to `new`, its backups set to go
    into `backups` (made here), and remember the move. All or nothing: StoreWriteError if anything fails, and
    then no copy is left; what a move killed midway made is noted first and taken back at the next start."""
    from socialdesk.storage.backups import copy_data_file
    from socialdesk.storage.errors import writing
    from socialdesk.storage.move_media import copy_media, undo_media
    from socialdesk.storage.move_note import DATA_FILE, EMPTY, FILE, MoveNote

    made_backups = not backups.is_dir()
    media: list[Path] = []
    note = None
    try:
        with writing():  # what can fail before the copy fails first: the backups folder, the target's folder
            Path(new).parent.mkdir(parents=True, exist_ok=True)
            note = MoveNote(new)
            note.add(EMPTY, *([backups] if made_backups else []))
            note.add(FILE, *(Path(f"{new}{end}") for end in (".partial", ".partial-journal", "-journal")))
            note.add(DATA_FILE, *([] if Path(new).exists() else [Path(new)]))
            backups.mkdir(mode=0o700, parents=True, exist_ok=True)
            media = copy_media(Path(old).resolve().parent, Path(new).parent, note)  # the posts' images go too
        copy_data_file(old, new)
    except BaseException:
        undo_media(media)
        _undo(None, backups if made_backups else None)
        _done(note)
        raise
    try:
        with writing():
            _point_backups(new, backups)
            remember_move(old, new)
    except BaseException:
        undo_media(media)
        _undo(new, backups if made_backups else None)
        raise
    finally:
        _done(note)


def _done(note) -> None:
    if note is not None:
        note.done()


def _undo(new: Path | None, backups: Path | None) -> None:
    """Remove the copy and the backups folder this move made (an emptied folder only)."""
    if new is not None:
        for leftover in (new, Path(f"{new}-wal"), Path(f"{new}-shm"), Path(f"{new}-journal")):
            leftover.unlink(missing_ok=True)
    if backups is not None:
        try:
            backups.rmdir()
        except OSError:
            pass


def _point_backups(new: Path, backups: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(new)  # nobody has it open yet: the copy was just made
    try:
        with conn:
            conn.execute("INSERT INTO settings (key, value) VALUES ('backup_folder', ?) "
                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value", (json.dumps(str(backups)),))
    finally:
        conn.close()


def _record_path() -> Path:
    return in_state(MOVES_FILE)


def _load() -> dict:
    return read_record(_record_path())


def _kept(path: Path) -> str:
    """A path as the record keeps it: in portable mode a file on the key relative to the program folder (the key
    is E: at the shop, F: at home), any other file whole."""
    from socialdesk.paths import on_the_key

    return on_the_key(str(Path(path).resolve()))


def _whole(kept: str) -> Path:
    from socialdesk.paths import from_the_key

    return from_the_key(kept)


def _known(kept) -> bool:
    from socialdesk.domain.settings import ON_THE_KEY

    return isinstance(kept, str) and (kept.startswith(ON_THE_KEY) or os.path.isabs(kept))


def remember_move(old: Path, new: Path) -> None:
    """Remember that `old` now lives at `new`, which becomes the data file opened by default."""
    data = _load()
    moves = data.get("moves") if isinstance(data.get("moves"), dict) else {}
    moves[_kept(old)] = _kept(new)
    write_record(_record_path(), {"moves": moves, "default": _kept(new)})


def moved_to(old: Path) -> Path | None:
    """Where `old` was moved on this computer, if that copy is still there."""
    moves = _load().get("moves")
    if not isinstance(moves, dict):
        return None
    try:
        new = moves.get(_kept(old)) or moves.get(str(Path(old).resolve()))  # older records: whole paths
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None
    return _whole(new) if _known(new) and _whole(new).is_file() else None


def remembered_default() -> Path | None:
    """The moved copy the owner works on now, if it is still there."""
    new = _load().get("default")
    return _whole(new) if _known(new) and _whole(new).is_file() else None


def lost_default() -> Path | None:
    """The moved copy the owner works on now when it cannot be found (deleted, renamed, its drive not there):
    the older file opened instead must not open without a word."""
    new = _load().get("default")
    return _whole(new) if _known(new) and not _whole(new).is_file() else None


def moved_from(new: Path) -> list[Path]:
    """The places in a synced folder `new` was moved out of on this computer (their backups stay listed)."""
    moves = _load().get("moves")
    if not isinstance(moves, dict):
        return []
    try:
        new = Path(new).resolve()
        return [_whole(old) for old, there in moves.items()
                if _known(there) and _known(old) and _whole(there).resolve() == new]
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return []


def forget_default() -> None:
    """The owner keeps the file opened instead of a moved copy that cannot be found: the standard file is the
    default again (where each file was moved stays known, for its backups)."""
    data = _load()
    if "default" in data:
        write_record(_record_path(), {"moves": data.get("moves") if isinstance(data.get("moves"), dict) else {}})


def adopt_default(new: Path) -> None:
    """The moved copy that cannot be found is now `new` (renamed or moved by the owner): the default from now on,
    and where the synced file went."""
    data = _load()
    lost = data.get("default")
    moves = data.get("moves") if isinstance(data.get("moves"), dict) else {}
    moves = {old: (_kept(new) if there == lost else there) for old, there in moves.items()}
    write_record(_record_path(), {"moves": moves, "default": _kept(new)})
