"""Where things live: bundled resources, the default data file, the log folder."""

import os
import sys
from pathlib import Path

import platformdirs

from socialdesk import APP_NAME

DB_ENV_VAR = "SOCIALDESK_DB"
DB_FILE_NAME = "socialdesk.sqlite3"


def resources_dir() -> Path:
    """The resources folder, found the same way in a checkout, a wheel and a frozen bundle."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    package = Path(__file__).resolve().parent
    installed = package / "resources"  # wheels map the top-level folder here
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def default_db_path() -> Path:
    """--db wins over this; then SOCIALDESK_DB; then the user's data folder."""
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))
