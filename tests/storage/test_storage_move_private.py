"""The copy made by "move out of OneDrive" is the owner's only, from its first byte (a crash before it is
opened must not leave the shop's data readable by every account on the computer)."""

import os
import stat

from socialdesk.storage import open_store
from socialdesk.storage.moved import move_out
from tests.posix_only import needs_unix_modes


@needs_unix_modes
def test_the_moved_copy_is_private_before_it_is_ever_opened(tmp_path):
    old = tmp_path / "OneDrive" / "Documents" / "fleurs.sqlite3"
    old.parent.mkdir(parents=True)
    open_store(old).close()
    os.chmod(old, 0o644)  # as a sync client may leave it
    previous = os.umask(0o022)  # the usual umask: new files world-readable
    try:
        new = tmp_path / "Local" / "SocialDesk" / "fleurs.sqlite3"
        move_out(old, new, old.parent / "SocialDesk backups")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(new).st_mode) == 0o600  # as found right after the move, not yet opened
