"""The one line for a command run on a data file that was moved out of a synced folder on this computer."""

import sys
from pathlib import Path

from socialdesk.headless.language import _
from socialdesk.headless.messages import WARNING
from socialdesk.storage.moved import lost_default, moved_to


def say_if_moved(path: Path, command: str, *, refuse: bool) -> bool:
    """One line on stderr when `path` was moved elsewhere here (its copy there is the one in use); True if so.
    `refuse`: the command does nothing on the old copy (a scheduled backup then fails where it is seen)."""
    new = moved_to(path)
    if new is None:
        return False
    if refuse:
        line = _("this data file was moved to {new} on this computer: the file here is an old copy, so no backup "
                 "was made; back up {new} instead").format(new=new)
    else:
        line = _(WARNING).format(message=_("this data file was moved to {new} on this computer: the file here is "
                                           "an old copy, and the app works on {new}").format(new=new))
    print(f"socialdesk {command}: {line}", file=sys.stderr)
    return True


def say_if_default_lost(path: Path, command: str) -> None:
    """One warning line when the file moved out of a synced folder cannot be found and the older standard file
    is used instead: never without a word."""
    from socialdesk.paths import DB_FILE_NAME, standard_data_dir

    lost = lost_default()
    if lost is None or Path(path) != standard_data_dir() / DB_FILE_NAME:
        return
    line = _(WARNING).format(message=_("the data file moved out of a synced folder, {lost}, cannot be found "
                                       "(a drive not connected, or renamed?): this is the older file {path}; "
                                       "changes made in the moved file are not in it").format(lost=lost, path=path))
    print(f"socialdesk {command}: {line}", file=sys.stderr)
