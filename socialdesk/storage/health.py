"""A quick, read-only look at the open data file (header + quick_check) and its newest sound backup."""

from pathlib import Path

from socialdesk.storage.backups import is_valid_backup, sure_backups
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.storage.opening import inspect_file


def data_file_problem(path: Path | None) -> Problem | None:
    """None when the file passed the checks opening makes; else what is wrong (a missing path is unreadable)."""
    if path is None:
        return Problem.UNREADABLE
    try:
        inspect_file(Path(path), for_writing=False)
    except StoreOpenError as error:
        return error.problem
    except OSError:
        return Problem.UNREADABLE
    return None


def newest_sound_backup(path: Path) -> Path | None:
    """The newest backup proven this file's by its name that passes quick_check, or None."""
    for backup in sure_backups(Path(path)):
        if is_valid_backup(backup):
            return backup
    return None
