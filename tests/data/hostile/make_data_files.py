"""Regenerate the hostile data files: `python tests/data/hostile/make_data_files.py` (deterministic, small)."""

import random
import sqlite3
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent / "data_files"
HEADER = b"SQLite format 3\x00"


def _page_one(path: Path) -> bytes:
    """A real, tiny SQLite file's bytes (one table), to damage in known ways."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.execute("INSERT INTO t VALUES ('farine')")
    conn.commit()
    conn.close()
    return path.read_bytes()


def _wal_pair(path: Path, rows: int, app_id: int = 0) -> tuple[bytes, bytes]:
    """A WAL-mode file (one checkpointed table) and its uncheckpointed -wal, as a crash would leave them."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id={app_id}")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.executemany("INSERT INTO t VALUES (?)", [(f"row {i} " + "x" * 200,) for i in range(rows)])
    conn.commit()
    main, wal = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    conn.close()
    return main, wal


def make(folder: Path = HERE) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    rng = random.Random(12)
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        real = _page_one(scratch / "real.sqlite3")
        files = {
            "zero-bytes.sqlite3": b"",
            "header-only.sqlite3": real[:100],
            "random-after-header.sqlite3": HEADER + rng.randbytes(8192 - len(HEADER)),
            "random-bytes.sqlite3": rng.randbytes(4096),
            "huge-page-count.sqlite3": real[:28] + (0xFFFFFFF0).to_bytes(4, "big") + real[32:],
            "page-size-zero.sqlite3": real[:16] + b"\x00\x00" + real[18:],
            "scribbled-schema.sqlite3": real[:-4096] + bytes(b ^ 0xA5 for b in real[-4096:]),
            "text.sqlite3": "Liste de courses : farine, beurre, œufs\n".encode(),
            "Café de l'Été 2026 — copie.sqlite3": real[: len(real) // 2],  # accents, spaces, cut short
        }
        ours, _ = _wal_pair(scratch / "ours.sqlite3", 3, app_id=0x536F6344)  # SocialDesk's application_id
        theirs, their_wal = _wal_pair(scratch / "theirs.sqlite3", 40)
        files["wal-foreign-beside.sqlite3"] = ours  # another database's journal next to a marked file
        files["wal-foreign-beside.sqlite3-wal"] = their_wal
        files["wal-garbage-beside.sqlite3"] = theirs  # another program's database, with junk as its journal
        files["wal-garbage-beside.sqlite3-wal"] = rng.randbytes(9000)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return sorted(folder.iterdir())


if __name__ == "__main__":
    for made in make(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(f"{made.stat().st_size:>7}  {made.name}")
