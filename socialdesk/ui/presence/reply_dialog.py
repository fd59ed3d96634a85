"""The "Reply to a review" dialog: pick the rating, fill the blanks, copy the draft, open the review page."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout)

from socialdesk.domain.reviews.redraft import carry_edits
from socialdesk.domain.reviews.replies import STARS, ReplyCase, Slot, check_copy, draft, next_variant, wordings
from socialdesk.domain.reviews.unhappy import Step
from socialdesk.storage.errors import StoreWriteError
from socialdesk.storage.reply_drafts import load_reply_drafts, reply_key, save_reply_draft
from socialdesk.ui.common import opener, questions
from socialdesk.ui.common.words import fill
from socialdesk.ui.common.wrapped_labels import keep_wrapped_labels_whole
from socialdesk.ui.i18n import current_language
from socialdesk.ui.presence.reply_draft_keeper import ReplyDraftKeeper
from socialdesk.ui.presence.reply_words import GUIDE, REFUSALS, SLOT_HINTS, SLOT_NAMES, SLOTS


class ReplyDialog(QDialog):
    """Copying records the reply (its wording's turn); `recorded` holds the last Change it wrote."""

    def __init__(self, parent, store, clock, listing=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reply to a review"))
        self.setObjectName("replyDialog")
        self.store, self.clock, self.recorded = store, clock, None
        self._listings = [item for item in store.presence.listings() if item.reviews_url()]
        self._variant, self._shown_variant, self._recorded, self._unopened = 0, 0, None, ""
        self._shown, self._kept = "", False  # the draft last put in the box; the owner chose to keep their edits
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_choices(listing))
        self.guide = self._build_guide()
        layout.addWidget(self.guide)
        layout.addLayout(self._build_slots())
        layout.addLayout(self._build_draft())
        layout.addLayout(self._build_buttons())
        self._on_case_changed()
        self.keeper = ReplyDraftKeeper(self, store)  # a kill or power cut loses no reply being written
        keep_wrapped_labels_whole(self)

    # -- building ----------------------------------------------------------------------------
    def _build_choices(self, listing) -> QFormLayout:
        form = QFormLayout()
        self.listing_combo = QComboBox()
        self.listing_combo.setAccessibleName(self.tr("Listing the review is on"))
        for item in self._listings:
            self.listing_combo.addItem(item.name, item.id)
        if listing is not None and listing.id in [item.id for item in self._listings]:
            self.listing_combo.setCurrentIndex([item.id for item in self._listings].index(listing.id))
        self.listing_combo.currentIndexChanged.connect(self._on_listing_changed)
        self.rating_combo = QComboBox()
        self.rating_combo.setAccessibleName(self.tr("The review's rating"))
        for stars in STARS:
            self.rating_combo.addItem(f"{'★' * stars}{'☆' * (5 - stars)}  {stars}/5", stars)  # no words to translate
        self.rating_only = QCheckBox(self.tr("A rating without words"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the reply"))
        self.language_combo.addItem("Français", "fr")
        self.language_combo.addItem("English", "en")
        self.language_combo.setCurrentIndex(0 if current_language() == "fr" else 1)
        for combo in (self.rating_combo, self.language_combo):
            combo.currentIndexChanged.connect(self._on_case_changed)
        self.rating_only.toggled.connect(self._on_case_changed)
        rating_row = QHBoxLayout()
        rating_row.addWidget(self.rating_combo)
        rating_row.addWidget(self.rating_only)
        rating_row.addStretch(1)
        form.addRow(self.tr("&Listing:"), self.listing_combo)
        rating_label = QLabel(self.tr("&Rating:"))
        rating_label.setBuddy(self.rating_combo)
        form.addRow(rating_label, rating_row)
        form.addRow(self.tr("Reply &in:"), self.language_combo)
        return form

    def _build_guide(self) -> QGroupBox:
        box = QGroupBox(self.tr("An unhappy customer: how to answer"))
        box.setObjectName("unhappyGuide")
        guide_layout = QVBoxLayout(box)
        source = QLabel(fill(self.tr("Steps %1 and %2 come from the 2011 interview (Strategy tab); the others are "
                                     "SocialDesk's advice and the platforms' rules."),
                             *(str(list(GUIDE).index(step) + 1) for step in (Step.PERSON, Step.LISTEN))))
        source.setObjectName("guideSource")
        source.setWordWrap(True)
        guide_layout.addWidget(source)
        for number, step in enumerate(GUIDE, start=1):
            line = QLabel(f"{number}. {GUIDE[step]}")
            line.setWordWrap(True)
            guide_layout.addWidget(line)
        return box

    def _build_slots(self) -> QFormLayout:
        self.slots_form = QFormLayout()
        self.first_name, self.mentioned = QLineEdit(), QLineEdit()
        self.contact, self.signer = QLineEdit(), QLineEdit()
        self.slot_edits = {Slot.FIRST_NAME: self.first_name, Slot.MENTIONED: self.mentioned,
                           Slot.CONTACT: self.contact, Slot.SIGNER: self.signer}
        shop = self.store.shop.get()
        self.contact.setText(shop.phone or shop.email)
        for slot, edit in self.slot_edits.items():
            edit.setPlaceholderText(SLOT_HINTS[slot])
            edit.setAccessibleName(SLOTS[slot].replace("&", "").rstrip(": \u00a0"))
            edit.textChanged.connect(self._on_blank_changed)
            label = QLabel(SLOTS[slot])
            label.setBuddy(edit)  # Alt + its underlined letter reaches the blank
            self.slots_form.addRow(label, edit)
        return self.slots_form

    def _build_draft(self) -> QVBoxLayout:
        column = QVBoxLayout()
        title = QLabel(self.tr("&Draft (you may edit it):"))
        self.draft_edit = QPlainTextEdit()
        self.draft_edit.setAccessibleName(self.tr("Draft of the reply"))
        self.draft_edit.setTabChangesFocus(True)
        self.draft_edit.setMinimumHeight(self.draft_edit.fontMetrics().lineSpacing() * 6)  # an unhappy reply, whole
        self.draft_edit.textChanged.connect(self._show_check)
        title.setBuddy(self.draft_edit)
        self.feedback = QLabel()
        self.feedback.setObjectName("replyFeedback")
        self.feedback.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(self.draft_edit, 1)
        column.addWidget(self.feedback)
        return column

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.other_button = QPushButton(self.tr("&Other wording"))
        self.other_button.setAccessibleName(self.tr("Show another wording of the draft"))
        self.other_button.clicked.connect(self._on_other_clicked)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self._on_copy_clicked)
        self.copy_link = QPushButton(self.tr("Copy the lin&k"))
        self.copy_link.setAccessibleName(self.tr("Copy the review page's link"))
        self.copy_link.clicked.connect(self._on_copy_link_clicked)
        self.copy_link.hide()
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        for widget in (self.other_button, self.copy_button, self.copy_link):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(box)
        return row

    # -- state -------------------------------------------------------------------------------
    def case(self) -> ReplyCase:
        return ReplyCase(self.rating_combo.currentData(), has_text=not self.rating_only.isChecked())

    def language(self) -> str:
        return self.language_combo.currentData()

    def listing(self):
        index = self.listing_combo.currentIndex()
        return self._listings[index] if 0 <= index < len(self._listings) else None

    def set_rating(self, stars: int, has_text: bool = True) -> None:
        self.rating_only.setChecked(not has_text)
        self.rating_combo.setCurrentIndex(STARS.index(stars))

    def _values(self) -> dict:
        return {slot: edit.text() for slot, edit in self.slot_edits.items()}

    # -- slots -------------------------------------------------------------------------------
    def _on_case_changed(self, *_args) -> None:
        case = self.case()
        self._variant = next_variant(case, self.language(), self.store.rules.reviews.last_variant(case, self.language()))
        self._show_case_rows()
        self._show_draft(ask=True)

    def _show_case_rows(self) -> None:
        """The guide, the blanks and the Other wording button the case and language call for."""
        case = self.case()
        self.guide.setVisible(case.unhappy)
        current = draft(case, self.language(), self._variant, {})
        for slot, edit in self.slot_edits.items():
            self.slots_form.setRowVisible(edit, slot in current.slots)
        self.other_button.setEnabled(len(wordings(case, self.language())) > 1)

    def _on_listing_changed(self, _index: int) -> None:
        self._update_copy_button()

    def _on_other_clicked(self) -> None:
        self._variant += 1
        self._show_draft(ask=True)

    def _on_blank_changed(self, *_args) -> None:
        self._show_draft(ask=False)

    def _show_draft(self, ask: bool) -> None:
        """A blank changes only its own words in a draft edited by hand; a new wording asks first."""
        made = draft(self.case(), self.language(), self._variant, self._values())
        self._variant = made.variant
        current = self._box_text()
        text = made.text
        if current != self._shown:  # the owner has edited the draft
            carried = None if ask else carry_edits(self._shown, current, made.text)
            if carried is not None:
                text = carried
            elif (self._kept and not ask) or not self._ask_replace():
                self._kept = True
                return
        self._kept = False
        self._shown, self._shown_variant = made.text, made.variant
        self.draft_edit.setPlainText(text)

    def _box_text(self) -> str:
        """The draft as typed, its no-break spaces kept (toPlainText turns them into spaces: the French
        draft then read as edited by hand, and the copied reply lost its typography)."""
        return self.draft_edit.document().toRawText().replace("\u2029", "\n")

    def _ask_replace(self) -> bool:
        return questions.ask(self, self.tr("Reply to a review"),
                             self.tr("Replace your edited reply with a new draft?"),
                             self.tr("&Replace with a new draft"), self.tr("&Keep my reply"))

    def _show_check(self) -> None:
        check = check_copy(self._box_text(), self._platform_key())
        lines = [fill(REFUSALS[refusal], ", ".join(SLOT_NAMES[slot] for slot in check.unfilled))
                 for refusal in check.refusals]
        self.feedback.setText("\n".join(lines))
        self.copy_button.setEnabled(check.ok)
        self._update_copy_button()

    def _platform_key(self) -> str:
        listing = self.listing()
        return listing.platform_key if listing else ""

    def _update_copy_button(self) -> None:
        listing = self.listing()
        text = fill(self.tr("&Copy, then open the reviews on %1"), listing.short_name) if listing else self.tr("&Copy the reply")
        self.copy_button.setText(text)
        self.copy_button.setAccessibleName(text.replace("&", ""))

    # -- copy and open -----------------------------------------------------------------------
    def _on_copy_clicked(self) -> None:
        text = self._box_text()
        if not check_copy(text, self._platform_key()).ok:
            return  # the button is off then; Enter or a test cannot slip an unfilled draft through
        listing = self.listing()
        url = listing.reviews_url() if listing else None
        opened = opener.copy_and_open(text.strip(), url)
        self._record(text.strip())
        self.keeper.forget()  # copied: the kept draft has served
        said = self.tr("Reply copied: paste it under the review.")
        if url and opened:
            said += " " + fill(self.tr("Opened %1."), url)
        elif url:
            said += " " + opener.not_opened_text(url)
        self._unopened = url if url and not opened else ""
        self.copy_link.setVisible(bool(self._unopened))
        self.feedback.setText(said)

    def _record(self, text: str) -> None:
        """Each different reply copied is recorded and the next draft takes the next wording; copying the same
        reply twice records it once."""
        if self._recorded == text:
            return
        from socialdesk.ui.common.saving import saving

        with saving(self) as attempt:
            change = self.store.rules.reviews.record_reply(self.case(), self.language(), self._shown_variant,
                                                           self._platform_key(), self.clock())
        if attempt.failed:
            return
        self._recorded, self.recorded = text, change
        self._variant = next_variant(self.case(), self.language(), self._shown_variant)

    def _on_copy_link_clicked(self) -> None:
        if self._unopened:
            self.feedback.setText(opener.copy_link(self._unopened))

    # -- the kept draft ----------------------------------------------------------------------
    def draft_state(self) -> dict:
        """What a kept draft holds: enough to show the dialog again as it was."""
        listing = self.listing()
        return {"listing": listing.id if listing else None, "stars": self.case().stars,
                "has_text": self.case().has_text, "language": self.language(), "variant": self._shown_variant,
                "blanks": {slot.value: edit.text() for slot, edit in self.slot_edits.items()},
                "text": self._box_text(), "shown": self._shown}

    def restore(self, state: dict) -> None:
        """Show a kept draft as it was written, without asking to replace anything."""
        ids = [item.id for item in self._listings]
        widgets = [self.listing_combo, self.rating_combo, self.rating_only, self.language_combo,
                   *self.slot_edits.values()]
        for widget in widgets:
            widget.blockSignals(True)
        if state["listing"] in ids:
            self.listing_combo.setCurrentIndex(ids.index(state["listing"]))
        self.rating_only.setChecked(not state["has_text"])
        self.rating_combo.setCurrentIndex(STARS.index(state["stars"]))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(state["language"])))
        for slot, edit in self.slot_edits.items():
            edit.setText(state["blanks"].get(slot.value, edit.text()))
        for widget in widgets:
            widget.blockSignals(False)
        self._variant = self._shown_variant = state["variant"]
        self._show_case_rows()
        self._update_copy_button()
        self._shown, self._kept = state["shown"], False
        self.draft_edit.setPlainText(state["text"])
        self.keeper.adopt(reply_key(state["listing"]), self.draft_state())

    def offer_kept(self, listing=None) -> bool:
        """A reply kept from before (for this listing, or the latest one) is offered back; True if continued."""
        kept = load_reply_drafts(self.store)
        if listing is not None:
            kept = [(key, state) for key, state in kept if key == reply_key(listing.id)]
        if not kept:
            return False
        key, state = kept[-1]
        excerpt = state["text"].strip().replace("\n", " ")
        excerpt = excerpt if len(excerpt) <= 120 else excerpt[:119] + "…"
        if questions.ask(self, self.tr("Reply to a review"),
                         "\n\n".join((self.tr("You were writing this reply and did not copy it:"), excerpt,
                                      self.tr("Continue it?"))),
                         self.tr("C&ontinue the reply"), self.tr("&Discard it"), default_no=False):
            self.restore(state)
            return True
        try:
            save_reply_draft(self.store, key, None)
        except StoreWriteError:  # still offered next time: nothing lost
            pass
        return False

    @classmethod
    def ask(cls, parent, store, clock, listing=None):
        """Show the dialog until the owner closes it: the Change of the last reply copied, or None (tests
        replace this)."""
        dialog = cls(parent, store, clock, listing)
        QTimer.singleShot(0, lambda: dialog.offer_kept(listing))  # over the shown dialog
        dialog.exec()
        return dialog.recorded
