"""The publishing assistant keeps the alt-text rule (an image post is published only once described) and its
buttons read on screen in the order Enter and Tab walk them: text, image, alt text."""

from datetime import date, time
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener
from socialdesk.ui.i18n import install_translators


@pytest.fixture(autouse=True)
def opened(monkeypatch):
    browser = SimpleNamespace(pages=[])
    monkeypatch.setattr(opener, "open_url", lambda url: browser.pages.append(url) or True)
    return browser


def _image_post(store, tmp_path, alt_text="", status=PostStatus.DRAFT):
    path = tmp_path / "tulipes.png"
    Image.new("RGB", (1080, 1350), (200, 60, 90)).save(path)
    return Post(day=date(2026, 11, 26), time=time(11, 0), networks=("instagram", "facebook", "google"),
                text="Nouvelles tulipes", status=status, image=import_image(store, path), alt_text=alt_text)


@pytest.mark.parametrize("language, refusal", [("en", "write its alt text"), ("fr", "écrivez son texte alternatif")])
def test_mark_as_published_asks_for_the_missing_alt_text_first(qtbot, file_store, tmp_path, language, refusal):
    install_translators(language)
    try:
        dialog = PublishDialog(None, _image_post(file_store, tmp_path), file_store)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert dialog.alt_edit is not None and dialog.alt_edit.isVisible()
        dialog.mark.click()
        assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
        assert refusal in dialog.feedback.text() and dialog.alt_edit.hasFocus()
        assert not any(b.isEnabled() for b in dialog.alt_buttons.values())  # nothing to copy yet
        dialog.alt_edit.setText("\u200b \u00a0")  # a zero-width space and spaces: nothing a reader sees
        assert not any(b.isEnabled() for b in dialog.alt_buttons.values())
        dialog.mark.click()
        assert dialog.result() != QDialog.DialogCode.Accepted and refusal in dialog.feedback.text()
        dialog.alt_edit.setText("Un bouquet de tulipes roses sur le comptoir")
        assert all(b.isEnabled() for b in dialog.alt_buttons.values())
        dialog.alt_buttons["instagram"].click()
        assert QApplication.clipboard().text() == "Un bouquet de tulipes roses sur le comptoir"
        dialog.buttons["google"].click()  # no alt field on Google: the description ends its text
        assert QApplication.clipboard().text().endswith("Un bouquet de tulipes roses sur le comptoir")
        dialog.mark.click()
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.alt_text() == "Un bouquet de tulipes roses sur le comptoir"
    finally:
        install_translators("en")


def test_publishing_from_the_calendar_stores_the_alt_text_with_the_status_in_one_undo(tab, store, tmp_path):
    post_id = store.calendar.add(_image_post(store, tmp_path)).ids[0]
    tab.reload()
    tab.select_posts([post_id])

    def answer():
        dialog = QApplication.activeModalWidget()
        dialog.mark.click()  # refused: the dialog stays open
        dialog.alt_edit.setText("Un bouquet de tulipes roses")
        dialog.mark.click()

    QTimer.singleShot(0, answer)
    tab.edits.publish()
    stored = store.calendar.get(post_id)
    assert (stored.status, stored.alt_text) == (PostStatus.PUBLISHED, "Un bouquet de tulipes roses")
    tab.undo_stack.undo()
    stored = store.calendar.get(post_id)
    assert (stored.status, stored.alt_text) == (PostStatus.DRAFT, "")


def test_a_described_image_post_shows_no_alt_field(qtbot, file_store, tmp_path):
    dialog = PublishDialog(None, _image_post(file_store, tmp_path, "Des tulipes"), file_store)
    qtbot.addWidget(dialog)
    assert dialog.alt_edit is None
    dialog.mark.click()
    assert dialog.result() == QDialog.DialogCode.Accepted


def _tab_chain(dialog, first):
    first.setFocus(Qt.FocusReason.TabFocusReason)
    chain = [first]
    for _ in range(30):
        dialog.focusNextPrevChild(True)
        widget = QApplication.focusWidget()
        if widget in chain:
            break
        chain.append(widget)
    return chain


def test_the_buttons_read_down_the_screen_in_the_order_enter_and_tab_take_them(qtbot, file_store, tmp_path):
    dialog = PublishDialog(None, _image_post(file_store, tmp_path, "Des tulipes", PostStatus.PLANNED), file_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    steps = dialog._steps()
    assert steps[:3] == [dialog.buttons["instagram"], dialog.image_buttons["instagram"], dialog.alt_buttons["instagram"]]
    on_screen = sorted(steps, key=lambda b: b.mapTo(dialog, b.rect().topLeft()).y())
    assert on_screen == steps  # Enter's order is the reading order
    tabbed = [w for w in _tab_chain(dialog, steps[0]) if w in steps]
    assert tabbed == steps  # and so is Tab's


def test_an_alt_text_of_invisible_characters_is_no_alt_text(file_store, tmp_path):
    from dataclasses import replace

    from socialdesk.domain.calendar.ready_text import needs_alt_text, text_for
    post = replace(_image_post(file_store, tmp_path), status=PostStatus.PLANNED)
    for invisible in ("\u200b", " \u200b\ufeff ", "\u00a0\u2060"):
        assert needs_alt_text(replace(post, alt_text=invisible))
        assert "Image" not in text_for("google", replace(post, alt_text=invisible), {})
    described = replace(post, alt_text="\u200bDes tulipes\u200b")
    assert not needs_alt_text(described)
    assert text_for("google", described, {}).endswith("Image: Des tulipes")
