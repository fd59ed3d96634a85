"""Images the owner picks (a post's photo, a QR logo): bombs, truncated files and non-images are refused cleanly."""

import io
import random
import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from hypothesis_profiles import TRIED, fast_and_long
from socialdesk.qr.logo import LogoRefused, logo_from_bytes
from socialdesk.storage.calendar.media import ImageRefused, import_image, media_dir


def _png(width: int = 120, height: int = 90, seed: int = 1) -> bytes:
    noise = random.Random(seed).randbytes(width * height * 3)
    out = io.BytesIO()
    Image.frombytes("RGB", (width, height), noise).save(out, format="PNG")
    return out.getvalue()


def _bomb(width: int, height: int) -> bytes:
    """A tiny valid PNG that claims width x height pixels of one colour (IDAT of zeros, well compressed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = zlib.compressobj(9)
    line = b"\x00" + b"\x00" * ((width + 7) // 8)
    body = b"".join(rows.compress(line) for _ in range(min(height, 2000))) + rows.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")


BAD_IMAGES = {
    "bomb_50000x50000": _bomb(50_000, 50_000),
    "bomb_100000x1000": _bomb(100_000, 1_000),
    "truncated_png": _png()[:700],
    "header_only": _png()[:33],
    "text": "Boulangerie Léa, 12 rue Mercière\n".encode() * 20,
    "pdf": b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n",
    "zero_bytes": b"",
    "svg_with_script": b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
}


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # Pillow warns, then we refuse
@pytest.mark.parametrize("name", sorted(BAD_IMAGES))
def test_bad_logos_are_refused(name):
    with pytest.raises(LogoRefused):
        logo_from_bytes(BAD_IMAGES[name])


@pytest.mark.parametrize("name", sorted(BAD_IMAGES))
def test_bad_post_images_are_refused_and_nothing_is_copied(file_store, tmp_path, name):
    source = tmp_path / f"{name}.png"
    source.write_bytes(BAD_IMAGES[name])
    with pytest.raises(ImageRefused):
        import_image(file_store, source)
    assert [p.name for p in media_dir(file_store).rglob("*") if p.is_file()] == []


def test_a_good_image_still_goes_in(file_store, tmp_path):
    source = tmp_path / "pain.png"
    source.write_bytes(_png())
    name = import_image(file_store, source)
    assert (media_dir(file_store) / name).read_bytes() == source.read_bytes()


def damaged_images_are_refused():
    """A real PNG or JPEG cut or scribbled anywhere: refused with our error, or a sound image."""
    originals = [_png(), _jpeg()]

    @given(st.sampled_from(originals), st.integers(0, 10**6), st.lists(st.tuples(st.integers(0, 10**6),
           st.binary(min_size=1, max_size=16)), max_size=3))
    def prop(original, cut, scribbles):
        TRIED["damaged_images_are_refused"] += 1
        data = bytearray(original[: cut % (len(original) + 1)])
        for offset, junk in scribbles:
            if data:
                start = offset % len(data)
                data[start:start + len(junk)] = junk
        try:
            logo = logo_from_bytes(bytes(data))
        except LogoRefused:
            return
        assert logo.width > 0 and logo.height > 0
    return prop


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.frombytes("RGB", (64, 48), random.Random(2).randbytes(64 * 48 * 3)).save(out, format="JPEG")
    return out.getvalue()


test_damaged_images_are_refused, test_damaged_images_are_refused_long = fast_and_long(
    damaged_images_are_refused, 60, 3000)
