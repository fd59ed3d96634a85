"""The demo file's market post has a picture: drawn at creation, described (alt text), cropped by hand for Google."""

from datetime import date

from PIL import Image

from socialdesk.domain.calendar.image_shapes import fits
from socialdesk.domain.calendar.ready_text import needs_alt_text
from socialdesk.storage.calendar.crop_export import export_image
from socialdesk.storage.calendar.media import media_dir
from socialdesk.storage.demo import seed_demo


def test_the_demo_has_a_described_portrait_image_with_its_own_google_crop(file_store):
    seed_demo(file_store, date(2026, 11, 26))
    posts = [p for p in file_store.calendar.all_posts() if p.image]
    assert len(posts) == 1
    post = posts[0]
    assert "Croix-Rousse" in post.text and {"instagram", "google"} <= set(post.networks)
    assert post.alt_text.startswith("Une miche de pain") and not needs_alt_text(post)
    with Image.open(media_dir(file_store) / post.image) as image:  # a real file beside the data file
        assert image.format == "PNG" and image.size == (1080, 1350)
        size = image.size
        colours = image.convert("RGB").getcolors(maxcolors=64)
    assert colours is not None and len(colours) >= 4  # a drawing, not a blank rectangle
    assert fits("instagram", *size) and not fits("google", *size)  # the shape warning shows, for Google only
    assert set(post.crops) == {"google"}
    with Image.open(export_image(file_store, post, "google")) as exported:
        assert exported.size == (1200, 900)
        assert exported.convert("RGB").getpixel((600, 450))[2] < 120  # the golden loaf, not the cream around it
