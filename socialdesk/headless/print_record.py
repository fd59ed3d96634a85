"""print-cards' inventory: each printed code recorded after the PDF is made, or one line saying why it is not."""

import sys

from socialdesk.domain.clock import system_clock
from socialdesk.headless.exits import EXIT_FAILED, EXIT_OK
from socialdesk.headless.language import _, current_language

CLOCK = system_clock  # the one source of "now" for the command; tests put a fixed clock here

LOCK_WAIT = 10.0  # seconds another command's short hold on the data file is waited for (a window's is not short)
LOW_SPACE = 1 << 20  # under this many bytes free, a data file that cannot be written is on a full disk


def record(args, items, sheet: str | None = None, template: str | None = None, command: str = "print-cards") -> int:
    """Remember what was printed, what it opens, where (--place) and when, and the --sheet given (`sheet`, as the
    window keeps the one chosen); EXIT_FAILED after one line saying the PDF is made and why this print is not
    recorded (the data file open in SocialDesk, its disk full…). `template`: what is recorded as printed
    (`socialdesk qr` records "qr"), else --template."""
    from socialdesk.headless.common import backup_failure, data_path
    from socialdesk.storage.backup_scan import backup_dir_for
    from socialdesk.storage.errors import StoreError, StoreOpenError, StoreWriteError

    try:
        store = _open_waiting(args)
    except StoreOpenError as error:
        return _not_recorded(args, _problem_words(args, error), command)
    except StoreWriteError as error:  # the day's backup, made before the record: none made, nothing recorded
        why = _("today's backup could not be made: {reason}").format(
            reason=backup_failure(error, backup_dir_for(data_path(args).absolute())))
        return _not_recorded(args, why, command)
    from socialdesk.headless.backup_folder_words import warn_if_folder_skipped

    warn_if_folder_skipped(store, command)
    try:
        store.presence.printed.record(items, template or args.template, getattr(args, "place", None) or "", CLOCK(),
                                      current_language())
        if sheet:
            store.settings.set("card_sheets", {**store.settings.get("card_sheets"), args.template: sheet})
    except StoreError:
        return _not_recorded(args, _problem_words(args, None), command)
    finally:
        store.close()
    return EXIT_OK


def _open_waiting(args):
    """The data file for writing; a lock held by another command (a moment) is waited for, up to LOCK_WAIT."""
    import time

    from socialdesk.headless.common import data_path
    from socialdesk.storage.errors import Problem, StoreOpenError
    from socialdesk.storage.opening import open_for_command

    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            return open_for_command(data_path(args), write=True)
        except StoreOpenError as error:
            if error.problem is not Problem.LOCKED or time.monotonic() >= deadline:
                raise
        time.sleep(0.1)


def _problem_words(args, error) -> str:
    """Why the data file took no record, in the owner's words: open in SocialDesk, disk full, or as on opening."""
    import shutil

    from socialdesk.headless.common import _open_problem_words, data_path
    from socialdesk.headless.messages import DISK_FULL_DATA
    from socialdesk.storage.errors import Problem

    if error is not None and error.problem is Problem.LOCKED:
        return _("the data file is open in SocialDesk")
    try:
        if shutil.disk_usage(data_path(args).absolute().parent).free < LOW_SPACE:
            return _(DISK_FULL_DATA)
    except OSError:
        pass
    return _open_problem_words(error) if error is not None else _("the data file could not be written")


def _not_recorded(args, why: str, command: str = "print-cards") -> int:
    from socialdesk.headless.common import data_path

    words = (_("the PDF is written and good, but this print could not be recorded in the inventory ({why}): {path}")
             if command == "print-cards" else
             _("the code is written and good, but it could not be recorded in the inventory ({why}): {path}"))
    print(f"socialdesk {command}: " + words.format(why=why, path=data_path(args)), file=sys.stderr)
    return EXIT_FAILED
