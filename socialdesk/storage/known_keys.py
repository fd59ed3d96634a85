"""The key each data file carried when this computer last backed it up (storage/file_key.py), kept in the state
folder: what tells this file's backups from another's when the file itself cannot be read (damaged), or after it
was set aside and started afresh in the same place. A folder copied to set up another shop is another path.

The keys a path carried before (an older copy put back by hand was given a new key by its upgrade) are kept too:
the backups of the file that was there before are still offered, with that said, though never rotated or chosen."""

from pathlib import Path

from socialdesk.storage.state_records import in_state, read_section, write_record

KEYS_FILE = "file-keys.json"
EARLIER_KEPT = 20  # earlier keys noted per path, newest last


def _record_path() -> Path:
    return in_state(KEYS_FILE)


def _keys() -> dict:
    return read_section(_record_path(), "keys")


def known_key(db_path: Path) -> str | None:
    key = _keys().get(str(Path(db_path).resolve()))
    return key if isinstance(key, str) and key else None


def earlier_keys(db_path: Path) -> set[str]:
    """The keys the file at this path carried before its current one, as this computer noted them."""
    found = read_section(_record_path(), "earlier").get(str(Path(db_path).resolve()))
    return {k for k in found if isinstance(k, str) and k} if isinstance(found, list) else set()


def remember_key(db_path: Path, key: str | None) -> None:
    """Note the file's key (written only when it changed), and the one it replaces among the path's earlier keys;
    a state folder that refuses costs only this help."""
    if not key or known_key(db_path) == key:
        return
    where = str(Path(db_path).resolve())
    keys, earlier = _keys(), read_section(_record_path(), "earlier")
    replaced, noted = keys.get(where), earlier.get(where)
    before = [k for k in noted if isinstance(k, str) and k and k not in (replaced, key)] \
        if isinstance(noted, list) else []
    if isinstance(replaced, str) and replaced:
        before.append(replaced)
    earlier[where] = before[-EARLIER_KEPT:]
    keys[where] = key
    try:
        write_record(_record_path(), {"keys": keys, "earlier": earlier})
    except OSError:
        pass


def key_or_noted(db_path: Path, read: Path | None = None) -> str | None:
    """The key the file at `read` (by default `db_path`) carries, read as an unchanging file (nothing is made
    beside a damaged one), else the one noted here for `db_path`."""
    from socialdesk.storage.file_key import key_of

    key = key_of(read or db_path)
    return key if isinstance(key, str) else known_key(db_path)


def key_for_fresh(path: Path, aside: Path | None) -> str | None:
    """The key a file started afresh at `path` keeps: the one of the file set aside, else the one noted here, else
    the one its newest readable backup carries (this computer's state was reset): the backups that hold the owner's
    data stay offered in Restore."""
    from socialdesk.storage.backups import own_backups
    from socialdesk.storage.file_key import key_of

    key = key_or_noted(path, aside) if aside is not None else known_key(path)  # `path` is the new file now
    if key is None:  # its backups by name: beside it, or carrying its identity in a folder it chose
        key = next((found for b in own_backups(path) if isinstance(found := key_of(b), str)), None)
    return key
