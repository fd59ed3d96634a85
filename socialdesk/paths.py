"""Where things live: bundled resources, the default data file, the log and state folders, portable mode.

Portable mode: a file named `portable` in the program folder keeps the data file (its backups/ beside
it, settings inside it), the logs and the lock state in `SocialDesk Data/` beside the program, for a USB
key that moves between the shop and home. The program folder is the frozen executable's folder in a
bundle, and the checkout's root (the folder holding the `socialdesk` package) when run from source.
"""

import os
import sys
from pathlib import Path

import platformdirs

from socialdesk import APP_NAME
from socialdesk.domain.settings import ON_THE_KEY

DB_ENV_VAR = "SOCIALDESK_DB"
DB_FILE_NAME = "socialdesk.sqlite3"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIR = "SocialDesk Data"


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


def program_dir() -> Path:
    """The folder the program runs from: the bundle's executable folder, or the checkout's root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def portable_dir() -> Path | None:
    """`SocialDesk Data/` beside the program when a `portable` file is there; None otherwise."""
    program = program_dir()
    if (program / PORTABLE_MARKER).is_file():
        return program / PORTABLE_DATA_DIR
    return None


def in_portable_data(path: Path) -> bool:
    """Whether `path` is in portable mode's own folder: on a USB key by the owner's choice, not by accident."""
    portable = portable_dir()
    return portable is not None and Path(path).resolve().is_relative_to(portable.resolve())


def on_the_key(folder: str) -> str:
    """In portable mode, a folder inside the program folder as a name relative to it (the key is E: at the shop,
    F: at home); any other folder as it is."""
    if portable_dir() is None or not os.path.isabs(folder):
        return folder
    program = program_dir().resolve()
    whole = Path(folder).resolve()
    inside = whole.is_relative_to(program) and whole != program
    return f"{ON_THE_KEY}{whole.relative_to(program)}" if inside else folder


def from_the_key(folder: str, data_file: Path | None = None) -> Path:
    """A folder named by `on_the_key`, whole again: `key:` names a folder inside the program folder. An installed
    copy opening a portable key's data file (`<key>/SocialDesk Data/<file>`) finds it on that key."""
    if not folder.startswith(ON_THE_KEY):
        return Path(folder)
    rest = folder[len(ON_THE_KEY):]
    key = _key_of(data_file) if data_file is not None and portable_dir() is None else None
    return (key or program_dir()) / rest


def _key_of(data_file: Path) -> Path | None:
    """The program folder of the portable key holding `data_file`, if it is in that key's data folder."""
    try:
        folder = Path(data_file).resolve().parent
    except (OSError, RuntimeError):
        return None
    return folder.parent if folder.name == PORTABLE_DATA_DIR and (folder.parent / PORTABLE_MARKER).is_file() else None


def on_an_absent_key(folder: Path) -> str | None:
    """Outside portable mode, a `key:` folder whose key is not known here (its data file was copied off the key):
    its name on the key, for the messages; None for any other folder."""
    if portable_dir() is not None:
        return None
    try:
        return str(Path(folder).relative_to(program_dir())) or None
    except ValueError:
        return None


def default_db_path() -> Path:
    """--db wins over this; then SOCIALDESK_DB; then the copy moved out of a synced folder; then the standard folder."""
    from_env = os.environ.get(DB_ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    from socialdesk.storage.moved import remembered_default  # a file moved out of a synced folder

    return remembered_default() or standard_data_dir() / DB_FILE_NAME


def standard_data_dir() -> Path:
    """Where the data file lives unless told otherwise (portable folder or the user's data folder)."""
    portable = portable_dir()
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    portable = portable_dir()
    if portable is not None:
        return portable / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """Small files that are not data (the identity locks): beside the program in portable mode."""
    portable = portable_dir()
    if portable is not None:
        return portable / "state"
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
