"""Regenerate the hostile corpus: `python tests/data/hostile/make_hostile.py` writes images/ and csv/ beside it."""

import io
import random
import struct
import sys
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
HEADER = "date,time,networks,status,pillar,about,text,notes"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_bomb(width: int, height: int) -> bytes:
    """A few kilobytes of PNG whose header claims width x height 1-bit pixels."""
    rows = zlib.compressobj(9)
    line = b"\x00" * (1 + (width + 7) // 8)
    body = b"".join(rows.compress(line) for _ in range(200)) + rows.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", body) + _chunk(b"IEND", b"")


def _pillow(kind: str, **options) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.frombytes("RGB", (64, 48), random.Random(7).randbytes(64 * 48 * 3)).save(out, format=kind, **options)
    return out.getvalue()


def images() -> dict[str, bytes]:
    jpeg, webp, gif = _pillow("JPEG"), _pillow("WEBP"), _pillow("GIF")
    return {
        # A PostScript loop: Pillow would hand it to Ghostscript, which would never return.
        "eps_loop.eps": b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n{ 1 pop } loop\nshowpage\n%%EOF\n",
        "eps_named_png.png": b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 100 100\n{ } loop\n%%EOF\n",
        "png_bomb_100000x100000.png": png_bomb(100_000, 100_000),
        "truncated.jpg": jpeg[: len(jpeg) // 2],
        "truncated.webp": webp[: len(webp) // 2],
        "truncated.gif": gif[:40],
        "drawing.svg": b'<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
                       b'<script>alert(1)</script><rect width="64" height="64"/></svg>',
        "document.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
        "photo.tiff": _pillow("TIFF"),
        "zero_bytes.png": b"",
        "text.png": "Boulangerie Léa\n".encode() * 10,
    }


def csv_files() -> dict[str, bytes]:
    row = "2026-11-30,09:00,instagram,planned,,,Galette,"
    return {
        "bom_then_invalid.csv": b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n2026-11-30,,,,,,\xff\xfe\xc3(,\r\n",
        "nul_bytes.csv": (HEADER + "\r\n2026-11-30,,,,,,pa\x00in,\r\n").encode() + b"\x00" * 64,
        "date_9999_12_31.csv": (HEADER + "\r\n9999-12-31,23:59,instagram,planned,,,Fin des temps,\r\n").encode(),
        "date_0001_01_01.csv": (HEADER + "\r\n0001-01-01,,instagram,planned,,,Début,\r\n").encode(),
        "columns_10000.csv": (HEADER + "," + ",".join(f"c{i}" for i in range(10_000)) + "\r\n" + row
                              + "," * 10_000 + "\r\n").encode(),
        "field_1mb.csv": (HEADER + '\r\n2026-11-30,,instagram,planned,,,"' + "pain " * 209_716 + '",\r\n').encode(),
        "mixed_line_endings.csv": (HEADER + "\r\n" + row + "\n" + row.replace("30", "29") + "\r"
                                   + row.replace("30", "28") + "\r\n").encode(),
        "not_csv_png.csv": png_bomb(100, 100),
        "only_header.csv": (HEADER + "\r\n").encode(),
        "windows_1252_semicolon.csv": (HEADER.replace(",", ";") + "\r\n30/11/2026;9:05;Instagram;prévu;;;Galette à la"
                                       " frangipane;\r\n").encode("cp1252"),
        # UTF-8 accents with one Windows-1252 byte: damaged UTF-8, refused on line 3 (never read as Ã©).
        "utf8_one_bad_byte.csv": (HEADER + "\r\n" + row.replace("Galette", "Café crème") + "\r\n").encode()
                                 + b"2026-12-01,09:00,instagram,planned,,,caf\xe9,\r\n",
        "duplicate_text_column.csv": (HEADER + ",text\r\n" + row + "Autre texte\r\n").encode(),
        "time_with_seconds.csv": (HEADER + "\r\n" + row.replace("09:00", "09:00:17") + "\r\n").encode(),
        "unclosed_quote.csv": (HEADER + "\r\n" + row + "\r\n" + row.replace("Galette", '"Galette') + "\r\n"
                               + row + "\r\n").encode(),
        # Accepted: Excel's 09:30:00, and invisible controls (NUL, ESC, VT, FF, DEL, C1) cleaned from the text.
        "excel_seconds_and_controls.csv": (HEADER + "\r\n" + row.replace("09:00", "09:30:00").replace(
            "Galette", "Ga\x00le\x1btte\x0b\x0c\x7f\x85") + "\r\n").encode(),
    }


def main(folder: Path = HERE) -> int:
    for sub, files in (("images", images()), ("csv", csv_files())):
        (folder / sub).mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            (folder / sub / name).write_bytes(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
