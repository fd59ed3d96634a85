"""The post dialog's readiness: the image's alt text, the Google post form and what Google would reject."""

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QGroupBox, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from socialdesk.domain.calendar.google_post import (EXTRA_KEY, GOOGLE, TEXT_LIMIT, TITLE_LIMIT, GoogleKind,
                                                    GooglePost, GoogleProblem, google_post, google_problems)
from socialdesk.domain.calendar.image_shapes import STORY_KEY
from socialdesk.domain.calendar.ready_text import needs_alt_text, text_for, visible_text
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import Post
from socialdesk.ui.common.dates import bounded
from socialdesk.ui.common.words import fill


def image_word() -> str:
    """The word before an image's description where a network has no alt-text field ("Image: …")."""
    return QCoreApplication.translate("PostReady", "Image")


class PostReadyMixin:
    """For PostDialog (tr() context "PostDialog"): needs self._store, self._post, self._image, self._today,
    self.selected_networks() and self._refresh()."""

    def image_label(self) -> str:
        return image_word()

    def ready_text(self, network_key: str) -> str:
        """The words the publishing assistant copies for that network (hashtags, signature included)."""
        return text_for(network_key, self.post(), self._extras, self.image_label())

    # ----- building
    def _build_alt(self, post: Post) -> QWidget:
        self.alt_box = QWidget()
        layout = QVBoxLayout(self.alt_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.alt_edit = QPlainTextEdit(post.alt_text)
        self.alt_edit.setObjectName("altText")
        self.alt_edit.setAccessibleName(self.tr("Alt text"))
        self.alt_edit.setPlaceholderText(self.tr("What the image shows, for people who cannot see it."))
        self.alt_edit.setMaximumHeight(64)
        self.alt_edit.setTabChangesFocus(True)
        self.alt_edit.textChanged.connect(self._refresh)
        layout.addWidget(QLabel(self.tr("A&lt text of the image:"), buddy=self.alt_edit))
        layout.addWidget(self.alt_edit)
        return self.alt_box

    def _build_google(self, post: Post) -> QGroupBox:
        form = google_post(post)
        self.google_group = QGroupBox(self.tr("Google post"))
        self.google_group.setObjectName("googlePost")
        outer = QVBoxLayout(self.google_group)
        layout = QFormLayout()
        outer.addLayout(layout)
        self.google_kind = QComboBox()
        for text, kind in ((self.tr("Update"), GoogleKind.UPDATE), (self.tr("Offer"), GoogleKind.OFFER),
                           (self.tr("Event"), GoogleKind.EVENT)):
            self.google_kind.addItem(text, kind.value)
        self.google_kind.setCurrentIndex(max(0, self.google_kind.findData(form.kind.value)))
        self.google_kind.setAccessibleName(self.tr("Kind of Google post"))
        self.google_title = QLineEdit(form.title)
        self.google_title.setAccessibleName(self.tr("Title of the offer or event"))
        self.google_start = self._google_day(form.start, self.tr("First day of the offer or event"))
        self.google_end = self._google_day(form.end, self.tr("Last day of the offer or event"))
        self.google_warnings = QLabel()
        self.google_warnings.setObjectName("googleWarnings")
        self.google_warnings.setWordWrap(True)
        layout.addRow(self.tr("K&ind:"), self.google_kind)
        layout.addRow(self.tr("Titl&e:"), self.google_title)
        layout.addRow(self.tr("From:"), self.google_start)
        layout.addRow(self.tr("To:"), self.google_end)
        outer.addWidget(self.google_warnings)  # under the form: a box layout gives wrapped lines their height
        self.google_kind.currentIndexChanged.connect(self._refresh)
        self.google_title.textChanged.connect(self._refresh)
        for edit in (self.google_start, self.google_end):
            edit.dateChanged.connect(self._refresh)
        return self.google_group

    def _google_day(self, day, name: str) -> QDateEdit:
        edit = bounded(QDateEdit(QDate(day or self._post.day or self._today)))
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        return edit

    # ----- reading
    def google_form(self) -> GooglePost:
        kind = GoogleKind(self.google_kind.currentData())
        if kind is GoogleKind.UPDATE:
            return GooglePost()
        return GooglePost(kind, self.google_title.text(), self.google_start.date().toPython(),
                          self.google_end.date().toPython())

    def _ready_fields(self, networks: tuple[str, ...]) -> dict:
        """alt_text and extra for PostDialog.post(): the Google form is kept only while Google is chosen, the
        Story mark while Instagram is."""
        extra = {k: v for k, v in self._post.extra.items() if k not in (EXTRA_KEY, STORY_KEY)}
        if GOOGLE in networks and self.google_form().kind is not GoogleKind.UPDATE:
            extra[EXTRA_KEY] = self.google_form().to_extra()
        if self.as_story(networks):
            extra[STORY_KEY] = True
        return {"alt_text": visible_text(clean_text(self.alt_edit.toPlainText())), "extra": extra}

    def _refresh_ready(self, post: Post) -> None:
        self.alt_box.setVisible(bool(self._image))
        self.google_group.setVisible(GOOGLE in post.networks)
        dated = self.google_kind.currentData() != GoogleKind.UPDATE.value
        for edit in (self.google_title, self.google_start, self.google_end):
            edit.setEnabled(dated)
        text = text_for(GOOGLE, post, self._extras, self.image_label())
        problems = google_problems(self.google_form(), text, self._store.shop.get().country)
        self.google_warnings.setText("\n".join(self._google_words(p) for p in problems))
        if not needs_alt_text(post):
            self.refusal_label.hide()

    def _google_words(self, problem: GoogleProblem) -> str:
        return {
            GoogleProblem.PHONE_IN_TEXT: self.tr("Google rejects a post with a phone number in its text: "
                                                 "customers call with the profile's Call button."),
            GoogleProblem.TOO_LONG: fill(self.tr("Google takes at most %1 characters."), str(TEXT_LIMIT)),
            GoogleProblem.TITLE_MISSING: self.tr("An offer or an event needs a title."),
            GoogleProblem.TITLE_TOO_LONG: fill(self.tr("Google takes a title of at most %1 characters."),
                                               str(TITLE_LIMIT)),
            GoogleProblem.DATES_MISSING: self.tr("An offer or an event needs its first and last day."),
            GoogleProblem.END_BEFORE_START: self.tr("The last day comes before the first day."),
        }[problem]

    def ready_refused(self, post: Post) -> bool:
        """True (and the dialog says why) when a planned image post has no alt text yet."""
        if not needs_alt_text(post):
            return False
        self.refusal_label.setText(self.tr("This post has an image: write its alt text (what the image shows) "
                                           "before planning or publishing it, or keep it as a draft."))
        self.refusal_label.show()
        self.alt_edit.setFocus()
        return True
