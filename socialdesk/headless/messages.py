"""The sentences more than one headless command says, marked for the catalogue (`_()` where said)."""

from socialdesk.headless.language import N_
from socialdesk.storage.errors import Problem, WriteProblem

DISK_FULL = N_("the disk is full; nothing was written, free some space and try again")
DISK_FULL_DATA = N_("the disk of the data file is full")
NO_DATA_FILE = N_("no data file at {path}")
NO_DATA_FILE_NOR_FOLDER = N_("no data file at {path}, and no folder {folder} to make one in; nothing was changed")
NEW_DATA_FILE = N_("there was no data file at {path}: a new one was made")
NO_FOLDER = N_("the folder {folder} does not exist")
WARNING = N_("warning: {message}")
STDOUT_CLOSED = N_("standard output is closed; nothing was written")
STDOUT_FAILED = N_("could not write to standard output: {reason}")
IT_IS_CLOSED = N_("it is closed")
ON_NETWORK = N_("the data file is on a network share: slow, and a dropped connection while it is open can damage "
                "it; keep it on this computer")
ON_REMOVABLE = N_("the data file is on a removable drive: slow, and unplugging it while the file is open can "
                  "damage it; keep it on this computer")
IN_SYNCED = N_("the data file is inside {service}, which can corrupt a file in use; keep it outside the synced "
               "folder (the app can move it and put the backups there)")
IN_SYNCED_NO_WAY_OUT = N_("the data file is inside {service}, which can corrupt a file in use, and so is the folder "
                          "where SocialDesk keeps its data on this computer ({folder}), so the app cannot move it "
                          "out; move it to a folder {service} does not sync, or pause syncing while SocialDesk is open")
PROBLEM_AT = N_("{problem}: {path}")  # a problem, then the file it is about
CANNOT_WRITE = N_("could not write {path}: {reason}; nothing was changed there")

OPEN_PROBLEMS = {
    Problem.LOCKED: N_("the data file is open in SocialDesk; close the app and try again"),
    Problem.EMPTY_FILE: N_("the data file is empty (0 bytes); restore a backup from the app"),
    Problem.NOT_SQLITE: N_("this is not a SocialDesk data file"),
    Problem.DAMAGED: N_("the data file is damaged; open the app to restore a backup (the file was not changed)"),
    Problem.NEWER_VERSION: N_("the data file was written by a newer SocialDesk; update SocialDesk"),
    Problem.READ_ONLY: N_("the data file or its folder cannot be written"),
    Problem.UNREADABLE: N_("the data file cannot be read (not a regular file, permissions, a symlink loop?)"),
    Problem.FOREIGN: N_("this is another program's SQLite database, not a SocialDesk data file; it was not changed"),
    Problem.DISK_FULL: DISK_FULL,
    Problem.MISSING: N_("the data file is missing, but its backups are beside where it was; nothing was created, "
                        "open the app to restore the newest backup, or name another file"),
    Problem.BROKEN_LINK: N_("the data file's link leads nowhere (a disk or USB stick not connected?); nothing was created"),
    Problem.PATH_TOO_LONG: N_("the path is too long for a data file: move the file to a shorter folder (it was not "
                              "changed)"),
    Problem.OLD_BACKUP: N_("this is one of SocialDesk's backups, made by an older version, and SocialDesk does not "
                           "upgrade a backup where it is kept; restore it from the app (File ▸ Restore a backup…), or "
                           "copy it under another name to use it (it was not changed)"),
    Problem.NAME_TOO_LONG: N_("the data file's name is too long: the files SocialDesk keeps beside it would pass "
                              "this disk's limit on names; give it a shorter name (it was not changed)"),
}

# Problem.MISSING when no backups are left, only the copy of a restore the power (or a crash) cut short.
MISSING_INTERRUPTED_RESTORE = N_("the data file is missing; a restore was interrupted and left its copy beside where "
                                  "it was (there are no backups); nothing was created, open the app to finish the "
                                  "restore, or name another file")

# A reader (export…) given a file from an older SocialDesk that cannot be written: the upgrade it needs first is a write.
NEEDS_UPGRADE_READ_ONLY = N_("the data file was made by an older SocialDesk and must be upgraded once, which writes to "
                             "it, but it or its folder cannot be written; make it writable, or copy it to a folder you "
                             "can write, and try again (it was not changed)")

# `check` writes nothing: a read-only file or folder is no fault of the file, only this can stop it.
CHECK_READ_ONLY = N_("cannot be checked here: a -wal journal beside it can only be read where its folder is writable")
CHECK_JOURNAL = N_("cannot be checked: the -wal journal or the -shm index beside it cannot be read (not a file, or "
                   "its permissions)")

WRITE_PROBLEMS = {
    WriteProblem.DISK_FULL: DISK_FULL,
    WriteProblem.READ_ONLY: N_("the data file cannot be written; nothing was written"),
    WriteProblem.BUSY: N_("the data file is busy; nothing was written, try again"),
    WriteProblem.DAMAGED: N_("the data file is damaged; nothing was written"),
    WriteProblem.OTHER: N_("the change could not be saved; nothing was written"),
}
