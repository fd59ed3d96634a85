"""The alt text, the Google post form and the crops typed in the post dialog are in its draft and come back."""

import sys
from datetime import date
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.storage.drafts import load_drafts, merged_onto
from socialdesk.ui.calendar.crop_dialog import CropDialog
from socialdesk.ui.calendar.draft_keeper import reopening
from socialdesk.ui.calendar.post_dialog import PostDialog

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draft_file import draft_in_file  # noqa: E402

ALT = "Bouquet de roses rouges sur le comptoir en bois"


def _stored_post(store, tmp_path) -> Post:
    path = tmp_path / "roses.png"
    Image.new("RGB", (1600, 1000), (200, 30, 40)).save(path)  # 16:10: Google (4:3) offers a crop
    post = Post(day=date(2026, 12, 8), networks=("instagram", "google"), text="Roses", status=PostStatus.IDEA,
                image=import_image(store, path))
    store.calendar.add(post)
    return store.calendar.get(post.id)


def _dialog(qtbot, store, post) -> PostDialog:
    dialog = PostDialog(None, post, store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _kept(qtbot, store, check):
    """Wait, as the owner would before the power cut, until the draft in the file passes `check`."""
    qtbot.waitUntil(lambda: (draft := draft_in_file(store.path)) is not None and check(draft), timeout=3000)


def test_alt_text_google_form_and_crop_alone_are_kept_and_restored(qtbot, file_store, tmp_path):
    stored = _stored_post(file_store, tmp_path)
    dialog = _dialog(qtbot, file_store, stored)
    qtbot.keyClicks(dialog.alt_edit, ALT)  # nothing else touched
    _kept(qtbot, file_store, lambda d: d.get("alt_text") == ALT)
    dialog.google_kind.setCurrentIndex(dialog.google_kind.findData("offer"))
    dialog.google_title.setFocus()
    qtbot.keyClicks(dialog.google_title, "Offre fete des meres")
    _kept(qtbot, file_store, lambda d: (d.get("google_post") or {}).get("title") == "Offre fete des meres")

    def keep_crop():
        crop = next(w for w in QApplication.topLevelWidgets() if isinstance(w, CropDialog) and w.isVisible())
        crop.accept()
    QTimer.singleShot(0, keep_crop)
    dialog.crop_buttons["google"].click()
    _kept(qtbot, file_store, lambda d: "google" in d.get("crops", {}))

    # SocialDesk is killed here (the dialog never closes); at the next start the draft is opened again
    [(key, draft)] = load_drafts(file_store)
    with reopening(key):
        again = _dialog(qtbot, file_store, merged_onto(file_store.calendar.get(stored.id), draft))
    assert again.alt_edit.toPlainText() == ALT
    assert again.google_kind.currentData() == "offer" and again.google_title.text() == "Offre fete des meres"
    assert "google" in again.post().crops
    assert again.post().extra["google_post"]["kind"] == "offer"
