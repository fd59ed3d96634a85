"""Run in a child process: fill the 'disk' with RLIMIT_FSIZE, try to write, lift the limit, write again.

Prints one JSON line: for each attempt, the WriteProblem it raised (or "saved"), and what the
store read back in between. The parent test checks the file afterwards.
"""

import json
import resource
import signal
import sys
from datetime import date
from pathlib import Path

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.shop import ShopCard
from socialdesk.storage import StoreWriteError, open_store

BIG = "Pain de campagne 🥖 " * 60_000  # about 1.3 MB


def attempts(store) -> dict:
    """Writes each far larger than the room left; each must fail whole or succeed whole."""
    return {
        "setting": lambda: store.settings.set("big", BIG),
        "shop": lambda: store.shop.save(ShopCard(name="Trop grand", opening_hours=BIG)),
        "batch": lambda: _batch(store),
        "import": lambda: store.calendar.import_posts(
            [Post(day=date(2026, 12, 1 + i % 28), text=f"Import {i} " + "é" * 400, status=PostStatus.PLANNED,
                  networks=("facebook",)) for i in range(3000)]),
    }


def _batch(store) -> None:
    with store.write() as db:
        db["settings"].upsert_all([{"key": f"row-{i}", "value": json.dumps(BIG[:2000])} for i in range(1000)], pk="key")


def snapshot(store) -> list:
    return [store.settings.get("before"), store.settings.get("big"), store.shop.get().name,
            store.conn.execute("SELECT count(*) FROM settings WHERE key LIKE 'row-%'").fetchone()[0],
            store.calendar.count()]


def main(path: Path) -> dict:
    store = open_store(path)
    report = {"start": snapshot(store), "full": {}, "between": [], "after": {}}
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of being killed
    room = max(p.stat().st_size for p in path.parent.glob(path.name + "*")) + 32 * 1024
    resource.setrlimit(resource.RLIMIT_FSIZE, (room, resource.RLIM_INFINITY))
    for name, attempt in attempts(store).items():
        try:
            attempt()
            report["full"][name] = "saved"
        except StoreWriteError as error:
            report["full"][name] = error.problem.value
        report["between"].append(snapshot(store))
    resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
    for name, attempt in attempts(store).items():
        try:
            attempt()
            report["after"][name] = "saved"
        except StoreWriteError as error:
            report["after"][name] = error.problem.value
    report["end"] = snapshot(store)
    store.close()
    return report


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
