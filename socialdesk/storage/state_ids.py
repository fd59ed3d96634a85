"""Backup identities of data files nothing can be written beside (a locked USB key, a read-only share), kept here."""

import re
import time
from pathlib import Path

from socialdesk.storage.backup_names import ID_CHARS
from socialdesk.storage.state_records import in_state, read_section, write_record

IDS_FILE = "backup-ids.json"  # in the state folder: this computer's record, so the identity is this computer's


def _record_path() -> Path:
    return in_state(IDS_FILE)


def _entries() -> dict:
    return read_section(_record_path(), "ids")


def _entry(db_path: Path) -> dict | None:
    entry = _entries().get(str(Path(db_path).resolve()))
    valid = isinstance(entry, dict) and isinstance(entry.get("id"), str)
    return entry if valid and re.fullmatch(f"[0-9a-f]{{{ID_CHARS}}}", entry["id"]) else None


def kept_id(db_path: Path, *, create: bool) -> str | None:
    """The identity this computer keeps for `db_path` (made, with `create`, the first time); OSError if the
    state folder cannot be written either."""
    entry = _entry(db_path)
    if entry is not None or not create:
        return entry and entry["id"]
    import secrets  # with OpenSSL (hmac): only when an identity is made

    value = secrets.token_hex(ID_CHARS // 2)
    ids = _entries()
    ids[str(Path(db_path).resolve())] = {"id": value, "born": time.time()}
    write_record(_record_path(), {"ids": ids})
    return value


def kept_born(db_path: Path) -> float | None:
    """When the identity kept here for `db_path` was made; None without one."""
    entry = _entry(db_path)
    born = entry.get("born") if entry else None
    return float(born) if isinstance(born, (int, float)) else None
