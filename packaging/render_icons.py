"""Render resources/icons/socialdesk.svg into the PNG sizes the app and the installers use.

Usage (from the checkout): python packaging/render_icons.py [--ico FILE] [--iconset DIR]
Without options it (re)writes resources/icons/socialdesk-<size>.png. --ico also writes a
Windows icon (Pillow), --iconset a macOS .iconset folder for `iconutil -c icns`.
"""

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "socialdesk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# macOS iconset names: icon_<n>x<n>.png and the @2x variant drawn at twice the size
ICONSET_POINTS = (16, 32, 128, 256, 512)


def render(svg: Path, size: int):
    """The SVG drawn on a transparent size x size QImage."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def save(image, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")


def write_pngs(svg: Path, folder: Path) -> list[Path]:
    written = []
    for size in PNG_SIZES:
        path = folder / f"socialdesk-{size}.png"
        save(render(svg, size), path)
        written.append(path)
    return written


def write_ico(svg: Path, path: Path):
    """A multi-size .ico; Pillow picks each size from the largest render, so render each one."""
    from PIL import Image

    pngs = []
    for size in ICO_SIZES:
        png = path.with_name(f"{path.stem}-{size}.tmp.png")
        save(render(svg, size), png)
        pngs.append(png)
    images = [Image.open(png) for png in pngs]
    images[-1].save(path, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    for image, png in zip(images, pngs):
        image.close()
        png.unlink()


def write_iconset(svg: Path, folder: Path):
    for points in ICONSET_POINTS:
        save(render(svg, points), folder / f"icon_{points}x{points}.png")
        save(render(svg, points * 2), folder / f"icon_{points}x{points}@2x.png")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=SVG)
    parser.add_argument("--out", type=Path, default=SVG.parent, help="folder for socialdesk-<size>.png")
    parser.add_argument("--ico", type=Path, help="also write a Windows .ico here")
    parser.add_argument("--iconset", type=Path, help="also write a macOS .iconset folder here")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image IO)
    for path in write_pngs(args.svg, args.out):
        print(path)
    if args.ico:
        write_ico(args.svg, args.ico)
        print(args.ico)
    if args.iconset:
        write_iconset(args.svg, args.iconset)
        print(args.iconset)
    return 0


if __name__ == "__main__":
    sys.exit(main())
