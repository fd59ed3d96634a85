"""The folder the owner chose for the backups (setting `backup_folder`), the note that finds it again, the file's identity.

The setting lives in the data file; a small note in the default `backups/` folder beside the data file
names every folder the backups went to, so they are found (restore, rotation) even when the data file
is damaged or missing, or a restore brought back an older choice. The chosen folder is never created at
backup time: a USB stick or a synced folder that is not there must not become an empty folder on this disk.
A chosen folder may be shared (two computers, one synced folder): the backups made there carry this file's
identity, a random token kept beside the data file (or, when nothing can be written there, in this computer's
state folder), so that rotation only ever deletes this file's own.
"""

import json
import os
import re
import sqlite3
from pathlib import Path

from socialdesk.domain.settings import checked
from socialdesk.storage.backup_names import ID_CHARS
from socialdesk.storage.files import fitting_stem, replace_small_file, small_regular_file
from socialdesk.storage.state_ids import kept_born, kept_id

NOTE_SUFFIX = ".backups-elsewhere"  # never matches the backups' own names (`*-*.sqlite3`)
ID_SUFFIX = ".backup-id"
CLAIM_SUFFIX = ".claimed"  # `.<identity>.claimed` in a chosen folder: the computer and place that took it first


def chosen_folder(conn: sqlite3.Connection) -> Path | None:
    """The folder the owner chose in Preferences; None for the default, beside the data file."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'backup_folder'").fetchone()
        value = checked("backup_folder", json.loads(row[0])) if row else ""
    except (sqlite3.Error, ValueError, TypeError):  # a file from before settings, or a value not JSON
        return None
    from socialdesk.paths import from_the_key  # platformdirs only when a folder was chosen

    return from_the_key(value, _main_file(conn)) if value else None


def _main_file(conn: sqlite3.Connection) -> Path | None:
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except sqlite3.Error:
        return None
    return Path(row[2]) if row and row[2] else None


def chosen_folder_of(db_path: Path) -> Path | None:
    """The chosen folder read from a data file without writing beside it (no -wal or -shm next to a read-only
    file); None when the file cannot be read (the check says so) or no folder was chosen."""
    from socialdesk.storage.files import connect_for_inspection

    try:
        conn = connect_for_inspection(db_path)
    except (sqlite3.Error, UnicodeDecodeError):  # a scribbled schema: SQLite's message itself is not UTF-8
        return None
    try:
        return chosen_folder(conn)
    finally:
        conn.close()


def current_choice(conn: sqlite3.Connection) -> str | None:
    """The setting as stored (None: never set)."""
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'backup_folder'").fetchone()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def choice_to_keep(default_folder: Path, db_path: Path) -> str | None:
    """The folder a restore in place must keep, as stored: the refused file's own setting if it can still be
    read, else the newest folder the note names; None when neither says (the backup's own setting stays)."""
    from socialdesk.paths import on_the_key
    from socialdesk.storage.files import connect_for_inspection

    try:
        conn = connect_for_inspection(db_path)
    except sqlite3.Error:
        conn = None
    if conn is not None:
        try:
            stored = chosen_folder(conn) and checked("backup_folder", json.loads(current_choice(conn)))
        except (ValueError, TypeError):
            stored = None
        finally:
            conn.close()
        if stored:
            return stored
    known = remembered_folders(default_folder, db_path)
    return on_the_key(str(known[0])) if known else None


def usable(folder: Path) -> bool:
    """An existing folder this user may write into (a stick unplugged, a folder deleted: not usable)."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def note_path(default_folder: Path, db_path: Path) -> Path:
    return _side_file(default_folder, db_path, NOTE_SUFFIX)


def _id_path(default_folder: Path, db_path: Path) -> Path:
    return _side_file(default_folder, db_path, ID_SUFFIX)


def _side_file(default_folder: Path, db_path: Path, ending: str) -> Path:
    """`.<name><ending>` beside the backups, its data file's name shortened where the `.partial` it is written
    through would not fit the name limit (a name of more than 228 bytes)."""
    suffix = f"{db_path.suffix}{ending}"
    stem = fitting_stem(default_folder / db_path.name, len(os.fsencode(f".{suffix}.partial")))
    return default_folder / f".{stem}{suffix}"


def remembered_folders(default_folder: Path, db_path: Path) -> list[Path]:
    """Every chosen folder backups went to, newest first, read from the note (an older note names one)."""
    try:
        lines = small_regular_file(note_path(default_folder, db_path), 1 << 16).decode("utf-8").splitlines()  # no FIFO
    except (OSError, UnicodeDecodeError):
        return []
    from socialdesk.paths import from_the_key

    return list(dict.fromkeys(from_the_key(line, db_path) for line in lines  # a name may end in a space
                              if line and checked("backup_folder", line) == line))


def remember(default_folder: Path, db_path: Path, folder: Path) -> None:
    """Add `folder` to the note (never forgotten: its backups stay listed); a refusal only costs finding them by hand."""
    from socialdesk.paths import on_the_key

    known = remembered_folders(default_folder, db_path)
    if known[:1] == [folder]:
        return
    try:
        default_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        lines = [on_the_key(str(f)) for f in dict.fromkeys([folder, *known])]  # a folder on the key: relative
        replace_small_file(note_path(default_folder, db_path), "\n".join(lines) + "\n")
    except OSError:
        pass


def id_born(default_folder: Path, db_path: Path) -> float | None:
    """When this file's identity was made (its file's time), None without one."""
    try:
        return _id_path(default_folder, db_path).stat().st_mtime
    except OSError:
        return kept_born(db_path)


def this_computer() -> str:
    """A stable token for this computer (a digest of its machine id, else of its network address); "" if unknown."""
    import hashlib  # with OpenSSL: only when an identity is read or made

    from socialdesk.storage.machine_id import machine_id

    found = machine_id()
    return hashlib.sha256(found.encode()).hexdigest()[:16] if found else ""


def claimed_id(default_folder: Path, db_path: Path, shared: Path) -> str | None:
    """This data file's identity for the chosen folder `shared`, made or bound if need be (file_id), and claimed
    there: the folder itself notes which computer and place took each identity first. A second shop made by copying
    the whole data folder before places were noted carries the first one's identity file, which each copy took
    over in its own place: the one that finds the identity claimed by another place still there gets a new one,
    so neither rotates the other's backups. A place whose data file is gone, or that SocialDesk moved the file
    from, hands its claim over."""
    value = file_id(default_folder, db_path, create=True)
    if value is None or value == kept_id(db_path, create=False):
        return value
    computer, place = this_computer(), _place_of(db_path)
    here = _token(computer, place) if computer else ""
    claim = shared / f".{value}{CLAIM_SUFFIX}"
    held = [entry for entry in _read_ids(claim) if entry[0] == value and entry[1]]  # stray words are no claim
    _, token, was = held[0] if held else (value, here, place)
    if token != here and not (was and token == _token(computer, was) and _handed_over(was, db_path)):
        return _new_id_here(default_folder, db_path, here, place)
    if token != here or not held:
        try:  # a claim file without this claim (garbled, emptied) is replaced
            _write_ids(claim, [(value, here, place)], keep_time=False, first=not claim.exists())
        except OSError:  # a folder that refuses it (or another run claimed it just now): claimed at the next backup
            pass
    return value


def _handed_over(was: str, db_path: Path) -> bool:
    """Whether the place that claimed an identity gave it up: its data file is gone, or was moved here."""
    from socialdesk.storage.moved import moved_from

    return _gone(was) or was in {_place_of(Path(old)) for old in moved_from(db_path)}


def _new_id_here(default_folder: Path, db_path: Path, here: str, place: str) -> str:
    """Another place holds this place's identity: this place gets one of its own, bound here (claimed at its next
    backup)."""
    import secrets

    path = _id_path(default_folder, db_path)
    value = secrets.token_hex(ID_CHARS // 2)
    entries = [(v, t, w) for v, t, w in _read_ids(path) if t != here]
    _write_ids(path, [*entries, (value, here, place)], keep_time=True)
    return value


def file_id(default_folder: Path, db_path: Path, *, create: bool) -> str | None:
    """This data file's identity in a shared folder, on this computer, in its place (made, with `create`, the first
    time one is needed).

    The identity file keeps one identity per computer and place, each with a token of both and the place itself: a
    data folder synced between a laptop and a desktop carries both computers', and neither replaces the other's; a
    folder copied to set up another computer, or another shop on this one (data file and all), carries the first
    one's, and the copy adds its own rather than rotating the first one's backups. This computer's identity for a
    place whose data file is gone (the folder moved by hand, a stick mounted under another name), or for the place
    SocialDesk moved it from, or one written before places (or computers) were noted, is taken over."""
    path, computer = _id_path(default_folder, db_path), this_computer()
    place = _place_of(db_path)
    here = _token(computer, place) if computer else ""
    entries = _read_ids(path)
    mine = next((value for value, token, _ in entries if token == here), None)
    if mine is not None or (entries and not here):
        return mine or entries[0][0]
    from socialdesk.storage.moved import moved_from

    earlier = {"", computer, *(_token(computer, _place_of(Path(old))) for old in moved_from(db_path))}
    taken = next((value for value, token, was in entries
                  if token in earlier or (was and token == _token(computer, was) and _gone(was))), None)
    if taken is not None and not create:
        return taken
    if taken is not None:  # bound to this computer and place from now on, its birth kept
        try:
            _write_ids(path, [(v, here, place) if v == taken else (v, t, w) for v, t, w in entries], keep_time=True)
        except OSError:  # a folder that refuses it: bound at the next backup
            pass
        return taken
    kept = kept_id(db_path, create=False)  # a read-only data file's, kept in this computer's state folder
    if kept or not create:
        return kept
    import secrets  # with OpenSSL (hmac): only when an identity is made

    value = secrets.token_hex(ID_CHARS // 2)
    try:
        default_folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_ids(path, [*entries, (value, here, place)], keep_time=bool(entries), first=not entries)
    except FileExistsError:  # another run made the first identity just now: it is this one's too
        return next((v for v, token, _ in _read_ids(path) if token == here), None) or file_id(
            default_folder, db_path, create=create)
    except OSError:  # nothing can be written beside the data file: this computer's state keeps it (OSError: neither)
        return kept_id(db_path, create=True)
    # Two runs adding one at once to an existing file: the one written last wins; the other takes it only if it
    # reads the file after that (else one backup keeps a lost identity: listed, never rotated).
    return next((v for v, token, _ in _read_ids(path) if token == here), value)


def _place_of(db_path: Path) -> str:
    """The data file's place: its whole path, or on a portable key its path inside the key (E: at the shop, F: at
    home)."""
    from socialdesk.paths import on_the_key

    return on_the_key(str(Path(db_path).resolve()))


def _token(computer: str, place: str) -> str:
    """This computer's token with the data file's place: a copy elsewhere on this computer is another place."""
    import hashlib

    return hashlib.sha256(f"{computer}\0{place}".encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _gone(place: str) -> bool:
    """Whether no data file is at `place` any more (moved away, or on a stick mounted elsewhere now)."""
    from socialdesk.paths import from_the_key

    try:
        return not from_the_key(place).exists()
    except (OSError, ValueError):
        return False


def _read_ids(path: Path) -> list[tuple[str, str, str]]:
    """The identities in the file, each with the token written after it ("" for one written before tokens) and
    the place after that ("" before places). Read word by word: a byte-order mark, a blank or stray line, an
    editor's other bytes lose nothing."""
    try:
        words = small_regular_file(path, 1 << 16).decode("utf-8", "replace").lstrip("\ufeff").split()
    except OSError:
        return []
    is_id = re.compile(f"[0-9a-f]{{{ID_CHARS}}}").fullmatch
    entries = []
    for index, word in enumerate(words):
        if is_id(word):
            after = words[index + 1:index + 3]
            token = after[0] if after and not is_id(after[0]) and not after[0].startswith("@") else ""
            marked = [w for w in after[:2 if token else 1] if w.startswith("@")]
            entries.append((word, token, _unhex(marked[0][1:]) if marked else ""))
    return entries


def _unhex(text: str) -> str:
    try:
        return bytes.fromhex(text).decode("utf-8", "surrogateescape")
    except ValueError:
        return ""


def _write_ids(path: Path, entries: list[tuple[str, str, str]], *, keep_time: bool, first: bool = False) -> None:
    """Whole or not at all: a half-written identity would orphan the backups. A computer's identity added keeps
    the file's time: when the first identity was made. The place is written as hex (`@…`): one word. The `first`
    identity file is made only if none is there (FileExistsError: another run made it)."""
    born = path.stat().st_mtime if keep_time and path.exists() else None
    lines = "".join(f"{value}\n{token}\n" + (f"@{place.encode('utf-8', 'surrogateescape').hex()}\n" if place else "")
                    for value, token, place in entries)
    replace_small_file(path, lines, only_new=first)  # one run's own copy
    if born is not None:
        os.utime(path, (born, born))

