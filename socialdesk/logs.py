"""The log file in the user's log folder: details that never belong in a dialog."""

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from socialdesk.paths import log_dir

LOG_NAME = "socialdesk.log"
MAX_BYTES = 1_000_000
KEEP = 3


class PrivateFileHandler(logging.FileHandler):
    """A log file only its owner can read (0600), like the data file and its backups."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        os.fchmod(fd, 0o600)  # a log left 0644 by an older version becomes private too
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def _make_private(folder: Path) -> None:
    """The log folder 0700 and every log in it (the rotated ones too) 0600."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    for old in folder.glob(LOG_NAME + "*"):
        if old.is_file() and not old.is_symlink():
            os.chmod(old, 0o600)


def _rotate(path: Path) -> None:
    """At start-up, a log past MAX_BYTES becomes .1 (and .1 → .2 …); the oldest goes."""
    if not path.exists() or path.stat().st_size < MAX_BYTES:
        return
    for number in range(KEEP - 1, 0, -1):
        older = path.with_name(f"{path.name}.{number}")
        if older.exists():
            os.replace(older, path.with_name(f"{path.name}.{number + 1}"))
    os.replace(path, path.with_name(f"{path.name}.1"))


def setup_logging() -> Path | None:
    """Log to a file rotated at each start; returns its path, or None if it cannot be written."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.FileHandler) and Path(handler.baseFilename).name == LOG_NAME:
            return Path(handler.baseFilename)
    path = log_dir() / LOG_NAME
    try:
        _make_private(path.parent)
        _rotate(path)
        handler = PrivateFileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


@contextmanager
def details_in_the_log() -> Iterator[None]:
    """While a command runs, storage's warnings (a backup folder that refused a copy…) go to the log file, never
    raw onto stderr, where Python prints them when no handler is set: the one line says it in the owner's words."""
    root, before = logging.getLogger(), list(logging.getLogger().handlers)
    if setup_logging() is None and not root.handlers:
        root.addHandler(logging.NullHandler())
    try:
        yield
    finally:
        for added in [h for h in root.handlers if h not in before]:  # the process may run another command next
            root.removeHandler(added)
            added.close()
