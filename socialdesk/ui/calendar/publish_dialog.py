"""The publishing assistant: copy the text for a network, open the shop's page, mark as published."""

from dataclasses import replace
from datetime import datetime

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout)

from socialdesk.domain.calendar.image_shapes import is_story
from socialdesk.domain.calendar.ready_text import describes_image, needs_alt_text, story_words, text_for, visible_text
from socialdesk.domain.calendar.week_plan import over_limit
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.urls import UrlRefused, safe_http_url
from socialdesk.ui.calendar.day_notes import too_long_words
from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.calendar.post_checks import copy_too_long_agreed
from socialdesk.ui.calendar.publish_image import copy_image
from socialdesk.ui.calendar.post_ready import image_word
from socialdesk.ui.common import opener
from socialdesk.domain.post_text import clean_text
from socialdesk.ui.common.words import fill


def page_url(store, network_key: str) -> str | None:
    """The shop's page on that network from the local-presence listings, if it is a safe http(s) link."""
    raw = store.presence.url_for_network(network_key)
    if not raw:
        return None
    try:
        return safe_http_url(raw)
    except UrlRefused:
        return None


def copy_and_open(store, post: Post, network_key: str, extras=None) -> tuple[str | None, bool]:
    """Put the network's text (`ready_text.text_for`: with its hashtags and signature) on the clipboard and
    open the shop's page: (its URL, whether a browser opened)."""
    url = page_url(store, network_key)
    text = text_for(network_key, post, store.calendar.extras() if extras is None else extras, image_word())
    return url, opener.copy_and_open(text, url)


class PublishDialog(QDialog):
    """One row per network; "Mark as published" closes the dialog with the answer."""

    def __init__(self, parent, post: Post, store):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Publish by hand"))
        self._post, self._store = post, store
        layout = QVBoxLayout(self)
        # An Instagram Story has no caption: its row copies the 9:16 image, and the post's own words are offered
        # apart for a text box (never the signature or the hashtags).
        self.stories = {key for key in post.networks if post.image and is_story(post, key)}
        intro = QLabel(self.tr("For each network: copy the text, paste it in the page that opens, add the image "
                               "if any, publish. Then mark the post as published.") if not self.stories else self.tr(
            "For each network: copy the text, paste it in the page that opens, add the image if any, publish. "
            "The Instagram Story is only its image. Then mark the post as published."))
        if not post.networks:  # nowhere to publish: nothing to mark as published either (attack 34d, F6)
            intro.setText(self.tr("This post is on no network yet: edit it and choose where it goes, then publish "
                                  "it from here."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.alt_edit = self._alt_field(layout)
        grid = QGridLayout()
        self.buttons = {}
        self._extras = store.calendar.extras()
        self._too_long = {c.network: c for c in over_limit(post, store.calendar.limits(), self._extras, image_word())
                          if c.network not in self.stories}  # a Story has no caption to be too long
        self.alt_buttons = {}  # networks with an alt-text field: the image's description is copied on its own
        self.image_buttons = {}  # the image cropped and sized for each network
        self.story_text_buttons = {}  # a Story's words, for a text box (not part of Enter's walk: optional)
        row = 0
        for key in post.networks:
            if key in self.stories:
                row = self._story_rows(grid, row, key)
                continue
            button = QPushButton(network_icon(key), fill(self.tr("Copy and open %1"), network_name(key)))
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, k=key: self._on_copy_clicked(k))
            self.buttons[key] = button
            status = QLabel("\n".join(
                ([] if page_url(store, key) else [self.tr("No page address in Local presence: only the text is copied.")])
                + too_long_words([self._too_long[key]] if key in self._too_long else [])
                + self._alt_words(key)))
            status.setWordWrap(True)
            grid.addWidget(button, row, 0)
            grid.addWidget(status, row, 1)
            if post.image:  # under its network's button (the words beside keep their width), in Enter's order
                row += 1
                grid.addWidget(self._image_button(key), row, 0)
            if post.image and (post.alt_text or self.alt_edit) and not describes_image(key):
                row += 1  # after the image: the network shows its alt-text field once the image is added
                grid.addWidget(self._alt_button(key), row, 0)
            row += 1
        layout.addLayout(grid)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        layout.addWidget(self.feedback)
        self.copy_link = QPushButton(self.tr("Copy the &link"))
        self.copy_link.setAccessibleName(self.tr("Copy the page's link"))
        self.copy_link.clicked.connect(self._on_copy_link_clicked)
        self.copy_link.hide()
        layout.addWidget(self.copy_link)
        self._unopened = ""
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.mark = box.addButton(self.tr("&Mark as published"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.mark.setEnabled(post.status is not PostStatus.PUBLISHED and bool(post.networks))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.closing, self._copied = box.button(QDialogButtonBox.StandardButton.Close), None
        self._next_step()  # Enter copies first: Qt alone would make "Mark as published" the default

    def _story_rows(self, grid: QGridLayout, row: int, key: str) -> int:
        """The Story's row: its button copies the 9:16 image and opens the page; the words say where it goes."""
        button = QPushButton(network_icon(key), fill(self.tr("Copy the Story image and open %1"), network_name(key)))
        button.setAccessibleName(button.text())
        button.clicked.connect(lambda _=False, k=key: self._on_story_clicked(k))
        self.buttons[key] = button
        status = QLabel("\n".join(
            [fill(self.tr("%1 Story (9:16): a Story has no caption, so the image is copied, not the text. In the "
                          "Instagram app, tap + then Story (or your photo, “Your story”), add the image and share "
                          "it to Your story. From a computer: Meta Business Suite, Create story."),
                  network_name(key))]
            + ([] if page_url(self._store, key) else [self.tr("No page address in Local presence: only the image "
                                                              "is copied.")])))
        status.setWordWrap(True)
        grid.addWidget(button, row, 0)
        grid.addWidget(status, row, 1)
        if story_words(self._post):
            row += 1
            words = QPushButton(self.tr("Copy the text for a text box"))
            words.setAccessibleName(fill(self.tr("Copy the post's text, without hashtags or signature, for a text "
                                                 "box in the %1 Story"), network_name(key)))
            words.clicked.connect(lambda _=False, k=key: self._on_story_text_clicked(k))
            self.story_text_buttons[key] = words
            grid.addWidget(words, row, 0)
        return row + 1

    def _on_story_clicked(self, key: str):
        """The Story's image on the clipboard (and in a file), then its page opened."""
        url = page_url(self._store, key)
        copied = copy_image(self, self._store, self._post, key)
        opened = bool(url) and opener.open_url(url)
        self._after_copy(key, copied, url, opened, self.tr(
            "Copy the link to paste it in your browser, then click the Story's button again for the image."))

    def _on_story_text_clicked(self, key: str):
        QGuiApplication.clipboard().setText(story_words(self._post))
        self._say(fill(self.tr("Text copied, without hashtags or signature: in the %1 Story, tap Aa (or add a "
                               "sticker) and paste it. Keep it to a few words: a Story is seen for a few seconds."),
                       network_name(key)))

    def _alt_field(self, layout) -> QLineEdit | None:
        """The image has no alt text yet: the owner writes it here before marking the post as published."""
        if self._post.status is PostStatus.PUBLISHED or not needs_alt_text(replace(
                self._post, status=PostStatus.PLANNED)):
            return None
        edit = QLineEdit()
        edit.setObjectName("publishAltText")
        edit.setPlaceholderText(self.tr("What the image shows, for people who cannot see it."))
        layout.addWidget(QLabel(self.tr("&Alt text of the image (needed to publish):"), buddy=edit))
        layout.addWidget(edit)
        edit.textChanged.connect(self._refresh_alt_buttons)
        return edit

    def _refresh_alt_buttons(self) -> None:
        """The "Copy alt text" buttons wait for an alt text with something visible in it."""
        for button in self.alt_buttons.values():
            button.setEnabled(bool(self.alt_text()))

    def alt_text(self) -> str:
        """The image's alt text: the post's, or the one written here."""
        return visible_text(clean_text(self.alt_edit.text())) if self.alt_edit else self._post.alt_text

    def _current(self) -> Post:
        return replace(self._post, alt_text=self.alt_text())

    def _alt_missing(self) -> bool:
        """True (and the dialog says so, the field takes the focus) while the image still has no alt text."""
        if self.alt_edit is None or self.alt_text():
            return False
        self._say(self.tr("This post has an image: write its alt text (what the image shows) before marking it "
                          "as published."))
        self.alt_edit.setFocus()
        return True

    def accept(self):
        if not self._alt_missing():
            super().accept()

    def _alt_words(self, key: str) -> list[str]:
        if not (self._post.image and (self._post.alt_text or self.alt_edit) and describes_image(key)):
            return []
        return [self.tr("No alt-text field there: the image's description is added at the end of the text.")]

    def _alt_button(self, key: str) -> QPushButton:
        button = QPushButton(self.tr("Copy alt text"))
        button.setAccessibleName(fill(self.tr("Copy the image's alt text for %1"), network_name(key)))
        button.clicked.connect(lambda _=False, k=key: self._on_alt_clicked(k))
        self.alt_buttons[key] = button
        button.setEnabled(bool(self.alt_text()))
        return button

    def _image_button(self, key: str) -> QPushButton:
        button = QPushButton(fill(self.tr("Copy image for %1"), network_name(key)))
        button.setAccessibleName(button.text())
        button.clicked.connect(lambda _=False, k=key: self._on_image_clicked(k))
        self.image_buttons[key] = button
        return button

    def _on_image_clicked(self, key: str):
        self._say(copy_image(self, self._store, self._post, key))
        self._next_step(self.image_buttons[key])

    def _on_alt_clicked(self, key: str):
        if self._alt_missing():
            return
        QGuiApplication.clipboard().setText(self.alt_text())
        self._say(fill(self.tr("Alt text copied: paste it in the image's alt-text field on %1."), network_name(key)))
        self._next_step(self.alt_buttons[key])

    def _steps(self) -> list[QPushButton]:
        """Each network in turn: its text, its image (the alt-text field shows once it is added), its alt text."""
        steps = []
        for key, button in self.buttons.items():
            steps += [b for b in (button, self.image_buttons.get(key), self.alt_buttons.get(key))
                      if b is not None and b.isEnabled()]  # a Story: its button alone (the image)
        return steps

    def _next_step(self, done: QPushButton | None = None, link_first: bool = False) -> None:
        """Enter does what comes next: each step in turn (the page's link when the browser did not open),
        then mark as published; the keyboard focus goes with it."""
        steps = self._steps()
        rest = steps[steps.index(done) + 1:] if done in steps else steps
        target = self.copy_link if link_first else rest[0] if rest else (
            self.mark if self.mark.isEnabled() else self.closing)
        target.setDefault(True)
        target.setFocus()

    def _on_copy_clicked(self, key: str):
        if key in self._too_long and not copy_too_long_agreed(self, [self._too_long[key]]):
            return  # nothing copied: the owner shortens the text first
        if describes_image(key) and self._alt_missing():
            return  # its text ends with the image's description
        url, opened = copy_and_open(self._store, self._current(), key, self._extras)
        self._after_copy(key, fill(self.tr("Text for %1 copied."), network_name(key)), url, opened, self.tr(
            "Copy the link to paste it in your browser, then click the network's button again for the text."))

    def _after_copy(self, key: str, text: str, url: str | None, opened: bool, retry: str) -> None:
        """Say what was copied and whether the page opened (else offer its link), then on to the next step."""
        if url and opened:
            text += " " + fill(self.tr("Opened %1."), url)
        elif url:
            text += " " + opener.not_opened_text(url) + " " + retry
        self._unopened = url if url and not opened else ""
        self.copy_link.setVisible(bool(self._unopened))
        self._say(text)
        self._copied = key
        self._next_step(self.buttons[key], link_first=bool(self._unopened))

    def _say(self, text: str) -> None:
        """Show the feedback and grow the dialog so every wrapped label stays whole."""
        self.feedback.setText(text)
        self.layout().activate()
        self.adjustSize()

    def _on_copy_link_clicked(self):
        if self._unopened:
            self._say(opener.copy_link(self._unopened))
            self._next_step(self.buttons[self._copied])

    @classmethod
    def ask(cls, parent, post: Post, store, clock) -> tuple[datetime, str] | None:
        """When the owner says it went out (now) and the image's alt text, or None."""
        dialog = cls(parent, post, store)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return clock().replace(second=0, microsecond=0), dialog.alt_text()
