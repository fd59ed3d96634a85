"""An Instagram post marked as a Story is published as one: its row says so, copies the 9:16 image (a Story has no
caption), offers the post's own words apart for a text box, and says where it goes (Your story); the other networks
of the post keep their caption. How it will look shows the Story's image without a caption or "… more"."""

from datetime import date
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from socialdesk.domain.calendar.image_shapes import STORY_KEY
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.presence.listings import Listing
from socialdesk.domain.presence.listing_status import ListingStatus
from socialdesk.storage.calendar.media import import_image
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.common import opener
from socialdesk.ui.i18n import install_translators

TEXT = "Fermé le 25 décembre. À bientôt !"
LONG = TEXT + " " + "Pain au levain, seigle et noix. " * 20  # long enough for the feed's "… more"
TAGS, SIGNATURE = "#boulangerie #lyon", "Boulangerie Léa, 12 rue des Lilas"
PAGE = "https://www.instagram.com/boulangerie.lea/"


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


@pytest.fixture
def opened(monkeypatch):
    browser = SimpleNamespace(pages=[])
    monkeypatch.setattr(opener, "open_url", lambda url: browser.pages.append(url) or True)
    return browser


def _story_post(store, tmp_path, text=TEXT, story=True) -> Post:
    source = tmp_path / "story.png"
    Image.new("RGB", (1080, 1920), (214, 170, 110)).save(source)
    for key in ("instagram", "facebook"):
        store.calendar.save_extras(key, TAGS, SIGNATURE)
    store.presence.add(Listing("instagram", status=ListingStatus.CLAIMED, url=PAGE))
    return Post(day=date(2026, 12, 10), networks=("instagram", "facebook"), text=text, status=PostStatus.PLANNED,
                image=import_image(store, source), alt_text="Une miche dorée",
                extra={STORY_KEY: True} if story else {})


def _publish(qtbot, store, post) -> PublishDialog:
    dialog = PublishDialog(None, post, store)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _words(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel) if label.isVisible())


def _copied_image_size():
    clip = QGuiApplication.clipboard().mimeData()
    with Image.open(Path(clip.urls()[0].toLocalFile())) as exported:
        return exported.size


def test_the_story_row_says_story_and_copies_the_9_16_image_not_the_caption(qtbot, file_store, tmp_path, opened,
                                                                            language):
    dialog = _publish(qtbot, file_store, _story_post(file_store, tmp_path))
    story, your_story = ("Story", "Your story") if language == "en" else ("story", "Votre story")
    button = dialog.buttons["instagram"]
    assert "story" in button.text().lower()
    assert your_story in _words(dialog)
    assert "instagram" not in dialog.image_buttons and "instagram" not in dialog.alt_buttons  # no caption, no alt
    QGuiApplication.clipboard().setText("")
    button.click()
    assert _copied_image_size() == (1080, 1920)
    copied = QGuiApplication.clipboard().text()
    assert TAGS.split()[0] not in copied and SIGNATURE not in copied and TEXT not in copied
    assert opened.pages == [PAGE]
    assert "1080" in dialog.feedback.text() and "story" in dialog.feedback.text().lower()


def test_the_story_text_for_a_text_box_is_the_posts_words_alone(qtbot, file_store, tmp_path, opened, language):
    dialog = _publish(qtbot, file_store, _story_post(file_store, tmp_path))
    dialog.story_text_buttons["instagram"].click()
    assert QGuiApplication.clipboard().text() == TEXT  # no hashtags, no signature, no image description
    steps = dialog._steps()  # Enter's walk: the Story's image, then Facebook; the words are optional
    assert dialog.buttons["instagram"] in steps and dialog.story_text_buttons["instagram"] not in steps


def test_the_other_networks_of_a_story_post_keep_their_caption(qtbot, file_store, tmp_path, opened, language):
    dialog = _publish(qtbot, file_store, _story_post(file_store, tmp_path))
    dialog.buttons["facebook"].click()
    assert QGuiApplication.clipboard().text() == f"{TEXT}\n\n{SIGNATURE}\n\n{TAGS}"
    dialog.image_buttons["facebook"].click()
    assert _copied_image_size() == (1080, 1350)  # the feed's tallest shape, 4:5


def test_an_instagram_feed_post_still_copies_its_caption(qtbot, file_store, tmp_path, opened):
    dialog = _publish(qtbot, file_store, _story_post(file_store, tmp_path, story=False))
    assert "Story" not in _words(dialog) and "Story" not in dialog.buttons["instagram"].text()
    dialog.buttons["instagram"].click()
    assert QGuiApplication.clipboard().text() == f"{TEXT}\n\n{SIGNATURE}\n\n{TAGS}"
    assert "instagram" in dialog.image_buttons and not dialog.story_text_buttons


def test_how_it_will_look_shows_a_story_without_caption_or_more(qtbot, file_store, tmp_path, language):
    post = _story_post(file_store, tmp_path, text=LONG)
    editor = PostDialog(None, post, file_store, None, False, clock=fixed_clock(date(2026, 12, 1)))
    qtbot.addWidget(editor)
    editor.show()
    assert editor.story_box.isChecked()
    shown = editor.open_preview(modal=False)
    qtbot.addWidget(shown)
    shown.show()
    story, feed = shown.mockups["instagram"], shown.mockups["facebook"]
    assert not story.text.isVisibleTo(story) and story.story_note.isVisibleTo(story)
    more = ("… more" if language == "en" else "… plus").replace(" ", "&nbsp;")
    assert more not in story.text.text() and TEXT not in story.text.text()
    assert more in feed.text.text() and TEXT in feed.text.text()  # Facebook keeps its caption and its cut
    names = sorted(shown.tabs.tabText(i) for i in range(shown.tabs.count()))
    assert names == ["Facebook", "Instagram Story" if language == "en" else "Story Instagram"]
    assert story.image.isVisibleTo(story) and story.image.pixmap().height() > story.image.pixmap().width()
