"""A data file that is not there: gone with its backups left behind, or behind a link that leads nowhere."""

import os
from pathlib import Path

from socialdesk.storage import backups
from socialdesk.storage.errors import Problem, StoreOpenError


def refuse_broken_link(path: Path) -> None:
    """A symlink (the file's, or a folder's on the way) whose target is gone: an unmounted disk.

    Never followed to create a new, empty file (or folders) where the disk should be."""
    try:
        given = Path(os.path.abspath(Path(path).expanduser()))
    except RuntimeError as error:  # `~nobody`
        raise StoreOpenError(Problem.UNREADABLE, Path(path), str(error)) from error
    for step in (*reversed(given.parents), given):
        if step.is_symlink() and _leads_nowhere(step):
            raise StoreOpenError(Problem.BROKEN_LINK, Path(path), f"{step} -> {os.readlink(step)}: leads nowhere")


def _leads_nowhere(link: Path) -> bool:
    try:
        link.stat()
        return False
    except FileNotFoundError:
        return True
    except OSError:  # a loop or a permission: opening says so in its own words
        return False


def interrupted_restore(path: Path) -> Path:
    """The copy a restore builds before moving it in: left behind if the power went in between."""
    return path.with_name(f".{path.name}.restoring")


def refuse_if_missing(path: Path) -> None:
    """Problem.MISSING when `path` is gone but its backups or an interrupted restore remain where it was:
    an empty new file in its place would hide the owner's data (and, ten days on, rotate its last backup out)."""
    if only_interrupted_restore(path):
        raise StoreOpenError(Problem.MISSING, path, "missing; only an interrupted restore remains, no backups")
    if interrupted_restore(path).is_file() or backups.list_backups(path):
        raise StoreOpenError(Problem.MISSING, path, "missing; its backups remain")


def only_interrupted_restore(path: Path) -> bool:
    """What is left where a missing file was is a restore cut short, and no backups (their words differ)."""
    return interrupted_restore(path).is_file() and not backups.list_backups(path)
