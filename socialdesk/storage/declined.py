"""The start-up questions the owner said "don't ask again" to, per data file, kept on this computer only."""

import os
from pathlib import Path

from socialdesk.storage.state_records import in_state, read_record, write_record

DECLINED_FILE = "declined-questions.json"  # in the state folder: this computer's answers, never synced


def _record_path() -> Path:
    return in_state(DECLINED_FILE)


def _key(path: Path) -> str:
    """The file's name in the record: in portable mode a file on the key relative to the program folder (the key
    is E: at the shop, F: at home)."""
    from socialdesk.paths import on_the_key

    try:
        return on_the_key(str(Path(path).resolve()))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return str(Path(path).absolute())


def _load() -> dict:
    return read_record(_record_path())


def _entry(path: Path) -> dict:
    entry = _load().get(_key(path))
    return entry if isinstance(entry, dict) else {}


def _save(path: Path, entry: dict) -> None:
    data = _load()
    data[_key(path)] = entry
    write_record(_record_path(), data)


def decline_move(path: Path) -> None:
    """Never offer again to move this data file out of its synced folder."""
    _save(path, {**_entry(path), "move": True})


def move_declined(path: Path) -> bool:
    return _entry(path).get("move") is True


def _fingerprint(copy: Path) -> str | None:
    """A copy as it is now (name, size, time changed): a copy synced again is asked about again."""
    try:
        info = os.stat(copy)
    except OSError:
        return None
    return f"{Path(copy).name}|{info.st_size}|{info.st_mtime_ns}"


def decline_compare(path: Path, copies: list[Path]) -> None:
    """Never offer again to compare these very copies (a new or changed copy is offered again)."""
    seen = _entry(path).get("copies")
    known = set(seen) if isinstance(seen, list) else set()
    known |= {mark for mark in map(_fingerprint, copies) if mark}
    _save(path, {**_entry(path), "copies": sorted(known)})


def compare_declined(path: Path, copies: list[Path]) -> bool:
    seen = _entry(path).get("copies")
    known = set(seen) if isinstance(seen, list) else set()
    return bool(copies) and all(_fingerprint(copy) in known for copy in copies)
