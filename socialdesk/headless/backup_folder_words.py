"""What the command line says about the backup folder the owner chose: gone, a file, read-only or full."""

import os
import shutil
import sys
from pathlib import Path

from socialdesk.headless.language import N_, _
from socialdesk.headless.messages import WARNING

SKIPPED = N_("the backup folder {folder} {why}; this backup went beside the data file")
GONE = N_("is not there (a USB stick or a drive not connected?)")
NOT_A_FOLDER = N_("is a file, not a folder")
READ_ONLY = N_("cannot be written (its permissions, or a read-only disk)")
FULL = N_("is full")
REFUSED = N_("refused the copy (the details are in the log)")
ON_KEY = N_("{name} on the SocialDesk USB stick")
CHECK_FOLDER = N_("the backup folder {folder} {why}; backups will go beside the data file until it can take them again")


def shown_folder(folder: Path) -> str:
    """The folder as the owner knows it: a folder on a portable key read by an installed copy is named on the key,
    never as a folder inside this program's install folder."""
    from socialdesk.paths import on_an_absent_key

    name = on_an_absent_key(folder)
    return _(ON_KEY).format(name=name) if name else str(folder)


def folder_problem(folder: Path, copy: Path | None = None) -> str:
    """Why `folder` cannot take a backup (a sentence's end, marked for the catalogue); REFUSED if nothing shows."""
    if not folder.exists():
        return GONE
    if not folder.is_dir():
        return NOT_A_FOLDER
    if not os.access(folder, os.W_OK | os.X_OK):
        return READ_ONLY
    try:
        if copy is not None and shutil.disk_usage(folder).free < copy.stat().st_size + (64 << 10):
            return FULL
    except OSError:
        pass
    return REFUSED


def warn_about_backup_folder(db_path: Path) -> None:
    """`check`: one warning line when the chosen backup folder is gone, a file or cannot be written."""
    from socialdesk.storage.backup_folder import chosen_folder_of

    folder = chosen_folder_of(db_path)  # None too when the file does not read: check has already said so
    if folder is None:
        return
    why = folder_problem(folder)
    if why is not REFUSED:
        print("socialdesk check: " + _(WARNING).format(message=_(CHECK_FOLDER).format(folder=shown_folder(folder), why=_(why))),
              file=sys.stderr)


def warn_if_folder_skipped(store, command: str) -> None:
    """One warning line when the day's backup, made as the command opened the file, went beside the data file
    because the chosen folder refused it (attack 33b, F2): a scheduled command is the owner's only word of it."""
    from socialdesk.storage.backups import skipped_folder

    made = store.daily_backup_made
    skipped = skipped_folder(store.conn, made) if made is not None else None
    if skipped is not None:
        print(f"socialdesk {command}: " + _(WARNING).format(message=_(SKIPPED).format(
            folder=shown_folder(skipped), why=_(folder_problem(skipped, made)))), file=sys.stderr)
