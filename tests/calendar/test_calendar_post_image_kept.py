"""A refused image choice in the post dialog leaves the image the post keeps in view, and says so."""

from datetime import date

import pytest
from PIL import Image
from PySide6.QtGui import QColor

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

WORDS = {
    "en": ("This file is not an image", "The post keeps the image shown above.", "The post has no image."),
    "fr": ("Ce fichier n'est pas une image", "La publication garde l'image affichée au-dessus.",
           "La publication n'a pas d'image."),
}


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _choose(qtbot, dialog, path):
    """As the Choose image… button does: checked and copied in the background, OK waits for it."""
    dialog.load_image_file(path)
    qtbot.waitUntil(dialog.ok_button.isEnabled, timeout=10_000)


def _shown_colour(dialog) -> QColor | None:
    pixmap = dialog.thumb.pixmap()
    if pixmap.isNull():
        return None
    picture = pixmap.toImage()
    return picture.pixelColor(picture.width() // 2, picture.height() // 2)


def test_a_refused_image_leaves_the_earlier_one_shown_kept_and_said(qtbot, file_store, tmp_path, language):
    problem, keeps, none = WORDS[language]
    red = tmp_path / "croissant.png"
    Image.new("RGB", (300, 200), (200, 20, 20)).save(red)
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"date;text\n2026-11-27;Pain\n")
    dialog = PostDialog(None, Post(day=date(2026, 11, 27), status=PostStatus.PLANNED), file_store, None, True,
                        clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.show()

    _choose(qtbot, dialog, broken)
    assert dialog.image_note.isVisible() and problem in dialog.image_note.text() and none in dialog.image_note.text()
    assert _shown_colour(dialog) is None and dialog.post().image == ""

    _choose(qtbot, dialog, red)
    kept = dialog.post().image
    assert kept and not dialog.image_note.isVisible()
    assert _shown_colour(dialog).red() > 150

    _choose(qtbot, dialog, broken)
    assert dialog.image_note.isVisible()
    assert problem in dialog.image_note.text() and keeps in dialog.image_note.text()
    colour = _shown_colour(dialog)  # the thumbnail of the kept image stays in view beside the refusal
    assert colour is not None and colour.red() > 150 and colour.green() < 60
    assert dialog.post().image == kept  # what OK saves is what the dialog shows

    dialog.remove_image.click()
    assert not dialog.image_note.isVisible() and _shown_colour(dialog) is None and dialog.post().image == ""
