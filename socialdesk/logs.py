"""The log file in the user's log folder: details that never belong in a dialog."""

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from socialdesk.paths import log_dir

LOG_NAME = "socialdesk.log"


def setup_logging() -> Path | None:
    """Log to a rotating file; returns its path, or None if the folder cannot be written."""
    root = logging.getLogger()
    if any(isinstance(h, RotatingFileHandler) for h in root.handlers):
        return Path(root.handlers[0].baseFilename)  # type: ignore[attr-defined]
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / LOG_NAME
