"""This computer's small JSON records in the state folder (moves, declined questions): read whole or nothing,
written whole by a rename."""

import json
import os
import tempfile
from pathlib import Path

from socialdesk.storage.files import small_regular_file

RECORD_LIMIT = 1 << 20  # bytes: far more than any record holds


def in_state(name: str) -> Path:
    """A record's place: this computer's state folder."""
    from socialdesk.paths import state_dir

    return state_dir() / name


def read_section(path: Path, section: str) -> dict:
    """One object of the record (`{section: {...}}`); an empty dict when it is missing or not an object."""
    found = read_record(path).get(section)
    return found if isinstance(found, dict) else {}


def read_record(path: Path) -> dict:
    """The record's contents; an empty dict when it is missing, unreadable, not a JSON object, or not a regular file
    (a FIFO in its place would block every backup, the data file's lock held)."""
    try:
        data = json.loads(small_regular_file(path, RECORD_LIMIT).decode("utf-8"))
    except ValueError:  # UnicodeDecodeError too
        return {}
    return data if isinstance(data, dict) else {}


def write_record(path: Path, data: dict) -> None:
    """Replace the record whole: a unique temporary file beside it, then a rename (two windows never mix)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(name, path)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
