"""PostDialog: write or edit one post (or a series), with live counts and gentle hints."""

import html
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QRect, QSize, QTime, QTimer, Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
                               QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QSpinBox, QStyle,
                               QTimeEdit, QVBoxLayout, QWidget)

from socialdesk.domain.calendar.coaching import post_hints
from socialdesk.domain.calendar.counting import counts
from socialdesk.domain.calendar.preview import preview
from socialdesk.domain.calendar.ready_text import NetworkExtras, tag_issues, text_for
from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.calendar.zones import local_zone_name, wall_time_shift
from socialdesk.domain.hours.words import time_text
from socialdesk.domain.post_text import clean_text
from socialdesk.domain.posts import About, Post, PostStatus
from socialdesk.storage.calendar.media import media_dir
from socialdesk.storage.errors import WriteProblem
from socialdesk.ui.calendar.draft_keeper import DraftKeeper
from socialdesk.ui.calendar.extras_dialog import tag_issue_text
from socialdesk.ui.calendar.icons import network_icon, network_name
from socialdesk.ui.calendar.network_picker import NetworkPicker
from socialdesk.ui.calendar.post_checks import PostChecks
from socialdesk.ui.calendar.post_image import PostImageMixin
from socialdesk.ui.calendar.post_ready import PostReadyMixin
from socialdesk.ui.calendar.preview_dialog import PreviewDialog
from socialdesk.ui.calendar.labels import ABOUTS, STATUSES, WORDS, hint_text
from socialdesk.ui.calendar.upright import upright_pixmap
from socialdesk.ui.common.background import LatestOnly
from socialdesk.ui.common.dates import bounded
from socialdesk.ui.common.up_down_scroll import UpDownScroll
from socialdesk.ui.common.words import fill
from socialdesk.ui.common.wrapped_labels import fit, keep_wrapped_labels_whole
from socialdesk.ui.i18n import current_language


@dataclass
class PostChoice:
    post: Post
    rule: Recurrence | None  # a new or changed repetition; None: does not repeat
    saved: bool = False  # the dialog's save hook put it in the file already


def applied_pillar_names(store) -> list[str]:
    """The strategy's pillars when it has applied them."""
    return [p.name for p in store.strategy.applied_pillars()]


class PostDialog(PostReadyMixin, PostImageMixin, QDialog):
    crop_kept = Signal()  # the owner kept a crop: the draft keeper writes it at once

    def __init__(self, parent, post: Post, store, rule: Recurrence | None, repeat_allowed: bool, *, clock,
                 save=None):
        super().__init__(parent)
        self._save = save  # OK closes only once save(choice) returned True: a refused save loses nothing
        self._today = clock().date()
        self.setWindowTitle(self.tr("Post") if post.id else self.tr("New post"))
        self.setObjectName("postDialog")
        self._post, self._store = post, store
        self._zone = post.zone or local_zone_name()  # the clocks' changes of the post's zone
        self._variants = dict(post.variants)
        self._variant_key = ""
        self._image = post.image
        self._limits = store.calendar.limits()
        self._extras = store.calendar.extras()  # each network's hashtags and signature, counted in its limit
        self.checks = PostChecks(self, post, self._today, self._limits, self._extras, self.image_label())
        self.image_loader = LatestOnly(self)  # an image is checked and copied off the GUI thread
        self.image_loader.finished.connect(self._on_image_loader_finished)
        self.body = QWidget()  # both columns scroll up and down together: every warning shown, on a laptop too
        self.body.setObjectName("postBody")
        columns = QHBoxLayout(self.body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(self._build_left(post, rule, repeat_allowed), 0)
        columns.addLayout(self._build_right(post), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        self.body_scroll = UpDownScroll(self.body)
        layout.addWidget(self.body_scroll, 1)
        self.refusal_label = QLabel()  # why OK did not close: shown until the owner fixes it
        self.refusal_label.setObjectName("postRefusal")
        self.refusal_label.setWordWrap(True)
        self.refusal_label.hide()
        layout.addWidget(self.refusal_label)
        self.not_kept_label = QLabel()  # shown only while the draft cannot reach the disk
        self.not_kept_label.setObjectName("postDraftNotKept")
        self.not_kept_label.setWordWrap(True)
        self.not_kept_label.hide()
        layout.addWidget(self.not_kept_label)
        layout.addWidget(buttons)
        keep_wrapped_labels_whole(self)
        keep_wrapped_labels_whole(self.body)  # its labels are given their width as the body is laid out again
        self._refresh()
        self._sized = False  # sized for its screen when first shown
        self.draft = DraftKeeper(self, store)
        self.draft.refusal_changed.connect(self._on_draft_refusal_changed)

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._sized:  # once laid out, before the first paint: then each wrapped line has its width
            self._sized = True
            QTimer.singleShot(0, self, lambda: self.resize(self.fitted_size(self.screen().availableGeometry())))

    def fitted_size(self, available: QRect) -> QSize:
        """The whole post (at least 920 × 620) when the screen has room, else the screen's height under the title
        bar: the body scrolls and nothing is squeezed. The dialog is laid out at that width first, so its wrapped
        lines count at the width they will have."""
        title = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
        room = QSize(available.width(), available.height() - title)
        self.resize(QSize(920, 620).expandedTo(self.minimumSizeHint()).boundedTo(room))
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # laid out at that width, body too
        fit(self)  # each wrapped line's height at the width it is given, then the whole height is known
        return self.sizeHint().expandedTo(QSize(920, 620)).boundedTo(room).expandedTo(self.minimumSizeHint())

    def accept(self):
        if self.ready_refused(self.post()):
            return  # the owner writes the alt text first
        if not self.checks.agreed(self.post()):
            return  # the owner goes back to the day or the text
        if self._save is not None:
            self.draft.flush()  # what is on screen is the draft while the save is tried
            if not self._save(self.choice()):
                return  # the owner was told why; everything typed stays here and in the draft
        super().accept()

    def done(self, result):
        self.draft.discard()  # accepted or cancelled on purpose: no draft to offer back
        super().done(result)

    # ----- building
    def _build_left(self, post: Post, rule, repeat_allowed: bool) -> QFormLayout:
        form = QFormLayout()
        self.on_day = QCheckBox(self.tr("On a day (otherwise it stays an idea)"))
        self.on_day.setChecked(post.day is not None)
        self.day_edit = bounded(QDateEdit(QDate(post.day or self._today)))
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setAccessibleName(self.tr("Day"))
        self.at_time = QCheckBox(self.tr("At a time"))
        self.at_time.setChecked(post.time is not None)
        self.time_edit = QTimeEdit(QTime(post.time.hour, post.time.minute) if post.time else QTime(9, 0))
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.status_box = self._combo([(STATUSES[s], s.value) for s in PostStatus], post.status.value,
                                      self.tr("Status"))
        self.pillar_box = QComboBox()
        self.pillar_box.setEditable(True)
        self.pillar_box.addItems(applied_pillar_names(self._store))
        self.pillar_box.setCurrentText(post.pillar)
        self.pillar_box.setAccessibleName(self.tr("Theme"))
        self.about_box = self._combo([(WORDS["not_said"], "")] + [(ABOUTS[a], a.value) for a in About],
                                     post.about, self.tr("Who it is about"))
        form.addRow(self.on_day)
        form.addRow(self.tr("&Day:"), self.day_edit)
        form.addRow(self.at_time)
        form.addRow(self.tr("&Time:"), self.time_edit)
        form.addRow(self.tr("&Status:"), self.status_box)
        form.addRow(self.tr("T&heme:"), self.pillar_box)
        form.addRow(self.tr("&About:"), self.about_box)
        form.addRow(self._build_repeat(rule, repeat_allowed))
        form.addRow(self._build_image())
        form.addRow(self._build_alt(post))
        for box in (self.on_day, self.at_time):
            box.toggled.connect(self._refresh)
        return form

    def _combo(self, entries, current, name) -> QComboBox:
        box = QComboBox()
        for text, value in entries:
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.setAccessibleName(name)
        return box

    def _build_repeat(self, rule: Recurrence | None, allowed: bool) -> QGroupBox:
        group = QGroupBox(self.tr("Repeat"))
        grid = QGridLayout(group)
        self.repeat_box = self._combo([(self.tr("Does not repeat"), ""), (self.tr("Every week"), "weekly"),
                                       (self.tr("Every month"), "monthly")],
                                      rule.frequency.value if rule else "", self.tr("Repeat"))
        self.end_box = self._combo([(self.tr("a number of times"), "count"), (self.tr("until a date"), "until")],
                                   "until" if rule and rule.until else "count", self.tr("Repeat ends after"))
        self.count_spin = QSpinBox()
        self.count_spin.setRange(2, 260)
        self.count_spin.setValue(rule.count if rule and rule.count else 4)
        self.count_spin.setAccessibleName(self.tr("Number of times"))
        self.until_edit = bounded(QDateEdit(QDate(rule.until) if rule and rule.until
                                            else QDate(self._today).addMonths(3)))
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setAccessibleName(self.tr("Last day"))
        grid.addWidget(self.repeat_box, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Ends:")), 1, 0)
        grid.addWidget(self.end_box, 1, 1)
        grid.addWidget(self.count_spin, 2, 0)
        grid.addWidget(self.until_edit, 2, 1)
        group.setEnabled(allowed)
        if not allowed:
            group.setToolTip(self.tr("This changes one occurrence only; edit the whole series to change the repeat."))
        for box in (self.repeat_box, self.end_box):
            box.currentIndexChanged.connect(self._refresh)
        return group

    def _build_right(self, post: Post) -> QVBoxLayout:
        right = QVBoxLayout()
        self.networks = NetworkPicker(list(self._store.strategy.applied_cadence()), post.networks)
        self.network_boxes = self.networks.boxes
        self.networks.toggled.connect(self._on_networks_toggled)
        right.addWidget(self.networks)
        self.text_edit = QPlainTextEdit(post.text)
        self.text_edit.setAccessibleName(self.tr("Text"))
        self.text_edit.textChanged.connect(self._refresh)
        self.time_edit.timeChanged.connect(self._refresh)  # a time the clocks skip or pass twice is said
        self.day_edit.dateChanged.connect(self._refresh)
        right.addWidget(QLabel(self.tr("Te&xt:"), buddy=self.text_edit))
        right.addWidget(self.text_edit, 2)
        variant_row = QHBoxLayout()
        self.variant_box = QComboBox()
        self.variant_box.setAccessibleName(self.tr("Network with its own text"))
        self.variant_box.currentIndexChanged.connect(self._on_variant_box_changed)
        variant_row.addWidget(QLabel(self.tr("Separate text for:"), buddy=self.variant_box))
        variant_row.addWidget(self.variant_box, 1)
        right.addLayout(variant_row)
        self.variant_edit = QPlainTextEdit()
        self.variant_edit.setPlaceholderText(self.tr("Empty: this network gets the main text."))
        self.variant_edit.setAccessibleName(self.tr("Text for this network"))
        self.variant_edit.textChanged.connect(self._on_variant_edit_changed)
        right.addWidget(self.variant_edit, 1)
        for edit in (self.text_edit, self.variant_edit):
            edit.setTabChangesFocus(True)  # Tab moves on, as in the alt text: a tab character has no place in a post
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.counts_label.setTextFormat(Qt.TextFormat.RichText)
        self.preview_button = QPushButton(self.tr("Previe&w…"))
        self.preview_button.setToolTip(self.tr("How it will look on each chosen network"))
        self.preview_button.clicked.connect(lambda: self.open_preview())
        counts_row = QHBoxLayout()
        counts_row.addWidget(self.counts_label, 1)
        counts_row.addWidget(self.preview_button)
        right.addLayout(counts_row)
        right.addWidget(self._build_google(post))
        self.notes_edit = QPlainTextEdit(post.notes)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setMaximumHeight(70)
        self.notes_edit.setTabChangesFocus(True)
        right.addWidget(QLabel(self.tr("&Notes (not published):"), buddy=self.notes_edit))
        right.addWidget(self.notes_edit)
        self.hints_label = QLabel()
        self.hints_label.setWordWrap(True)
        self.hints_label.setObjectName("postHints")
        right.addWidget(self.hints_label)
        self._fill_variant_box()
        return right

    # ----- reacting
    def _on_draft_refusal_changed(self, problem):
        if problem is None:
            self.not_kept_label.hide()
            return
        if problem is WriteProblem.DISK_FULL:
            text = self.tr("Your typing can't be kept on disk right now: the disk is full. Keep this window open; "
                           "free some space.")
        else:
            text = self.tr("Your typing can't be kept on disk right now: the data file cannot be written. Keep "
                           "this window open; it is kept again as soon as the file can be written.")
        self.not_kept_label.setText(text)
        self.not_kept_label.show()

    def _on_networks_toggled(self, _checked=False):
        self._fill_variant_box()
        self._refresh()

    def _fill_variant_box(self):
        current = self._variant_key
        self.variant_box.blockSignals(True)
        self.variant_box.clear()
        for key in self.selected_networks():
            self.variant_box.addItem(network_icon(key), network_name(key), key)
        index = self.variant_box.findData(current)
        self.variant_box.setCurrentIndex(index if index >= 0 else 0)
        self.variant_box.blockSignals(False)
        self._on_variant_box_changed()

    def _on_variant_box_changed(self, _index=0):
        self._variant_key = self.variant_box.currentData() or ""
        self.variant_edit.blockSignals(True)
        self.variant_edit.setPlainText(self._variants.get(self._variant_key, ""))
        self.variant_edit.blockSignals(False)
        self.variant_edit.setEnabled(bool(self._variant_key))

    def _on_variant_edit_changed(self):
        if self._variant_key:
            self._variants[self._variant_key] = self.variant_edit.toPlainText()
        self._refresh()

    def _refresh(self, *_):
        self.day_edit.setEnabled(self.on_day.isChecked())
        self.time_edit.setEnabled(self.at_time.isChecked())
        repeating = bool(self.repeat_box.currentData())
        self.end_box.setEnabled(repeating)
        self.count_spin.setEnabled(repeating and self.end_box.currentData() == "count")
        self.until_edit.setEnabled(repeating and self.end_box.currentData() == "until")
        post = self.post()
        rows = []
        for count in counts(post, self._limits, self._extras, self.image_label()):
            number = QLocale().toString
            line = fill(self.tr("%1: %2 / %3"), network_name(count.network), number(count.used), number(count.limit))
            if count.over:
                line = "<b>" + line + " — " + fill(self.tr("%1 too many"), number(count.used - count.limit)) + "</b>"
            rows.append(line)
        tags = [html.escape(tag_issue_text(issue, key)) for key in post.networks
                for issue in tag_issues(key, self._extras.get(key, NetworkExtras()).hashtags,
                                        text_for(key, post, self._extras, self.image_label()))]
        self.counts_label.setText(" · ".join(rows) + "".join("<br><b>" + t + "</b>" for t in tags)
                                  if rows else self.tr("Choose at least one network."))
        self.preview_button.setEnabled(bool(rows))
        hints = [hint_text(h) for h in post_hints(post)]
        self.hints_label.setText("\n".join([fill(self.tr("Tip: %1"), h) for h in hints] + self._clock_change_hint()))
        self._show_thumbnail()
        self._refresh_ready(post)

    def open_preview(self, modal: bool = True) -> PreviewDialog:
        """How the post as it stands will look on each chosen network; modal: returns once it is closed."""
        post = self.post()
        size = self._image_size() if post.image else None
        previews = [preview(key, post, self._extras, self.image_label(), size) for key in post.networks]
        dialog = PreviewDialog(self, previews, upright_pixmap(media_dir(self._store) / post.image) if size else None)
        if modal:
            dialog.exec()
        return dialog

    def _shifted(self):
        """("gap" | "fold" | "", the time kept): a time the clocks skip is kept as the hour it becomes."""
        at = self.time_edit.time().toPython().replace(second=0, microsecond=0)
        if not self.on_day.isChecked():
            return "", at
        return wall_time_shift(self.day_edit.date().toPython(), at, self._zone)

    def _kept_time(self):
        """A single post keeps the hour a skipped time becomes; a series keeps the typed time and storage gives
        each occurrence that night's hour (storage/calendar/series.py, by the same wall_time_shift)."""
        if self.rule() is not None:
            return self.time_edit.time().toPython().replace(second=0, microsecond=0)
        return self._shifted()[1]

    def _clock_change_hint(self) -> list[str]:
        if not self.at_time.isChecked():
            return []
        kind, kept = self._shifted()
        typed = self.time_edit.time()
        said = time_text(typed.hour() * 60 + typed.minute(), current_language())
        if kind == "gap":
            return [fill(self.tr("%1 does not exist that day (clocks go forward): the post will be at %2."), said,
                         time_text(kept.hour * 60 + kept.minute, current_language()))]
        if kind == "fold":
            return [fill(self.tr("%1 happens twice that day (clocks go back): the post will be at the first %1, "
                                 "summer time."), said)]
        return []

    # ----- result
    def selected_networks(self) -> tuple[str, ...]:
        return self.networks.selected()

    def post(self) -> Post:
        networks = self.selected_networks()
        return replace(
            self._post,
            day=self.day_edit.date().toPython() if self.on_day.isChecked() else None,
            time=self._kept_time() if self.at_time.isChecked() else None,
            networks=networks, text=clean_text(self.text_edit.toPlainText()),  # the rule storage keeps too
            variants={k: clean_text(v) for k, v in self._variants.items() if k in networks and clean_text(v)},
            status=PostStatus(self.status_box.currentData()), pillar=self.pillar_box.currentText().strip(),
            about=self.about_box.currentData(), notes=clean_text(self.notes_edit.toPlainText()), image=self._image,
            crops={key: box for key, box in self._crops.items() if key in networks},
            **self._ready_fields(networks),
        )

    def choice(self) -> PostChoice:
        return PostChoice(self.post(), self.rule())

    def rule(self) -> Recurrence | None:
        frequency = self.repeat_box.currentData()
        day = self.day_edit.date().toPython()
        if not frequency or not self.on_day.isChecked():
            return None
        if self.end_box.currentData() == "until":
            return Recurrence(Frequency(frequency), day, until=max(day, self.until_edit.date().toPython()))
        return Recurrence(Frequency(frequency), day, count=self.count_spin.value())

    @classmethod
    def ask(cls, parent, post: Post, store, rule: Recurrence | None = None,
            repeat_allowed: bool = True, *, clock, save=None) -> PostChoice | None:
        """The owner's choice, or None if cancelled; with `save`, OK saves it and the dialog stays open until
        save(choice) returns True (a full disk or a busy file keeps the post on screen and its draft kept)."""
        dialog = cls(parent, post, store, rule, repeat_allowed, clock=clock, save=save)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return replace(dialog.choice(), saved=save is not None)
