"""Each image checked against each network's shapes, cropped per network with a movable frame, exported at size."""

import hashlib
import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from socialdesk.domain.calendar.image_shapes import SHAPES, default_crop, fits
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image, media_dir
from socialdesk.storage.drafts import draft_to_post, merged_onto, post_to_draft
from socialdesk.ui.calendar.crop_dialog import CropDialog
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.i18n import install_translators

CLOCK = fixed_clock(date(2026, 11, 26))


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _image(store, tmp_path, size=(1600, 1000)) -> str:
    """A landscape photo (16:10): too wide for Google (4:3) and Pinterest (2:3), fine for Instagram."""
    path = tmp_path / "vitrine.png"
    image = Image.new("RGB", size, "white")
    image.paste(Image.new("RGB", (size[0] // 4, size[1]), "red"), (0, 0))  # a red band on the left
    image.save(path)
    return import_image(store, path)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ----- the table
@pytest.mark.parametrize("network, size, expected", [
    ("instagram", (1080, 1350), True), ("instagram", (1080, 1920), False), ("instagram", (1910, 1000), True),
    ("instagram", (3000, 1000), False), ("google", (1200, 900), True), ("google", (1600, 1000), False),
    ("pinterest", (1000, 1500), True), ("x", (1600, 900), True), ("x", (900, 1600), False),
    ("tiktok", (1, 5), True)])
def test_fits_follows_the_domain_table(network, size, expected):
    assert fits(network, *size) is expected


def test_the_default_crop_is_the_largest_centred_one_the_network_takes():
    left, top, w, h = default_crop("google", 1600, 1000)
    assert (h, top) == (1.0, 0.0) and w * 1600 / 1000 == pytest.approx(4 / 3) and left == pytest.approx((1 - w) / 2)
    assert default_crop("instagram", 1600, 1000) == (0.0, 0.0, 1.0, 1.0)
    assert all(s.narrowest <= s.widest and s.export_width > 0 for s in SHAPES)


# ----- the post dialog and the crop dialog
def _dialog(qtbot, store, post) -> PostDialog:
    dialog = PostDialog(None, post, store, None, True, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_only_the_networks_the_image_does_not_fit_offer_a_crop(qtbot, file_store, tmp_path, language):
    post = Post(day=date(2026, 11, 27), networks=("instagram", "google"), text="Vitrine",
                image=_image(file_store, tmp_path))
    dialog = _dialog(qtbot, file_store, post)
    assert list(dialog.crop_buttons) == ["google"]
    assert dialog.crop_buttons["google"].text() == ("Crop for Google…" if language == "en" else "Recadrer pour Google…")
    assert "4:3" in dialog.shape_note.text() and dialog.shape_note.isVisible()
    dialog.networks.boxes["pinterest"].setChecked(True)
    assert list(dialog.crop_buttons) == ["google", "pinterest"]
    dialog.networks.boxes["google"].setChecked(False)
    dialog.networks.boxes["pinterest"].setChecked(False)
    assert dialog.crop_buttons == {} and not dialog.shapes_box.isVisible()


def test_the_shape_hint_writes_decimals_as_the_language_does(qtbot, file_store, tmp_path, language):
    post = Post(day=date(2026, 11, 27), networks=("instagram",), text="Vitrine",
                image=_image(file_store, tmp_path, size=(1000, 2000)))  # too tall for Instagram
    note = _dialog(qtbot, file_store, post).shape_note.text()
    assert ("4:5 – 1.91:1" if language == "en" else "4:5 – 1,91:1") in note


def _crop_in_dialog(qtbot, dialog, network, act) -> None:
    """Open the crop dialog from its button, let `act` drive it, then press OK."""
    def drive():
        crop = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CropDialog) and w.isVisible())
        act(crop)
        crop.accept()
    QTimer.singleShot(0, drive)
    dialog.crop_buttons[network].click()


def test_the_frame_is_dragged_and_moved_with_arrows_and_the_crop_is_stored(qtbot, file_store, tmp_path):
    name = _image(file_store, tmp_path)
    original = media_dir(file_store) / name
    before = _sha(original)
    post = Post(day=date(2026, 11, 27), networks=("google",), text="Vitrine", image=name)
    dialog = _dialog(qtbot, file_store, post)
    seen = {}

    def act(crop):
        frame = crop.frame
        frame.resize(640, 400)  # the 1600 × 1000 image fills it: 1 px = 1/640 of its width
        start = frame.box
        assert frame.box[0] == pytest.approx((1 - start[2]) / 2)
        centre = frame.frame_rect().center().toPoint()
        qtbot.mousePress(frame, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseMove(frame, centre - QPoint(1000, 0))  # far past the edge: the frame stops there
        qtbot.mouseRelease(frame, Qt.MouseButton.LeftButton, pos=centre - QPoint(1000, 0))
        seen["dragged"] = frame.box
        qtbot.keyClick(frame, Qt.Key.Key_Right)
        qtbot.keyClick(frame, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(frame, Qt.Key.Key_Up)  # the frame is the image's full height: it cannot go up
        seen["moved"] = frame.box

    _crop_in_dialog(qtbot, dialog, "google", act)
    assert seen["dragged"][0] == 0.0
    assert seen["moved"][0] == pytest.approx(0.11) and seen["moved"][1] == 0.0
    dialog.accept()
    file_store.calendar.add(dialog.post())
    raw = sqlite3.connect(file_store.path).execute("SELECT crops FROM posts").fetchone()[0]
    stored = json.loads(raw)
    assert stored["image"] == name
    left, top, w, h = stored["boxes"]["google"]
    assert (left, top, h) == (pytest.approx(0.11), 0.0, 1.0) and w * 1600 / 1000 == pytest.approx(4 / 3, rel=1e-3)
    assert _sha(original) == before  # the original file is never rewritten
    assert file_store.calendar.all_posts()[0].crops["google"][0] == pytest.approx(0.11)


def test_a_crop_drawn_on_another_image_is_not_used(file_store, tmp_path):
    name = _image(file_store, tmp_path)
    file_store.calendar.add(Post(networks=("google",), image=name, crops={"google": (0.1, 0.0, 0.8333, 1.0)}))
    with sqlite3.connect(file_store.path) as conn:
        conn.execute("UPDATE posts SET image = 'autre.png'")
    assert file_store.calendar.all_posts()[0].crops == {}


def test_a_recovered_draft_keeps_its_crops_and_never_an_older_images(file_store, tmp_path):
    name = _image(file_store, tmp_path)
    stored = Post(id=1, networks=("google",), image=name, crops={"google": (0.1, 0.0, 0.8333, 1.0)})
    draft = draft_to_post(json.loads(json.dumps(post_to_draft(replace(stored, crops={"google": (0.0, 0.0, 0.8333, 1.0)})))))
    assert merged_onto(stored, draft).crops == {"google": (0.0, 0.0, 0.8333, 1.0)}
    other = draft_to_post(json.loads(json.dumps(post_to_draft(replace(stored, image="autre.png", crops={})))))
    assert merged_onto(stored, other).crops == {}  # the stored crop was drawn on the other image


def test_choosing_another_image_forgets_the_crops(qtbot, file_store, tmp_path):
    name = _image(file_store, tmp_path)
    post = Post(networks=("google",), text="Vitrine", image=name, crops={"google": (0.0, 0.0, 0.8333, 1.0)})
    dialog = _dialog(qtbot, file_store, post)
    assert "google" in dialog.post().crops
    other = tmp_path / "autre.png"
    Image.new("RGB", (1200, 900), "blue").save(other)
    assert dialog.set_image_file(other)
    assert dialog.post().crops == {} and dialog.crop_buttons == {}  # a 4:3 image fits Google


# ----- the publishing assistant
def test_copy_image_exports_the_crop_at_the_networks_size(qtbot, file_store, tmp_path, language):
    name = _image(file_store, tmp_path)
    original = media_dir(file_store) / name
    before = _sha(original)
    post = Post(day=date(2026, 11, 27), networks=("google", "instagram"), text="Vitrine", image=name,
                alt_text="La vitrine", status=PostStatus.PLANNED, crops={"google": (0.0, 0.0, 0.8333333, 1.0)})
    dialog = PublishDialog(None, post, file_store)
    qtbot.addWidget(dialog)
    dialog.image_buttons["google"].click()
    assert dialog.image_buttons["google"].text() == (
        "Copy image for Google Business Profile" if language == "en"
        else "Copier l'image pour Google Business Profile")
    clip = QGuiApplication.clipboard().mimeData()
    path = Path(clip.urls()[0].toLocalFile())
    with Image.open(path) as exported:
        assert exported.size == (1200, 900)
        assert exported.getpixel((10, 450))[0] > 200 and exported.getpixel((10, 450))[1] < 60  # the left band kept
    assert QGuiApplication.clipboard().image().size().width() == 1200
    assert str(path) in dialog.feedback.text()
    dialog.image_buttons["instagram"].click()  # 16:10 fits Instagram: the whole image, 1080 wide
    with Image.open(Path(QGuiApplication.clipboard().mimeData().urls()[0].toLocalFile())) as exported:
        assert exported.size == (1080, 675)
    assert _sha(original) == before
