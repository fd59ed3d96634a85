"""Run in a child process: start the day on a full disk (RLIMIT_FSIZE), as the app does, then get space back.

Prints one JSON line describing what happened at each step.
"""

import json
import resource
import signal
import sys
from datetime import datetime
from pathlib import Path

from socialdesk.storage import StoreWriteError, open_store
from socialdesk.storage.backups import backup_dir_for, list_backups

TODAY = datetime(2026, 11, 27, 8, 0)


def main(path: Path) -> dict:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    room = max(p.stat().st_size for p in path.parent.glob(path.name + "*")) // 2
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, resource.RLIM_INFINITY))
    report = {}
    store = open_store(path, now=TODAY, defer_daily_backup=True)  # what the app does
    report["opened"] = store.settings.get("before")
    try:
        store.make_due_backup()
        report["backup"] = "made"
    except StoreWriteError as error:
        report["backup"] = f"StoreWriteError {error.problem.value}"
    except Exception as error:  # noqa: BLE001 - reported to the test, which says what it expects
        report["backup"] = type(error).__name__
    report["left_in_backups"] = sorted(p.name for p in backup_dir_for(path).glob("*"))
    try:
        store.settings.set("big", "x" * (room * 2))
        report["write"] = "saved"
    except StoreWriteError as error:
        report["write"] = error.problem.value
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    store.settings.set("big", "x" * (room * 2))
    report["after"] = len(store.settings.get("big"))
    store.daily_backup_due = TODAY
    report["backup_after"] = [p.name for p in list_backups(path)] if store.make_due_backup() else []
    store.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
