"""Odd images: 16-bit and float greys scaled (not clipped), transparency laid on white, animation and small images
told, and an Instagram post marked as a Story checked, cropped and exported at 9:16."""

import json
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image, ImageStat

from socialdesk.domain.calendar.image_shapes import STORY_KEY
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.crop_export import export_image
from socialdesk.storage.calendar.media import import_image, thumbnail_path, upright
from socialdesk.storage.drafts import draft_to_post, merged_onto, post_to_draft
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

CLOCK = fixed_clock(date(2026, 11, 26))


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _dialog(qtbot, store, post) -> PostDialog:
    dialog = PostDialog(None, post, store, None, True, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _post(name: str, *networks: str, **fields) -> Post:
    return Post(day=date(2026, 11, 27), networks=networks or ("google",), text="Vitrine", image=name,
                alt_text="La vitrine", status=PostStatus.PLANNED, **fields)


def _exported(store, post, network) -> Image.Image:
    path = export_image(store, post, network)
    with Image.open(path) as image:
        image.load()
        return image


def _grey_gradient(mode: str, top: float, size=(400, 300)) -> Image.Image:
    """Black on the left to `top` (the mode's white) on the right, in that mode."""
    ramp = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90)
    wide = ramp.resize(size).convert("F").point(lambda v: v * (top / 255))
    return wide if mode == "F" else wide.convert("I").convert(mode) if mode != "I" else wide.convert("I")


def test_a_16_bit_grey_png_is_exported_and_thumbnailed_as_a_gradient_not_white(file_store, tmp_path):
    source = tmp_path / "gradient.png"
    _grey_gradient("I;16", 65535).save(source)
    with Image.open(source) as check:
        assert check.mode == "I;16"  # a real 16-bit PNG
    name = import_image(file_store, source)
    exported = _exported(file_store, _post(name, "google"), "google").convert("L")
    assert exported.size == (1200, 900)
    assert exported.getpixel((10, 450)) < 15 and exported.getpixel((1190, 450)) > 240
    assert 110 < ImageStat.Stat(exported).mean[0] < 145  # a gradient averages mid-grey; clipped, it was ~255
    with Image.open(thumbnail_path(file_store, name)) as thumb:  # the thumbnail reads it the same way
        assert 110 < ImageStat.Stat(thumb.convert("L")).mean[0] < 145


@pytest.mark.parametrize("mode, top", [("I", 65535), ("I", 1 << 20), ("F", 1.0), ("F", 4000.0)])
def test_32_bit_and_float_greys_are_scaled_to_8_bits(mode, top):
    """No format the app takes stores them, but a decoder may give them: the one helper scales them too."""
    grey = upright(_grey_gradient(mode, top)).convert("L")
    assert grey.getpixel((0, 0)) < 5 and 115 < grey.getpixel((200, 0)) < 140 and grey.getpixel((399, 0)) > 250


def test_a_16_bit_colour_png_keeps_its_colours(file_store, tmp_path):
    source = tmp_path / "rgb16.png"
    # Pillow writes no 16-bit colour PNG: the bytes are written by hand (IHDR bit depth 16, colour type 2).
    import struct
    import zlib
    width, height = 64, 48
    rows = b"".join(b"\x00" + struct.pack(">HHH", 0x8000, 0x2000, 0xFFFF) * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 16, 2, 0, 0, 0))
                       + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))
    name = import_image(file_store, source)
    red, green, blue = (round(v) for v in ImageStat.Stat(_exported(file_store, _post(name, "google"), "google")).mean)
    assert abs(red - 128) < 4 and abs(green - 32) < 4 and blue > 250


# ----- transparency and animation
def test_a_transparent_png_is_exported_as_a_jpeg_on_white(file_store, tmp_path):
    source = tmp_path / "logo.png"
    image = Image.new("RGBA", (1080, 1350), (0, 0, 0, 0))  # transparent black: feeds showed it black
    image.paste(Image.new("RGBA", (100, 100), (200, 0, 0, 255)), (490, 625))
    image.save(source)
    name = import_image(file_store, source)
    path = export_image(file_store, _post(name, "instagram"), "instagram")
    with Image.open(path) as exported:
        assert exported.format == "JPEG" and exported.mode == "RGB" and path.suffix == ".jpg"
        assert exported.getpixel((5, 5)) == (255, 255, 255) or min(exported.getpixel((5, 5))) > 250
        red = exported.getpixel((540, 675))
        assert red[0] > 180 and red[1] < 40


def _animated_gif(path, size=(500, 500)):
    frames = [Image.new("RGB", size, colour) for colour in ("red", "green", "blue")]
    frames[0].save(path, save_all=True, append_images=frames[1:], duration=200, loop=0)


def test_an_animated_image_is_told_and_its_first_frame_exported(qtbot, file_store, tmp_path, language):
    source = tmp_path / "anim.gif"
    _animated_gif(source, (1200, 900))
    dialog = _dialog(qtbot, file_store, _post("", "google"))
    assert dialog.set_image_file(source)
    expected = ("Animated image: only its first frame is published." if language == "en"
                else "Image animée : seule sa première image est publiée.")
    assert expected in dialog.shape_note.text().replace("\u00a0", " ") and dialog.shapes_box.isVisible()
    exported = _exported(file_store, dialog.post(), "google")
    red = exported.getpixel((600, 450))
    assert red[0] > 200 and red[1] < 50  # the first frame
    Image.new("RGB", (1200, 900), "red").save(still := tmp_path / "still.png")
    assert dialog.set_image_file(still)
    assert "Animated" not in dialog.shape_note.text() and "animée" not in dialog.shape_note.text()


# ----- small images
@pytest.mark.parametrize("size", [(1, 1), (30, 20), (400, 300)])
def test_a_small_image_is_told_for_the_networks_that_blow_it_up(qtbot, file_store, tmp_path, language, size):
    source = tmp_path / "petit.png"
    Image.new("RGB", size, "red").save(source)
    dialog = _dialog(qtbot, file_store, _post("", "instagram", "google"))
    assert dialog.set_image_file(source)
    note = dialog.shape_note.text()
    if size == (400, 300):  # under Instagram's 320, at Google's 300
        assert dialog.too_small_for() == ["instagram"]
    else:
        assert dialog.too_small_for() == ["instagram", "google"]
    words = ("Small image", "blurry", "320") if language == "en" else ("Petite image", "floue", "320")
    assert all(w in note for w in words), note
    big = tmp_path / "grand.png"
    Image.new("RGB", (1200, 900), "red").save(big)
    assert dialog.set_image_file(big)
    assert dialog.too_small_for() == [] and words[0] not in dialog.shape_note.text()


# ----- Instagram Stories
def _story_image(store, tmp_path) -> str:
    """1080 × 1920, a red band at the top: a Story as phones make them."""
    source = tmp_path / "story.png"
    image = Image.new("RGB", (1080, 1920), "white")
    image.paste(Image.new("RGB", (1080, 200), "red"), (0, 0))
    image.save(source)
    return import_image(store, source)


def test_an_instagram_post_marked_as_a_story_is_checked_and_exported_at_9_16(qtbot, file_store, tmp_path, language):
    name = _story_image(file_store, tmp_path)
    dialog = _dialog(qtbot, file_store, _post(name, "instagram"))
    assert dialog.story_box.isVisible() and not dialog.story_box.isChecked()
    assert dialog.misfits() == ["instagram"]  # 9:16 is too tall for the feed
    feed = _exported(file_store, dialog.post(), "instagram")
    assert feed.size == (1080, 1350) and feed.getpixel((540, 20))[1] > 200  # the middle: the red band is cut off
    dialog.story_box.setChecked(True)
    assert dialog.misfits() == [] and dialog.crop_buttons == {}
    post = dialog.post()
    assert post.extra.get(STORY_KEY) is True
    story = _exported(file_store, post, "instagram")
    assert story.size == (1080, 1920) and story.getpixel((540, 20))[1] < 60  # the whole image, band kept
    dialog.networks.boxes["instagram"].setChecked(False)
    dialog.networks.boxes["google"].setChecked(True)
    assert not dialog.story_box.isVisible() and STORY_KEY not in dialog.post().extra


def test_a_square_image_for_a_story_is_cropped_to_9_16(qtbot, file_store, tmp_path, language):
    source = tmp_path / "carre.png"
    Image.new("RGB", (1500, 1500), "blue").save(source)
    name = import_image(file_store, source)
    dialog = _dialog(qtbot, file_store, _post(name, "instagram", extra={STORY_KEY: True}))
    assert dialog.story_box.isChecked()
    assert dialog.misfits() == ["instagram"] and "instagram" in dialog.crop_buttons
    assert "9:16" in dialog.shape_note.text()
    assert ("Instagram Story" if language == "en" else "Story Instagram") in dialog.shape_note.text()
    assert _exported(file_store, dialog.post(), "instagram").size == (1080, 1920)


def test_a_feed_crop_is_not_used_for_a_story(file_store, tmp_path):
    name = _story_image(file_store, tmp_path)
    feed_crop = (0.0, 0.0, 1.0, 0.703125)  # 4:5 at the top
    post = _post(name, "instagram", crops={"instagram": feed_crop})
    assert _exported(file_store, post, "instagram").size == (1080, 1350)
    story = replace(post, extra={STORY_KEY: True})
    assert _exported(file_store, story, "instagram").size == (1080, 1920)  # the whole 9:16, not a stretched 4:5


def test_the_story_mark_survives_the_file_and_a_recovered_draft(file_store, tmp_path):
    name = _story_image(file_store, tmp_path)
    file_store.calendar.add(_post(name, "instagram", extra={STORY_KEY: True}))
    stored = file_store.calendar.all_posts()[0]
    assert stored.extra.get(STORY_KEY) is True
    draft = draft_to_post(json.loads(json.dumps(post_to_draft(replace(stored, extra={})))))
    assert STORY_KEY not in merged_onto(stored, draft).extra  # unticked in the dialog, unticked in the draft
    draft = draft_to_post(json.loads(json.dumps(post_to_draft(stored))))
    assert merged_onto(replace(stored, extra={}), draft).extra.get(STORY_KEY) is True
