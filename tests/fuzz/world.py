"""A fresh folder per fuzz example: a data file of some kind, inputs, traps, and @TOKENS naming them."""

import os
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from socialdesk.storage import open_store

HERE = Path(__file__).resolve().parent
HOSTILE = HERE.parent / "data" / "hostile"
V1_FILE = HERE.parent / "data" / "socialdesk-v1.sqlite3"
DATA_NAME = "shop.sqlite3"

PLAN_CSV = ("date,time,network,status,about,text\n2026-12-01,09:30,instagram,planned,customers,Bûche de Noël 🎄\n"
            "2026-12-02,,facebook,idea,team,\"Line one\nline two, \\N literal\"\n").encode()
# A small PNG logo (Pillow makes it once); EPS with a loop: decoding it would start Ghostscript.
EPS_LOOP = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 64 64\n{ } loop\nshowpage\n"


def hostile_files(kind: str) -> list[Path]:
    """The corpus other engineers keep in tests/data/hostile/<kind> (images, csv, data_files)."""
    folder = HOSTILE / kind
    return sorted(p for p in folder.iterdir() if p.is_file() and p.name != "README.md") if folder.is_dir() else []


def make_template(folder: Path) -> Path:
    """A real SocialDesk file with the demo shop, posts and listings marked for print (made once)."""
    from socialdesk.storage.presence.demo import seed_demo as seed_listings
    from socialdesk.storage.strategy.demo import seed_demo as seed_shop

    path = folder / DATA_NAME
    store = open_store(path)
    seed_shop(store, date(2026, 11, 26))
    seed_listings(store, date(2026, 11, 26))
    from socialdesk.domain.calendar.csv_format import export_csv

    (folder / "plan.csv").write_bytes(export_csv(store.calendar.all_posts()[:5]))  # the importer's own format
    store.close()
    shutil.rmtree(folder / "backups", ignore_errors=True)
    for side in ("-wal", "-shm", ".lock"):
        Path(str(path) + side).unlink(missing_ok=True)
    return path


def _logo_png(path: Path) -> None:
    from PIL import Image

    Image.new("RGB", (64, 64), "#c0392b").save(path)


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()


DATA_KINDS = ("missing", *["real"] * 9, "empty", "v1", "foreign", "truncated", "garbage", "folder",
              "fifo", "zeros")


def build(folder: Path, template: Path, data_kind: str, data_bytes: bytes, hostile_data: Path | None,
          hostile_input: Path | None = None) -> dict:
    """Lay out the example's folder and return the @TOKEN -> path table."""
    data = folder / DATA_NAME
    if hostile_data is not None:
        shutil.copyfile(hostile_data, data)
        for side in ("-wal", "-shm"):  # a companion kept beside it in the corpus comes along
            if Path(str(hostile_data) + side).is_file():
                shutil.copyfile(str(hostile_data) + side, str(data) + side)
    elif data_kind == "real":
        shutil.copyfile(template, data)
        (folder / "backups").mkdir()
        shutil.copyfile(template, folder / "backups" / "shop-2026-11-01-daily.sqlite3")
    elif data_kind == "v1":
        shutil.copyfile(V1_FILE, data)
    elif data_kind == "foreign":
        _foreign_sqlite(data)
    elif data_kind == "truncated":
        data.write_bytes(template.read_bytes()[:1500])
    elif data_kind == "folder":
        data.mkdir()
    elif data_kind == "fifo":
        os.mkfifo(data)
    elif data_kind in ("empty", "garbage", "zeros"):
        data.write_bytes({"empty": b"", "zeros": bytes(8192)}.get(data_kind, data_bytes))
    (folder / "dir").mkdir()
    os.mkfifo(folder / "fifo")
    os.symlink(DATA_NAME, folder / "link.sqlite3")
    (folder / "plan.csv").write_bytes(template.with_name("plan.csv").read_bytes())
    (folder / "excel.csv").write_bytes(PLAN_CSV)
    (folder / "input.bin").write_bytes(data_bytes)
    _logo_png(folder / "logo.png")
    (folder / "logo.eps").write_bytes(EPS_LOOP)
    for name in ("existing.png", "existing.csv", "existing.ics", "existing.pdf"):
        (folder / name).write_bytes(b"the owner's own file\n")
    tokens = {"@DATA": data, "@LINK": folder / "link.sqlite3", "@DIR": folder / "dir", "@FIFO": folder / "fifo",
              "@MISSING": folder / "no-such-folder", "@CSV": folder / "plan.csv", "@BIN": folder / "input.bin",
              "@LOGO": folder / "logo.png", "@EPS": folder / "logo.eps", "@BACKUP": folder / "backups",
              "@HERE": folder}
    if hostile_input is not None:  # inputs only: the corpus itself is never named as an output
        tokens["@HOSTILE"] = folder / f"hostile-{hostile_input.name}"
        if hostile_input.stat().st_size < 5 * 1024 * 1024:
            shutil.copyfile(hostile_input, tokens["@HOSTILE"])
        else:
            os.symlink(hostile_input, tokens["@HOSTILE"])
    return tokens


def resolve(value: str, tokens: dict) -> str:
    """Replace a leading @TOKEN in `value` (or after `--option=`) by its path; the rest is kept."""
    if value.startswith("--") and "=" in value:
        name, _, rest = value.partition("=")
        return f"{name}={resolve(rest, tokens)}"
    for token in sorted(tokens, key=len, reverse=True):
        if value.startswith(token):
            return str(tokens[token]) + value[len(token):]
    return value
