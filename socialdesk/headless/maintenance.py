"""`socialdesk backup` and `socialdesk check`: look after the data file from a terminal."""

import sys

from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK
from socialdesk.domain.clock import system_clock
from socialdesk.headless.common import (backup_failure, data_file_there, data_path, open_data_file,
                                         warn_about_conflict_copies, warn_about_placement)
from socialdesk.headless.backup_folder_words import SKIPPED, folder_problem, shown_folder, warn_about_backup_folder
from socialdesk.headless.language import _
from socialdesk.headless.streams import say
from socialdesk.headless.moved_words import say_if_default_lost, say_if_moved
from socialdesk.headless.messages import CHECK_JOURNAL, CHECK_READ_ONLY, OPEN_PROBLEMS, PROBLEM_AT
from socialdesk.storage import Problem, StoreOpenError
from socialdesk.storage.backups import backup_dir_for, make_backup, skipped_folder
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.opening import JOURNAL_UNREADABLE, inspect_file, real_path, writable


def run_backup(args) -> int:
    if say_if_moved(data_path(args), "backup", refuse=True):  # a task written before the move: seen failing
        return EXIT_FAILED
    store = open_data_file(args, "backup", write=False)
    if store is None:
        return EXIT_FAILED
    try:
        target = make_backup(store.conn, store.path, system_clock(), "manual")  # the chosen folder, or beside the file
        skipped = skipped_folder(store.conn, target)
    except StoreWriteError as error:
        print("socialdesk backup: " + _("could not write the backup: {reason}").format(
            reason=backup_failure(error, backup_dir_for(store.path))),
              file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    if skipped is not None:
        print("socialdesk backup: " + _(SKIPPED).format(folder=shown_folder(skipped), why=_(folder_problem(skipped, target))),
              file=sys.stderr)
    say(str(target))
    return EXIT_OK


def run_check(args) -> int:
    path = data_path(args)
    if not data_file_there(path, "check"):  # the same words and status as backup
        return EXIT_FAILED
    try:
        inspect_file(path, for_writing=False)  # check writes nothing: a read-only file can be checked
    except StoreOpenError as error:
        if error.problem is Problem.READ_ONLY:
            print("socialdesk check: " + _(PROBLEM_AT).format(problem=_(CHECK_READ_ONLY), path=path), file=sys.stderr)
        elif error.detail == JOURNAL_UNREADABLE:
            print("socialdesk check: " + _(PROBLEM_AT).format(problem=_(CHECK_JOURNAL), path=path), file=sys.stderr)
        else:
            print("socialdesk check: " + _(PROBLEM_AT).format(problem=_(OPEN_PROBLEMS[error.problem]), path=path),
                  file=sys.stderr)
        return EXIT_FAILED
    say(_("{path}: ok").format(path=path) if writable(real_path(path)) else
        _("{path}: ok (read-only here: SocialDesk can read it, not save to it)").format(path=path))
    if not getattr(args, "db", None):
        say_if_default_lost(path, "check")
    if not say_if_moved(path, "check", refuse=False):  # moved: the old copy's place no longer matters
        warn_about_placement(path, "check")
    warn_about_conflict_copies(real_path(path), "check")
    warn_about_backup_folder(real_path(path))
    return EXIT_OK
