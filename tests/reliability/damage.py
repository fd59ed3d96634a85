"""Damaged data files for the reliability tests: one healthy sample, and seeded ways to break it."""

import hashlib
import os
import random
import sqlite3
from datetime import date, datetime
from pathlib import Path

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.shop import ShopCard
from socialdesk.storage import open_store
from socialdesk.storage.backups import make_backup

SHOP_NAME = "Boulangerie Léa 🥐 مخبز"


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` and the hash of its bytes: to prove nothing was touched."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def make_sample(path: Path, *, backup_at: datetime | None = None) -> None:
    """A healthy, closed data file with settings, a shop card and (if the tab is there) posts."""
    store = open_store(path)
    try:
        store.settings.set("language", "fr")
        store.shop.save(ShopCard(name=SHOP_NAME, city="Lyon", opening_hours="7h–19h30"))
        with store.write() as db:
            db["settings"].upsert_all([{"key": f"filler-{i}", "value": f'"{"x" * 500}"'} for i in range(200)],
                                      pk="key")
        _add_posts(store)
        if backup_at is not None:
            make_backup(store.conn, path, backup_at, "daily")
            store.shop.save(ShopCard(name="Written after the backup"))
    finally:
        store.close()


def _add_posts(store) -> None:
    store.calendar.add(Post(day=date(2026, 12, 1), networks=("instagram",), text="Bûche de Noël 🎄",
                            status=PostStatus.PLANNED))


def truncate(path: Path, rng: random.Random) -> str:
    size = path.stat().st_size
    offset = rng.randrange(1, size)
    with open(path, "r+b") as handle:
        handle.truncate(offset)
    return f"truncated to {offset} of {size} bytes"


def zero_bytes(path: Path, rng: random.Random) -> str:
    path.write_bytes(b"")
    return "zero bytes"


def random_bytes(path: Path, rng: random.Random) -> str:
    size = rng.randrange(1, 200_000)
    path.write_bytes(rng.randbytes(size))
    return f"{size} random bytes"


def text_file(path: Path, rng: random.Random) -> str:
    path.write_text("date,text\n2026-11-30,Galette des rois\n" * rng.randrange(1, 500), encoding="utf-8")
    return "a CSV text file"


def header_then_garbage(path: Path, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    start = rng.randrange(100, len(data) - 1)
    data[start:] = rng.randbytes(len(data) - start)
    path.write_bytes(bytes(data))
    return f"random bytes from offset {start}"


def scribbled_pages(path: Path, rng: random.Random) -> str:
    """A few runs of random bytes inside the file (a bad sector, a partial copy)."""
    data = bytearray(path.read_bytes())
    runs = []
    for _ in range(rng.randrange(1, 6)):
        start = rng.randrange(100, len(data) - 64)
        length = rng.randrange(1, 64)
        data[start:start + length] = rng.randbytes(length)
        runs.append(start)
    path.write_bytes(bytes(data))
    return f"scribbled at {runs}"


def newer_version(path: Path, rng: random.Random) -> str:
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('socialdesk', '0099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return "an extra migration applied"


# name -> (how to damage, the problems open_store may answer with; empty: it may also open)
SHAPES = {
    "truncated": (truncate, {"damaged", "not_sqlite"}),
    "zero_bytes": (zero_bytes, {"empty_file"}),
    "random_bytes": (random_bytes, {"not_sqlite"}),
    "text_file": (text_file, {"not_sqlite"}),
    "header_then_garbage": (header_then_garbage, {"damaged"}),
    "scribbled": (scribbled_pages, set()),
    "newer_version": (newer_version, {"newer_version"}),
}


def damaged_sample(path: Path, shape: str, seed: int, *, backup_at: datetime | None = None) -> str:
    """Write the healthy sample at `path`, then break it the way `shape` says; returns what was done."""
    make_sample(path, backup_at=backup_at)
    for side in ("-wal", "-shm", ".lock"):
        Path(str(path) + side).unlink(missing_ok=True)
    damage, _problems = SHAPES[shape]
    return damage(path, random.Random(seed))


def private(path: Path) -> bool:
    return os.name != "posix" or path.stat().st_mode & 0o077 == 0
