"""What a move out of a synced folder makes, noted beside the new place before it is made: a move cut short
(SocialDesk killed, the computer switched off) is undone at the next start, before the move is offered again."""

import errno
import json
import os
import shutil
from pathlib import Path

from socialdesk.storage.lock import AlreadyLocked, hold, in_use_elsewhere

ENDING = ".moving"  # `.socialdesk.sqlite3.moving` beside the new data file
FILE, TREE, EMPTY, DATA_FILE = "file", "tree", "empty", "data_file"  # how a made thing is taken back


def note_path(new: Path) -> Path:
    return Path(new).with_name(f".{Path(new).name}{ENDING}")


class MoveNote:
    """The note of one move, locked while the move runs (so a second window never cleans a move in progress)."""

    def __init__(self, new: Path):
        self.path = note_path(new)
        self._made: list[list[str]] = []
        try:
            self._fd = hold(self.path)
        except AlreadyLocked as error:  # another window is moving a file to the same place right now
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(self.path)) from error
        self._write()

    def add(self, how: str, *paths: Path) -> None:
        """Note `paths` (to be taken back as `how`) before they are made."""
        self._made += [[str(path), how] for path in paths]
        self._write()

    def _write(self) -> None:
        data = json.dumps({"made": self._made}, ensure_ascii=False).encode("utf-8")
        os.lseek(self._fd, 0, os.SEEK_SET)
        os.ftruncate(self._fd, 0)
        os.write(self._fd, data)
        os.fsync(self._fd)

    def done(self) -> None:
        """The move finished (or was undone): nothing is left to clean."""
        os.close(self._fd)
        self.path.unlink(missing_ok=True)


def clean_interrupted_moves(folder: Path) -> list[Path]:
    """Take back what moves to `folder` cut short made (a media copy, `.partial` files, an emptied backups
    folder…); a move still running in another window is left alone. Returns what was removed."""
    removed: list[Path] = []
    for note in sorted(Path(folder).glob(f".*{ENDING}")):
        try:
            data = json.loads(note.read_text(encoding="utf-8"))
            fd = hold(note)
        except (OSError, ValueError, AlreadyLocked):  # a move running now, or a note being written
            continue
        try:
            made = data.get("made", []) if isinstance(data, dict) else []
            removed += [Path(p) for p, how in reversed(made) if _take_back(Path(folder), Path(p), how)]
        finally:
            os.close(fd)
        note.unlink(missing_ok=True)
    return removed


def _take_back(folder: Path, path: Path, how: str) -> bool:
    """Remove one thing the move made; only inside the new place's folder, except an emptied folder."""
    try:
        if how == EMPTY:
            path.rmdir()  # only if empty: nothing the owner put there is ever removed
            return True
        if not path.resolve().is_relative_to(folder.resolve()) or not os.path.lexists(path):
            return False
        if how == TREE:
            shutil.rmtree(path)
        elif how == DATA_FILE and Path(f"{path}.lock").exists() and in_use_elsewhere(path):
            return False  # opened since (the probe makes no lock file of its own): the owner's file now
        else:
            path.unlink()
        return True
    except OSError:
        return False
