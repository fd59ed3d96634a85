"""The post dialog with everything showing fits a 1366 × 768 laptop (1366 × 728 under its panel), in English and
French: the body scrolls up and down, and no field or warning line is squeezed."""

from datetime import date, time

import pytest
from PIL import Image
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

LAPTOP = QRect(0, 0, 1366, 728)
CLOCK = fixed_clock(date(2026, 12, 3))


def _everything(qtbot, store, tmp_path, kind: str) -> PostDialog:
    """An animated small image (every shape and size line, four Crop buttons, the Story box, the alt text), hashtag
    warnings, a weekly repeat and a Google offer or event whose text has a phone number."""
    store.calendar.save_extras("instagram", "##double #boulangerie-lyon " + " ".join(f"#t{i}" for i in range(40)),
                               "Boulangerie Léa")
    path = tmp_path / "tiny.gif"
    frames = [Image.new("RGB", (200, 90), colour) for colour in ("orange", "red")]
    frames[0].save(path, save_all=True, append_images=frames[1:])
    post = Post(day=date(2026, 12, 10), time=time(9, 0), networks=("facebook", "instagram", "google", "x"),
                text="Nos bûches de Noël sont là ! Réservez au 04 78 00 00 00.", status=PostStatus.DRAFT,
                image=import_image(store, path), alt_text="Une bûche de Noël à la framboise",
                extra={"google_post": {"kind": kind, "title": "Bûches", "start": "2026-12-10", "end": "2026-12-24"}})
    dialog = PostDialog(None, post, store, None, True, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.repeat_box.setCurrentIndex(dialog.repeat_box.findData("weekly"))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # sized for the test screen once shown: then for the laptop
    dialog.resize(dialog.fitted_size(LAPTOP))
    qtbot.wait(20)  # the layouts settle, as on screen
    return dialog


def _natural_height(label: QLabel) -> int:
    """What the label's lines need at its width (QLabel never answers less than its minimum: measured without)."""
    kept = label.minimumHeight(), label.maximumHeight()
    label.setMinimumHeight(0)
    try:
        return label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    finally:
        label.setMinimumHeight(kept[0])
        label.setMaximumHeight(kept[1])


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("kind", ["offer", "event"])
def test_everything_fits_a_laptop_screen_and_nothing_is_cut(qtbot, file_store, tmp_path, language, kind):
    install_translators(language)
    dialog = _everything(qtbot, file_store, tmp_path, kind)
    assert dialog.google_group.isVisible() and dialog.google_start.isEnabled()
    assert len(dialog.crop_buttons) == 4 and dialog.story_box.isVisible() and dialog.alt_edit.isVisible()
    assert dialog.google_warnings.text() and dialog.counts_label.text().count("<br>") >= 3
    assert dialog.shape_note.text().count("\n") >= 6  # four shapes, small (two lines), animated

    minimum = dialog.minimumSizeHint()
    assert minimum.height() <= 700 and minimum.width() <= 1300
    assert dialog.width() <= LAPTOP.width() and dialog.height() <= LAPTOP.height()
    assert dialog.body_scroll.verticalScrollBar().isVisible()  # this much scrolls on a laptop

    body = dialog.body
    assert body.height() >= body.minimumSizeHint().height() and body.width() <= dialog.body_scroll.viewport().width()
    assert dialog.alt_edit.height() == dialog.alt_edit.maximumHeight()  # its three lines
    for field in (dialog.google_kind, dialog.google_title, dialog.google_start, dialog.google_end,
                  dialog.day_edit, dialog.count_spin, *dialog.crop_buttons.values()):
        assert field.height() >= field.sizeHint().height(), field.accessibleName()
        assert field.width() >= field.minimumSizeHint().width(), field.accessibleName()
    labels = [label for label in body.findChildren(QLabel) if label.isVisible() and label.text()]
    assert dialog.shape_note in labels and dialog.google_warnings in labels and dialog.counts_label in labels
    for label in labels:
        assert label.height() >= _natural_height(label), label.text()
        assert label.width() >= label.minimumSizeHint().width(), label.text()


def test_the_lines_beside_the_image_wrap_instead_of_widening_the_dialog(qtbot, file_store, tmp_path):
    install_translators("fr")
    dialog = _everything(qtbot, file_store, tmp_path, "offer")
    assert dialog.shape_note.wordWrap() and dialog.image_note.wordWrap()
    assert dialog.shape_note.minimumSizeHint().width() < dialog.shape_note.fontMetrics().horizontalAdvance(
        max(dialog.shape_note.text().split("\n"), key=len))


def test_a_short_post_is_shown_whole_without_a_scroll_bar(qtbot, file_store):
    post = Post(day=date(2026, 12, 10), networks=("facebook",), text="Ouvert dimanche")
    dialog = PostDialog(None, post, file_store, None, True, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(20)  # sized for the test screen once shown: then for the laptop
    dialog.resize(dialog.fitted_size(LAPTOP))
    qtbot.wait(20)
    assert (dialog.width(), dialog.height()) >= (920, 620)  # the size it always had
    assert not dialog.body_scroll.verticalScrollBar().isVisible()


def test_tab_scrolls_the_field_it_reaches_into_view(qtbot, file_store, tmp_path):
    dialog = _everything(qtbot, file_store, tmp_path, "event")
    dialog.resize(dialog.width(), 400)
    qtbot.wait(20)
    viewport = dialog.body_scroll.viewport()
    for field in (dialog.alt_edit, dialog.notes_edit, dialog.day_edit):
        field.setFocus()
        qtbot.wait(5)
        top = field.mapTo(viewport, field.rect().topLeft()).y()
        assert 0 <= top and top + field.height() <= viewport.height(), field.accessibleName()
