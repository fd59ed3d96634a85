"""A phone photo (pixels stored sideways, EXIF orientation 6) is sized, shown, cropped and exported upright."""

from datetime import date

from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.crop_export import export_image, image_size
from socialdesk.storage.calendar.media import import_image, thumbnail_path
from socialdesk.ui.calendar import card_thumbs
from socialdesk.ui.calendar.crop_dialog import CropDialog
from socialdesk.ui.calendar.post_dialog import PostDialog

ORIENTATION = 0x0112


def _phone_photo(store, tmp_path) -> str:
    """Raw 1200×900 pixels, red on the raw left: seen upright it is a 900×1200 portrait, red at the top."""
    raw = Image.new("RGB", (1200, 900), "white")
    raw.paste(Image.new("RGB", (400, 900), "red"), (0, 0))
    exif = Image.Exif()
    exif[ORIENTATION] = 6  # turn 90° clockwise to show, as phones write it
    path = tmp_path / "IMG_0042.jpg"
    raw.save(path, "JPEG", exif=exif.tobytes())
    return import_image(store, path)


def _red(rgb) -> bool:
    return rgb[0] > 200 and rgb[1] < 60 and rgb[2] < 60


def _white(rgb) -> bool:
    return min(rgb[:3]) > 200


def test_the_size_the_export_and_the_thumbnail_are_upright(file_store, tmp_path):
    name = _phone_photo(file_store, tmp_path)
    assert image_size(file_store, name) == (900, 1200)
    post = Post(day=date(2026, 12, 8), networks=("instagram",), text="Roses", image=name, alt_text="Roses",
                status=PostStatus.PLANNED)
    with Image.open(export_image(file_store, post, "instagram")) as exported:
        assert exported.size == (1080, 1350)  # a 4:5 portrait, not a landscape lying on its side
        assert exported.getexif().get(ORIENTATION) is None  # no tag left for a network to turn it again
        assert _red(exported.getpixel((540, 5))) and _white(exported.getpixel((540, 1340)))
    with Image.open(thumbnail_path(file_store, name)) as thumb:
        assert thumb.height > thumb.width
        assert _red(thumb.getpixel((thumb.width // 2, 1))) and _white(thumb.getpixel((thumb.width // 2, thumb.height - 2)))


def _rgb(image, x, y):
    colour = QColor(image.pixel(x, y))
    return colour.red(), colour.green(), colour.blue()


def test_the_crop_dialog_and_the_card_show_it_upright(qtbot, file_store, tmp_path):
    name = _phone_photo(file_store, tmp_path)
    post = Post(day=date(2026, 12, 8), networks=("google",), text="Roses", image=name, alt_text="Roses")
    dialog = PostDialog(None, post, file_store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.show()
    seen = []

    def look():
        crop = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CropDialog) and w.isVisible())
        seen.append(crop.frame._pixmap.toImage())
        crop.reject()
    QTimer.singleShot(0, look)
    dialog.crop_buttons["google"].click()
    shown = seen[0]
    assert (shown.width(), shown.height()) == (900, 1200)
    assert _red(_rgb(shown, 450, 5)) and _white(_rgb(shown, 450, 1195))
    assert dialog.thumb.pixmap().height() > dialog.thumb.pixmap().width()

    thumbnail_path(file_store, name).unlink()  # the card then reads the photo itself
    card_thumbs._THUMBS.clear()
    square = card_thumbs.card_thumb(file_store, name, 90, 1.0).toImage()
    assert _red(_rgb(square, 45, 8)) and _white(_rgb(square, 45, 80))
