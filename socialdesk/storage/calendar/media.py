"""Images attached to posts: checked with Pillow, copied into `media/` beside the data file."""

import errno
import io
import os
import stat
import tempfile
import warnings
from enum import Enum
from pathlib import Path

from socialdesk.input_files import InputProblem, InputRefused, read_bounded


MAX_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 60_000_000  # a 60-megapixel photo is already more than any network keeps
THUMB_SIZE = (320, 320)
MAX_THUMB_BYTES = 2 * 1024 * 1024  # a 320-pixel PNG is far smaller; anything bigger was put there by hand
FORMATS = {"JPEG": ".jpg", "PNG": ".png", "GIF": ".gif", "WEBP": ".webp"}
# Other images an owner may pick (BMP, TIFF, EPS, PSD, SVG, HEIC…): told to choose another format.
_OTHER_IMAGES = (b"BM", b"II*\x00", b"MM\x00*", b"%!PS", b"\xc5\xd0\xd3\xc6", b"8BPS", b"<svg", b"<?xml",
                 b"\x00\x00\x01\x00", b"\x00\x00\x00\x18ftyp", b"\x00\x00\x00\x1cftyp")


class ImageProblem(str, Enum):
    UNREADABLE = "unreadable"  # missing file or no permission
    NOT_A_FILE = "not_a_file"  # a folder, a pipe, a device, a link that loops
    TOO_BIG_FILE = "too_big_file"
    TOO_MANY_PIXELS = "too_many_pixels"  # also decompression bombs
    NOT_AN_IMAGE = "not_an_image"  # broken, truncated or another kind of file
    FORMAT = "format"  # an image, but not JPEG, PNG, GIF or WebP


class ImageRefused(Exception):
    def __init__(self, problem: ImageProblem):
        super().__init__(problem.value)
        self.problem = problem


def media_path(store) -> Path:
    """Where `media/` is or would be, beside the data file (a temporary folder for an in-memory store); not made."""
    if store.path is None:
        return Path(tempfile.gettempdir()) / "socialdesk-media"
    return Path(store.path).parent / "media"


def media_dir(store) -> Path:
    """`media/` beside the data file (a temporary folder for an in-memory store), made when missing."""
    folder = media_path(store)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def read_image(source: Path) -> bytes:
    """The file's bytes: a regular file of at most MAX_BYTES, read once (ImageRefused otherwise)."""
    try:
        return read_bounded(source, MAX_BYTES)
    except InputRefused as refused:
        if refused.problem is InputProblem.TOO_BIG:
            raise ImageRefused(ImageProblem.TOO_BIG_FILE) from None
        if refused.problem is InputProblem.NOT_A_FILE or getattr(refused.cause, "errno", None) == errno.ELOOP:
            raise ImageRefused(ImageProblem.NOT_A_FILE) from None
        raise ImageRefused(ImageProblem.UNREADABLE) from None


def check_image_bytes(data: bytes) -> str:
    """The format of these bytes, decoding only JPEG, PNG, GIF and WebP (never EPS and its Ghostscript)."""
    from PIL import Image  # Pillow only when an image is chosen

    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=tuple(FORMATS)) as image:
                kind = image.format
                if image.width * image.height > MAX_PIXELS:
                    raise ImageRefused(ImageProblem.TOO_MANY_PIXELS)
                image.load()
        except ImageRefused:
            raise
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise ImageRefused(ImageProblem.TOO_MANY_PIXELS) from None
        except Image.UnidentifiedImageError:
            known = data.lstrip()[:12].startswith(_OTHER_IMAGES)
            raise ImageRefused(ImageProblem.FORMAT if known else ImageProblem.NOT_AN_IMAGE) from None
        except Exception:  # noqa: BLE001 - Pillow's decoders fail on hostile bytes in many ways
            raise ImageRefused(ImageProblem.NOT_AN_IMAGE) from None
    return kind


def import_image(store, source: Path) -> str:
    """Check, copy and thumbnail an image; returns its file name inside the media folder."""
    from hashlib import sha256  # with OpenSSL: when an image is added, not as the calendar opens

    data = read_image(Path(source))
    kind = check_image_bytes(data)
    name = sha256(data).hexdigest()[:20] + FORMATS[kind]
    target = media_dir(store) / name
    rewritten = not _holds(target, data)
    if rewritten:  # new, or damaged since (overwritten, truncated): a name alone is not trusted
        _write_atomic(target, data)
    make_thumbnail(target, fresh=rewritten)
    return name


def _holds(target: Path, data: bytes) -> bool:
    """Whether `target` is a plain file with exactly these bytes (its size is checked before it is read)."""
    try:
        info = os.lstat(target)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        from hashlib import sha256

        return sha256(target.read_bytes()).digest() == sha256(data).digest()
    except OSError:
        return False


def _write_atomic(target: Path, data: bytes) -> None:
    """The bytes checked are the bytes kept: a private temporary file, synced, then renamed over `target`."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, target)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise


def upright(image):
    """The image as it is meant to be seen, in 8-bit RGB or RGBA: a phone photo's EXIF orientation applied (and
    its tag dropped), CMYK and palettes converted, 16-bit, 32-bit and float greys scaled (not clipped) to 8 bits.
    The one way an image is read for a thumbnail or an export."""
    from PIL import ImageOps

    image = _eight_bits(ImageOps.exif_transpose(image))
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in image.info
    return image.convert("RGBA" if has_alpha else "RGB")


def _eight_bits(image):
    """Greys of more than 8 bits as 8-bit greys ("L"): Pillow's own conversion clips them at 255 (all white)."""
    if not (image.mode.startswith("I") or image.mode.startswith("F")):
        return image
    wide = image.convert("F")
    low, high = wide.getextrema()
    if image.mode.startswith("I;16") or (image.mode == "I" and 0 <= low and high <= 65535):
        low, high = 0, 65535  # a 16-bit PNG: its full range, so a dark photo stays dark
    elif image.mode.startswith("F") and 0 <= low and high <= 1:
        low, high = 0, 1  # light as a fraction
    scale = 255 / (high - low) if high > low else 0
    return wide.point(lambda v: (v - low) * scale).convert("L")


def flattened(image):
    """An RGB image: transparent parts laid on white (feeds show transparency black or white, unpredictably)."""
    from PIL import Image

    image = upright(image)
    if image.mode == "RGB":
        return image
    white = Image.new("RGB", image.size, "white")
    white.paste(image, mask=image.getchannel("A"))
    return white


def is_animated(image) -> bool:
    """Whether the image has more than one frame (an animated GIF or WebP): only its first is published."""
    return bool(getattr(image, "is_animated", False)) and getattr(image, "n_frames", 1) > 1


def thumbnail_path(store, name: str) -> Path:
    """Where the image's thumbnail is or would be (nothing made)."""
    return _thumb_beside(media_path(store) / Path(name).name)


def _thumb_beside(image_path: Path) -> Path:
    return image_path.parent / "thumbs" / (image_path.stem + ".png")


def make_thumbnail(image_path: Path, fresh: bool = False) -> Path:
    """The image's thumbnail, drawn again when `fresh` (the image was rewritten) or the one there is no PNG."""
    from PIL import Image

    target = _thumb_beside(image_path)
    target.parent.mkdir(mode=0o700, exist_ok=True)
    if fresh or not _is_png(target):
        with Image.open(image_path, formats=tuple(FORMATS)) as opened:
            image = upright(opened)
            image.thumbnail(THUMB_SIZE)
            out = io.BytesIO()
            image.save(out, "PNG")
        _write_atomic(target, out.getvalue())
    return target


def _is_png(path: Path) -> bool:
    """A thumbnail we can show: a PNG that Pillow reads whole (a few kilobytes)."""
    from PIL import Image

    try:
        if os.path.getsize(path) > MAX_THUMB_BYTES:
            return False
        with Image.open(path, formats=("PNG",)) as image:
            image.load()
        return True
    except Exception:  # noqa: BLE001 - missing, replaced or truncated: drawn again
        return False
