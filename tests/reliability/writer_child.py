"""A writer the kill tests shoot: forks one child per round, each writing until it is killed.

Run as a script. It imports the storage layer once, then reads one JSON command per line on
stdin ({"db": path, "seed": n, "max_ops": n}) and forks a child for it, so one interpreter
start serves many kills. The child opens the data file with `open_store` and performs seeded
random writes through the storage layer; before each write it prints a `begin` event and after
the `with store.write()` block has returned it prints an `ack` event (one JSON line each,
written with a single os.write so lines never interleave). The parent prints `child` when it
forked and `exit` with the child's wait status once the child is gone.
"""

import hashlib
import json
import os
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from socialdesk.domain.shop import ShopCard  # noqa: E402
from socialdesk.storage import StoreOpenError, open_store  # noqa: E402
from socialdesk.storage.backups import make_backup  # noqa: E402

# Texts the owner could type: accents, emoji, right-to-left, NUL, quotes, long.
TEXTS = (
    "Pain au levain du jour",
    "Galette des rois 👑🥐 — réservez !",
    "خبز طازج كل صباح",
    "לחם טרי כל בוקר",
    "nul\x00inside",
    "quote ' \" ; -- DROP TABLE settings;",
    "ligne 1\nligne 2\r\nligne 3\ttab",
    "=cmd|' /C calc'!A0",
    "é" * 3000,
    "",
)


def emit(event: dict) -> None:
    """One line, one write: pipe writes under 4 KiB are atomic."""
    line = (json.dumps(event, ensure_ascii=True) + "\n").encode()
    assert len(line) < 4096, "event too long for an atomic pipe write"
    os.write(1, line)


def digest(value) -> str:
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def card_digest(card: ShopCard) -> str:
    return digest([card.name, card.trade, card.address, card.postcode, card.city, card.country,
                   card.phone, card.email, card.website, card.opening_hours, list(card.languages)])


def op_setting(store, rng: random.Random, tag: str) -> None:
    key = f"s-{tag}"
    value = rng.choice(TEXTS) + f" #{rng.randrange(10**6)}"
    emit({"ev": "begin", "op": "setting", "key": key, "h": digest(value)})
    store.settings.set(key, value)
    emit({"ev": "ack", "op": "setting", "key": key, "h": digest(value)})


def op_shop(store, rng: random.Random, tag: str) -> None:
    card = ShopCard(name=f"{rng.choice(TEXTS)} {tag}", trade=rng.choice(TEXTS), city="Lyon",
                    phone=f"04 78 {rng.randrange(10, 99)} {rng.randrange(10, 99)} 12",
                    opening_hours=rng.choice(TEXTS), languages=rng.sample(["fr", "en", "ar", "he"], 2))
    emit({"ev": "begin", "op": "shop", "h": card_digest(card)})
    store.shop.save(card)
    emit({"ev": "ack", "op": "shop", "h": card_digest(card)})


def op_batch(store, rng: random.Random, tag: str) -> None:
    """Many rows in one transaction: after a kill, all of them or none."""
    prefix = f"b-{tag}-"
    count = rng.randrange(20, 200)
    rows = [{"key": f"{prefix}{i:04d}", "value": json.dumps(rng.choice(TEXTS))} for i in range(count)]
    emit({"ev": "begin", "op": "batch", "prefix": prefix, "n": count})
    with store.write() as db:
        db["settings"].upsert_all(rows, pk="key")
    emit({"ev": "ack", "op": "batch", "prefix": prefix, "n": count})


def op_backup(store, rng: random.Random, tag: str) -> None:
    """A backup being written when the lid closes must never look like a good backup."""
    when = datetime(2026, 1, 1) + timedelta(seconds=rng.randrange(10**7))
    emit({"ev": "begin", "op": "backup"})
    make_backup(store.conn, store.path, when, "manual")
    emit({"ev": "ack", "op": "backup"})


OPERATIONS = [op_setting, op_setting, op_shop, op_batch, op_backup]


def extra_operations() -> list:
    """The tabs' writes, once their repositories exist in the tree."""
    from tab_workloads import available_operations

    return available_operations(emit, digest)


def run_child(command: dict) -> None:
    rng = random.Random(command["seed"])
    defer = rng.random() < 0.5  # the app leaves the day's backup until its window has painted
    try:
        day = datetime(2026, 1, 1, 8, 0) + timedelta(days=rng.randrange(300))  # mostly a new day: a daily backup
        store = open_store(Path(command["db"]), now=day, defer_daily_backup=defer)
    except StoreOpenError as error:
        emit({"ev": "openfail", "problem": error.problem.value, "detail": error.detail[:300]})
        return
    emit({"ev": "open"})
    if store.daily_backup_due is not None:
        emit({"ev": "begin", "op": "backup"})
        store.make_due_backup()
        emit({"ev": "ack", "op": "backup"})
    operations = OPERATIONS + extra_operations()
    for number in range(command["max_ops"]):
        operation = rng.choice(operations)
        operation(store, rng, f"{command['seed']}-{number}")
    store.close()
    emit({"ev": "done"})


def serve() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    extra_operations()  # import the tabs' repositories once, before forking
    emit({"ev": "ready"})
    for line in sys.stdin:
        command = json.loads(line)
        pid = os.fork()
        if pid == 0:
            status = 0
            try:
                run_child(command)
            except BaseException as error:  # reported, then the child dies without cleanup
                emit({"ev": "error", "error": repr(error)[:1000]})
                status = 3
            os._exit(status)
        emit({"ev": "child", "pid": pid})
        _, status = os.waitpid(pid, 0)
        emit({"ev": "exit", "pid": pid, "status": status})


if __name__ == "__main__":
    serve()

