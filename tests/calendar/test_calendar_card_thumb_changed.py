"""A card's thumbnail is read once and kept, and read again when its file changes (a damaged image imported again
rewrites it under the same name): the card never shows a square the file no longer holds."""

import os

from PIL import Image

from socialdesk.storage.calendar.media import import_image, thumbnail_path
from socialdesk.ui.calendar import card_thumbs

RED, BLUE = (220, 20, 20), (20, 40, 220)


def _centre(pixmap) -> tuple[int, int, int]:
    image = pixmap.toImage()
    colour = image.pixelColor(image.width() // 2, image.height() // 2)
    return colour.red(), colour.green(), colour.blue()


def _near(a, b) -> bool:
    return all(abs(x - y) < 40 for x, y in zip(a, b))


def test_a_thumbnail_is_read_once_then_again_when_its_file_changes(qapp, file_store, tmp_path, monkeypatch):
    Image.new("RGB", (300, 300), RED).save(tmp_path / "photo.png")
    name = import_image(file_store, tmp_path / "photo.png")
    card_thumbs._THUMBS.clear()
    reads = []
    load = card_thumbs._load
    monkeypatch.setattr(card_thumbs, "_load", lambda *args: reads.append(args[0]) or load(*args))
    first = card_thumbs.card_thumb(file_store, name, 30, 1.0)
    assert _near(_centre(first), RED)
    assert card_thumbs.card_thumb(file_store, name, 30, 1.0) is first  # kept: not read again
    assert len(reads) == 1
    thumb = thumbnail_path(file_store, name)
    Image.new("RGB", (200, 200), BLUE).save(thumb)  # the kept thumbnail rewritten (another size)
    stamp = os.stat(thumb)
    os.utime(thumb, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 5_000_000_000))
    assert _near(_centre(card_thumbs.card_thumb(file_store, name, 30, 1.0)), BLUE)
    assert len(reads) == 2
    thumb.unlink()  # no thumbnail kept: the image itself
    assert _near(_centre(card_thumbs.card_thumb(file_store, name, 30, 1.0)), RED)
    assert len(reads) == 3
