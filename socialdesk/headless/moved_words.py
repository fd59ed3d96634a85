"""The one line for a command run on a data file that was moved out of a synced folder on this computer."""

import sys
from pathlib import Path

from socialdesk.headless.language import _
from socialdesk.headless.messages import WARNING
from socialdesk.storage.moved import moved_to


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
