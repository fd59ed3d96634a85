"""The application icon: the committed PNG sizes are the SVG's current rendering."""

import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

from render_icons import PNG_SIZES, SVG, render, write_ico


@pytest.mark.parametrize("size", PNG_SIZES)
def test_committed_png_is_the_svg_rendered_at_its_size(qapp, size):
    committed = QImage(str(SVG.parent / f"socialdesk-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
    fresh = render(SVG, size).convertToFormat(QImage.Format.Format_ARGB32)
    assert committed.size() == fresh.size()
    # Qt's SVG rasteriser differs by a step or two of antialiasing between releases; a changed
    # drawing differs by far more than that somewhere.
    assert _largest_channel_difference(committed, fresh) <= MAX_ANTIALIAS_DRIFT, \
        "run: python packaging/render_icons.py"


MAX_ANTIALIAS_DRIFT = 8


def _largest_channel_difference(first: QImage, second: QImage) -> int:
    a, b = bytes(first.constBits()), bytes(second.constBits())
    return max((abs(x - y) for x, y in zip(a, b)), default=0)


def test_icon_has_transparent_corners_and_an_opaque_middle(qapp):
    image = render(SVG, 64)
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(32, 30).alpha() == 255


def test_windows_icon_holds_every_size(tmp_path, qapp):
    from PIL import Image

    path = tmp_path / "socialdesk.ico"
    write_ico(SVG, path)
    with Image.open(path) as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["socialdesk.ico"]
