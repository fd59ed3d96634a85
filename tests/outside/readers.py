"""Readers that are not ours: zbar and zxing-cpp for codes, poppler for PDFs, Qt's SVG renderer."""

import re
import subprocess
import tempfile
from pathlib import Path

from PIL import Image


def _rgb(image) -> Image.Image:
    """A PIL image, or a path to one, flattened onto white (transparent PNGs read as black)."""
    if not isinstance(image, Image.Image):
        image = Image.open(image)
        image.load()
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        flat = Image.new("RGB", image.size, "white")
        flat.paste(image, mask=image.getchannel("A"))
        return flat
    return image.convert("RGB")


def zbar_texts(image) -> list[str]:
    """Every QR code zbar (libzbar0 via pyzbar) reads, as zbar hands it over (UTF-8 after its own
    charset guess): a wrong guess shows as the wrong text, never as an exception."""
    from pyzbar import pyzbar

    found = pyzbar.decode(_rgb(image).convert("L"), symbols=[pyzbar.ZBarSymbol.QRCODE])
    return [result.data.decode("utf-8", errors="replace") for result in found]


def zxing_texts(image) -> list[str]:
    """Every QR code zxing-cpp reads (with its own charset handling, ECI honoured)."""
    import zxingcpp

    found = zxingcpp.read_barcodes(_rgb(image), formats=zxingcpp.BarcodeFormat.QRCode,
                                   text_mode=zxingcpp.TextMode.Plain)
    return [result.text for result in found]


def both_decoders(image) -> tuple[list[str], list[str]]:
    """(zbar texts, zxing-cpp texts) for one image, a path to one, or a rasterised page."""
    flat = _rgb(image)
    return zbar_texts(flat), zxing_texts(flat)


def pdf_pages(path, dpi: int = 150) -> list[Image.Image]:
    """Each page of a PDF rasterised by poppler's `pdftoppm -r dpi`, in page order."""
    with tempfile.TemporaryDirectory() as folder:
        prefix = Path(folder) / "page"
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True,
                       capture_output=True, timeout=120)
        pages = sorted(Path(folder).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [_rgb(page) for page in pages]


def pdf_text(path) -> str:
    """The text of a PDF as poppler's `pdftotext -layout` reads it."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          timeout=120)
    return done.stdout.decode("utf-8")


def svg_image(path, dpi: int = 150) -> Image.Image:
    """An SVG rasterised by Qt's QSvgRenderer (not our SVG code) at `dpi`, on white."""
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    if QGuiApplication.instance() is None:
        from PySide6.QtWidgets import QApplication

        _keep.append(QApplication([]))
    data = Path(path).read_bytes()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        raise ValueError(f"Qt cannot read {path} as SVG")
    width_in, height_in = _svg_inches(data, renderer)
    width, height = max(1, round(width_in * dpi)), max(1, round(height_in * dpi))
    canvas = QImage(width, height, QImage.Format.Format_RGB32)
    canvas.fill(0xFFFFFFFF)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    raw = bytes(canvas.constBits())[: canvas.sizeInBytes()]
    return Image.frombuffer("RGBA", (width, height), raw, "raw", "BGRA", canvas.bytesPerLine(), 1).convert("RGB")


_keep: list = []  # a QApplication made here must outlive the call
_INCHES = {"mm": 1 / 25.4, "cm": 1 / 2.54, "in": 1.0, "pt": 1 / 72, "pc": 1 / 6, "px": 1 / 96, "": 1 / 96}


def _svg_inches(data: bytes, renderer) -> tuple[float, float]:
    """The printed size from the root's width/height (CSS units); the viewBox as px if absent."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring(data)
    box = renderer.viewBoxF()
    sizes = []
    for name, fallback in (("width", box.width()), ("height", box.height())):
        match = re.fullmatch(r"\s*([0-9.]+)\s*(mm|cm|in|pt|pc|px|)\s*", root.get(name, ""))
        sizes.append(float(match[1]) * _INCHES[match[2]] if match else fallback / 96)
    return sizes[0], sizes[1]
