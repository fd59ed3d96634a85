"""The log file in the user's log folder: details that never belong in a dialog."""

import logging
import os
from pathlib import Path

from socialdesk.paths import log_dir

LOG_NAME = "socialdesk.log"
MAX_BYTES = 1_000_000
KEEP = 3


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
        path.parent.mkdir(parents=True, exist_ok=True)
        _rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
