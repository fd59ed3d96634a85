"""A post's image cropped and scaled for one network, written to `media/exports/`; the original is only read."""

import errno
import io
from pathlib import Path

from socialdesk.domain.calendar.image_shapes import kept_crop, pixel_box, shape_for, shape_key
from socialdesk.domain.posts import Post
from socialdesk.storage.calendar.media import FORMATS, _write_atomic, flattened, is_animated, media_dir
from socialdesk.storage.errors import StoreReadError, StoreWriteError, WriteProblem


_ORIENTATION = 0x0112  # EXIF tag a phone writes instead of turning the pixels


def image_size(store, name: str) -> tuple[int, int] | None:
    """The width and height of a post's image in the media folder, or None when it cannot be read."""
    facts = image_facts(store, name)
    return facts[0] if facts else None


def image_facts(store, name: str) -> tuple[tuple[int, int], bool] | None:
    """The upright width and height of a post's image, and whether it is animated; None when it cannot be read."""
    from PIL import Image

    try:
        with Image.open(media_dir(store) / name, formats=tuple(FORMATS)) as image:
            width, height = image.size
            turned = image.getexif().get(_ORIENTATION) in (5, 6, 7, 8)  # a quarter turn swaps the sides
            return ((height, width) if turned else (width, height)), is_animated(image)
    except Exception:  # noqa: BLE001 - missing or damaged: the dialog says the image is missing
        return None


def crop_for(post: Post, network: str, size: tuple[int, int]):
    """The owner's crop for that network when it has the shape the post needs there (a Story's or the feed's),
    else the largest centred crop it accepts."""
    return kept_crop(post.crops.get(network), shape_key(post, network), *size)


def export_image(store, post: Post, network: str) -> Path:
    """Write the post's image as that network takes it: a JPEG of its first frame, transparency on white."""
    try:
        data, suffix, size = _exported_bytes(media_dir(store) / post.image, post, network)
    except Exception as failure:  # noqa: BLE001 - missing, replaced or damaged since it was chosen
        raise StoreReadError(WriteProblem.OTHER, str(failure)) from failure
    folder = media_dir(store) / "exports"
    target = folder / f"{Path(post.image).stem}-{network}-{size[0]}x{size[1]}{suffix}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        _write_atomic(target, data)
    except OSError as failure:
        problem = WriteProblem.DISK_FULL if failure.errno == errno.ENOSPC else WriteProblem.OTHER
        raise StoreWriteError(problem, str(failure)) from failure
    return target


def _exported_bytes(source: Path, post: Post, network: str) -> tuple[bytes, str, tuple[int, int]]:
    from PIL import Image

    with Image.open(source, formats=tuple(FORMATS)) as opened:
        opened.load()
        image = flattened(opened)  # framed as the owner saw it, no orientation tag, feeds' colours on white
    cropped = image.crop(pixel_box(crop_for(post, network, image.size), *image.size))
    shape = shape_for(shape_key(post, network))
    if shape is not None:
        cropped = cropped.resize(shape.export_size(cropped.width / cropped.height), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    cropped.save(out, "JPEG", quality=92)
    return out.getvalue(), ".jpg", cropped.size
