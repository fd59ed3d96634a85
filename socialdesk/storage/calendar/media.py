"""Images attached to posts: checked with Pillow, copied into `media/` beside the data file."""

import hashlib
import shutil
import tempfile
import warnings
from enum import Enum
from pathlib import Path


MAX_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel photo is already more than any network keeps
THUMB_SIZE = (320, 320)
FORMATS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}


class ImageProblem(str, Enum):
    UNREADABLE = "unreadable"  # missing file or no permission
    TOO_BIG_FILE = "too_big_file"
    TOO_MANY_PIXELS = "too_many_pixels"  # also decompression bombs
    NOT_AN_IMAGE = "not_an_image"  # broken, truncated or another kind of file
    FORMAT = "format"  # an image, but not JPEG, PNG, GIF or WebP


class ImageRefused(Exception):
    def __init__(self, problem: ImageProblem):
        super().__init__(problem.value)
        self.problem = problem


def media_dir(store) -> Path:
    """`media/` beside the data file (a temporary folder for an in-memory store)."""
    if store.path is None:
        folder = Path(tempfile.gettempdir()) / "socialdesk-media"
    else:
        folder = Path(store.path).parent / "media"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def check_image(source: Path) -> str:
    """The file's format (JPEG, PNG…), or ImageRefused; the whole image is decoded once."""
    from PIL import Image, UnidentifiedImageError  # Pillow only when an image is chosen

    try:
        if source.stat().st_size > MAX_BYTES:
            raise ImageRefused(ImageProblem.TOO_BIG_FILE)
    except OSError:
        raise ImageRefused(ImageProblem.UNREADABLE) from None
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(source) as image:
                kind = image.format
                if image.width * image.height > MAX_PIXELS:
                    raise ImageRefused(ImageProblem.TOO_MANY_PIXELS)
                if kind not in FORMATS:
                    raise ImageRefused(ImageProblem.FORMAT)
                image.load()
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRefused(ImageProblem.TOO_MANY_PIXELS) from None
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
            raise ImageRefused(ImageProblem.NOT_AN_IMAGE) from None
    return kind


def import_image(store, source: Path) -> str:
    """Check, copy and thumbnail an image; returns its file name inside the media folder."""
    source = Path(source)
    kind = check_image(source)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:20]
    name = digest + FORMATS[kind]
    folder = media_dir(store)
    target = folder / name
    if not target.exists():
        partial = folder / f".{name}.partial"
        shutil.copyfile(source, partial)
        partial.replace(target)
    make_thumbnail(target)
    return name


def thumbnail_path(store, name: str) -> Path:
    return media_dir(store) / "thumbs" / (Path(name).stem + ".png")


def make_thumbnail(image_path: Path) -> Path:
    from PIL import Image

    thumbs = image_path.parent / "thumbs"
    thumbs.mkdir(mode=0o700, exist_ok=True)
    target = thumbs / (image_path.stem + ".png")
    if not target.exists():
        with Image.open(image_path) as image:
            image.thumbnail(THUMB_SIZE)
            image.convert("RGBA").save(target, "PNG")
    return target
