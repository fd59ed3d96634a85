"""The post dialog walked with Tab: the crop buttons come where they are read, and Tab leaves the texts."""

from datetime import date

from PIL import Image
from PySide6.QtCore import Qt

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.post_dialog import PostDialog

CLOCK = fixed_clock(date(2026, 11, 26))


def _dialog(qtbot, store, tmp_path, networks) -> PostDialog:
    path = tmp_path / "tall.png"
    Image.new("RGB", (600, 1800), "white").save(path)  # 1:3, too tall for Instagram and Google: two crop buttons
    post = Post(day=date(2026, 11, 27), networks=networks, text="Vitrine", image=import_image(store, path))
    dialog = PostDialog(None, post, store, None, True, clock=CLOCK)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _walk_from(qtbot, widget, steps: int) -> list:
    """The widgets Tab reaches from `widget`, as a keyboard-only owner goes."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    seen = []
    for _ in range(steps):
        qtbot.keyClick(widget.window().focusWidget(), Qt.Key.Key_Tab)
        seen.append(widget.window().focusWidget())
    return seen


def test_the_crop_buttons_come_after_the_story_box_and_before_the_alt_text(qtbot, file_store, tmp_path):
    """Reading order: Remove image, the Story box, the lines on each network's shape, their Crop buttons."""
    dialog = _dialog(qtbot, file_store, tmp_path, ("instagram", "google"))
    crops = list(dialog.crop_buttons.values())
    assert len(crops) == 2
    assert _walk_from(qtbot, dialog.remove_image, 4) == [dialog.story_box, *crops, dialog.alt_edit]
    dialog.network_boxes["google"].click()  # the buttons are made again: still in reading order
    dialog.network_boxes["google"].click()
    qtbot.wait(10)  # the new buttons are shown by the event loop, as between two key presses
    crops = list(dialog.crop_buttons.values())
    assert len(crops) == 2
    assert _walk_from(qtbot, dialog.remove_image, 4) == [dialog.story_box, *crops, dialog.alt_edit]


def test_without_instagram_tab_goes_from_remove_image_to_the_crop_button(qtbot, file_store, tmp_path):
    dialog = _dialog(qtbot, file_store, tmp_path, ("google",))  # no Story box to stop at
    crops = list(dialog.crop_buttons.values())
    assert len(crops) == 1 and not dialog.story_box.isVisible()
    assert _walk_from(qtbot, dialog.remove_image, 2) == [*crops, dialog.alt_edit]


def test_tab_in_the_post_text_moves_on_and_types_no_tab_character(qtbot, file_store, tmp_path):
    dialog = _dialog(qtbot, file_store, tmp_path, ("instagram",))
    for edit in (dialog.text_edit, dialog.variant_edit, dialog.notes_edit):
        before = edit.toPlainText()
        following = _walk_from(qtbot, edit, 1)[0]
        assert following is not edit and "\t" not in edit.toPlainText() and edit.toPlainText() == before
