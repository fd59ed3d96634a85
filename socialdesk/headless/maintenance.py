"""`socialdesk backup` and `socialdesk check`: look after the data file from a terminal."""

import sys
from datetime import datetime

from socialdesk.cli import EXIT_FAILED, EXIT_OK
from socialdesk.headless.messages import OPEN_PROBLEMS
from socialdesk.headless.common import data_path, open_data_file
from socialdesk.storage import StoreOpenError
from socialdesk.storage.backups import make_backup
from socialdesk.storage.opening import inspect_file


def run_backup(args) -> int:
    path = data_path(args)
    store = open_data_file(args, "backup", write=False)
    if store is None:
        return EXIT_FAILED
    try:
        target = make_backup(store.conn, path, datetime.now(), "manual")
    except OSError as error:
        print(f"socialdesk backup: could not write the backup: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        store.close()
    print(target)
    return EXIT_OK


def run_check(args) -> int:
    path = data_path(args)
    if not path.exists():
        print(f"socialdesk check: no data file at {path}", file=sys.stderr)
        return EXIT_FAILED
    try:
        inspect_file(path)
    except StoreOpenError as error:
        print(f"socialdesk check: {OPEN_PROBLEMS[error.problem]}: {path}", file=sys.stderr)
        return EXIT_FAILED
    print(f"{path}: ok")
    return EXIT_OK
