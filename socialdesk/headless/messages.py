"""One-line English explanations for headless commands (the window has translated ones)."""

from socialdesk.storage.errors import Problem, WriteProblem

OPEN_PROBLEMS = {
    Problem.LOCKED: "the data file is open in SocialDesk; close the app and try again",
    Problem.EMPTY_FILE: "the data file is empty (0 bytes); restore a backup from the app",
    Problem.NOT_SQLITE: "this is not a SocialDesk data file",
    Problem.DAMAGED: "the data file is damaged; open the app to restore a backup (the file was not changed)",
    Problem.NEWER_VERSION: "the data file was written by a newer SocialDesk; update SocialDesk",
    Problem.READ_ONLY: "the data file or its folder cannot be written",
    Problem.UNREADABLE: "the data file cannot be read (not a regular file, permissions, a symlink loop?)",
    Problem.FOREIGN: "this is another program's SQLite database, not a SocialDesk data file; it was not changed",
    Problem.DISK_FULL: "the disk is full; nothing was written, free some space and try again",
    Problem.MISSING: "the data file is missing, but its backups are beside where it was; nothing was created, "
                     "open the app to restore the newest backup, or name another file",
    Problem.BROKEN_LINK: "the data file's link leads nowhere (a disk or USB key not connected?); nothing was created",
}

# `check` writes nothing: a read-only file or folder is no fault of the file, only this can stop it.
CHECK_READ_ONLY = "cannot be checked here: a -wal journal beside it can only be read where its folder is writable"

WRITE_PROBLEMS = {
    WriteProblem.DISK_FULL: "the disk is full; nothing was written, free some space and try again",
    WriteProblem.READ_ONLY: "the data file cannot be written; nothing was written",
    WriteProblem.BUSY: "the data file is busy; nothing was written, try again",
    WriteProblem.DAMAGED: "the data file is damaged; nothing was written",
    WriteProblem.OTHER: "the change could not be saved; nothing was written",
}
