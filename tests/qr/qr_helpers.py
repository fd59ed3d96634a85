"""Helpers shared by the QR tests: logos, Wi-Fi parsing, PDF rasterising."""

import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from socialdesk.qr.logo import Logo, logo_from_bytes

needs_pdftoppm = pytest.mark.skipif(shutil.which("pdftoppm") is None,
                                    reason="pdftoppm (poppler-utils) is not installed")


def make_logo(width: int = 240, height: int = 240) -> Logo:
    image = Image.new("RGBA", (width, height), (200, 30, 30, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((10, 10, width - 10, height - 10), fill=(20, 20, 120, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return logo_from_bytes(out.getvalue())


def parse_wifi(payload: str) -> dict[str, str]:
    """A reader's view of `WIFI:...;;`: unescape backslashes, split on bare semicolons."""
    assert payload.startswith("WIFI:") and payload.endswith(";;")
    fields, current, escaped = {}, "", False
    for char in payload[5:-1]:
        if escaped:
            current, escaped = current + char, False
        elif char == "\\":
            escaped = True
        elif char == ";":
            key, _, value = current.partition(":")
            fields[key] = value
            current = ""
        else:
            current += char
    return fields


def rasterise_pdf(pdf: Path, dpi: int = 150) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    pages = sorted(pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(re.findall(r"-(\d+)\.png$", p.name)[0]))
    return [Image.open(page).convert("RGB") for page in pages]
