"""Writing one checked code to PNG or SVG, private and atomic (no Qt: headless commands use it)."""

from pathlib import Path

from socialdesk.export_files import write_private
from socialdesk.qr.verify import Checked


def write_code_png(path: Path, checked: Checked, dpi: int = 300, caption: str = "") -> Path:
    from socialdesk.qr.raster import png_bytes, render, with_caption

    image = with_caption(render(checked.code, dpi), checked.code, caption)
    write_private(Path(path), png_bytes(image, dpi))
    return Path(path)


def write_code_svg(path: Path, checked: Checked, caption: str = "") -> Path:
    from socialdesk.qr.svg import svg_document

    write_private(Path(path), svg_document(checked.code, caption).encode("utf-8"))
    return Path(path)
