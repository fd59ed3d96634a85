"""One week of the checklist: the week's posts and the rules due, as tick boxes with notes."""

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QApplication, QCheckBox, QFrame, QGroupBox, QLabel, QLineEdit, QScrollArea,
                               QStyle, QVBoxLayout, QWidget)

from socialdesk.domain.changes import Area
from socialdesk.domain.posts import PostStatus
from socialdesk.domain.rules.model import Frequency
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.elided_check_box import ElidedCheckBox
from socialdesk.ui.common.focus_order import reading_order
from socialdesk.ui.common.keyboard_focus import first_field, give_keyboard
from socialdesk.ui.common.empty_state import EmptyState
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.saving import quietly, saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules import labels, sources
from socialdesk.ui.rules.review_tally import ReviewTallyBox
from socialdesk.ui.rules.week_keyboard import KeyboardPlace


def _muted(label: QLabel) -> QLabel:
    """Secondary text: the palette's placeholder colour, readable in light and dark themes."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    label.setWordWrap(True)
    return label


def _clear(layout) -> None:
    """Empties the layout. Its widgets are hidden at once and deleted later: until then they are still children
    of the page, and one must never be given the keyboard (attack 37d, H1: the focus went to a deleted button)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().hide()
            item.widget().deleteLater()


# The post drafts' rule (ui/common/draft_keeping.py): the first unsaved key starts a single-shot that is
# never restarted, so a fast typist's note is on disk within NOTE_BOUND_MS; a word end or a paste at once.
NOTE_BOUND_MS = 100


def ask_unpublish(parent, line: str) -> bool:
    """Unticking a post asks first: its publication time would be forgotten."""
    return ask(
        parent, QCoreApplication.translate("WeekPage", "Not published after all?"),
        QCoreApplication.translate("WeekPage", "Mark this post as not published? It goes back to planned and its publication "
                       "time is forgotten.") + "\n\n" + line,
        QCoreApplication.translate("WeekPage", "Mark as &not published"),
        QCoreApplication.translate("WeekPage", "&Keep it published"),
    )


class WeekPage(QScrollArea):
    """Emits `changed` with each Change it wrote; every tick is on disk before it returns."""

    changed = Signal(object)
    rules_requested = Signal()  # the week has no rule: the owner is sent to the Rules page
    calendar_requested = Signal(object, object)  # a day and post ids to show in the calendar

    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        self.store = store
        self.clock = clock
        self.week = IsoWeek.of(clock().date())
        self.post_boxes: dict[int, QCheckBox] = {}
        self.rule_boxes: dict[int, QCheckBox] = {}
        self.note_edits: dict[int, QLineEdit] = {}
        self._note_lengths: dict[int, int] = {}  # each note's length at its last key: a jump is a paste
        self.setWidgetResizable(True)
        # Notes are saved within NOTE_BOUND_MS of a key, at once on a word end or paste, on leaving the field
        # and before the week changes.
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(NOTE_BOUND_MS)
        self.note_timer.timeout.connect(self.save_notes)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("The week's checklist"))
        body = QWidget()
        layout = QVBoxLayout(body)
        self.future_label = _muted(QLabel())
        layout.addWidget(self.future_label)
        self.posts_group = QGroupBox(self.tr("The week's posts"))
        self.posts_layout = QVBoxLayout(self.posts_group)
        self.posts_summary = QLabel()
        self.posts_summary.setWordWrap(True)
        layout.addWidget(self.posts_group)
        self.reviews_box = ReviewTallyBox(store, clock)
        self.reviews_box.changed.connect(self.changed.emit)
        layout.addWidget(self.reviews_box)
        self.rules_group = QGroupBox(self.tr("Community rules"))
        self.rules_layout = QVBoxLayout(self.rules_group)
        self.rules_summary = QLabel()
        layout.addWidget(self.rules_group)
        self.closures_group = QGroupBox(self.tr("Holidays and closures in the next three weeks"))
        self.closures_group.setObjectName("closuresGroup")
        self.closures_layout = QVBoxLayout(self.closures_group)
        self.occasion_tasks = []
        layout.addWidget(self.closures_group)
        layout.addStretch(1)
        self.setWidget(body)

    def show_week(self, week: IsoWeek) -> None:
        self.save_notes()
        place = KeyboardPlace(self)
        self.week = week
        is_future = week.key > IsoWeek.of(self.clock().date()).key
        self.future_label.setText(self.tr("This week has not started yet: you can write notes, "
                                          "and tick once it has begun."))
        self.future_label.setVisible(is_future)
        self._fill_posts(is_future)
        self.reviews_box.show_week(week)
        self._fill_rules(is_future)
        self._fill_closures()
        self._keep_reading_order()
        if place.inside:  # the keyboard stays on the page, on that rule's note or box if the week has it
            place.give_back(self)

    def refresh_closures(self) -> None:
        """The holidays and closures ahead as of today (a day passed with the window open: 38c, L3); the keyboard
        in them goes to the first of the new ones, else the first rule (38d, L1)."""
        place = KeyboardPlace(self)
        inside = self.closures_group.isAncestorOf(QApplication.focusWidget())
        self._fill_closures()
        self._keep_reading_order()
        if inside:  # the new ones' fields: shown at the loop's next turn
            first = next((field for tasks in self.occasion_tasks if (field := first_field(tasks)) is not None), None)
            if first is not None:
                give_keyboard(first)
            else:
                place.give_back(self)

    def typing(self) -> bool:
        """Whether the keyboard is in one of the rules' notes (midnight leaves such a page on its week)."""
        return QApplication.focusWidget() in self.note_edits.values()

    def _keep_reading_order(self) -> None:
        """Tab goes down the page: the week's posts (made afresh each week) before the reviews, then the rules."""
        groups = (self.posts_group, self.reviews_box, self.rules_group, self.closures_group)
        reading_order(list(groups))

    # -- posts -------------------------------------------------------------------------------
    def _fill_posts(self, is_future: bool) -> None:
        self.post_boxes.clear()
        _clear(self.posts_layout)
        self.posts_summary = QLabel()
        self.posts_summary.setWordWrap(True)
        self.posts_layout.addWidget(self.posts_summary)
        posts = sources.week_posts(self.store, self.week.monday)
        for post in posts:
            box = ElidedCheckBox(labels.post_line(post))  # cut with « … » in a narrow window (attack 37, L6)
            box.setChecked(post.status is PostStatus.PUBLISHED)
            box.setEnabled(not is_future or box.isChecked())
            box.setAccessibleName(fill(self.tr("Published: %1"), labels.post_line(post)))
            box.setToolTip(self._published_text(post))
            box.toggled.connect(lambda checked, post_id=post.id: self._on_post_toggled(post_id, checked))
            self.post_boxes[post.id] = box
            self.posts_layout.addWidget(box)
        self._update_posts_summary(posts)

    def _published_text(self, post) -> str:
        if post.published_at is None:
            return self.tr("Not published yet")
        return fill(self.tr("Published %1"), labels.day_and_time(post.published_at))

    def _update_posts_summary(self, posts) -> None:
        cadence = sources.weekly_cadence(self.store)
        published = sum(1 for post in posts if post.status is PostStatus.PUBLISHED)
        if not posts:
            text = self.tr("No posts: fine if there is nothing to say.")
        else:
            text = fill(self.tr("Published: %1 of %n planned post(s).", "", len(posts)), str(published))
        if cadence:
            text += " " + self.tr("Your strategy's rhythm: %n post(s) a week.", "", cadence)
        self.posts_summary.setText(text)

    def _on_post_toggled(self, post_id: int, checked: bool) -> None:
        box = self.post_boxes[post_id]
        if not checked and not ask_unpublish(self, box.text()):
            quietly([box], lambda: box.setChecked(True))
            return
        with saving(self, lambda: box.setChecked(not checked), [box]) as attempt:
            if checked:
                change = self.store.calendar.mark_published(post_id, self.clock())
            else:
                change = self.store.calendar.mark_unpublished(post_id)
        if attempt.failed:
            return
        self._refresh_post(post_id)
        self.changed.emit(change)

    def _refresh_post(self, post_id: int) -> None:
        posts = sources.week_posts(self.store, self.week.monday)
        for post in posts:
            if post.id == post_id:
                self.post_boxes[post_id].setToolTip(self._published_text(post))
        self._update_posts_summary(posts)

    # -- holidays and closures three weeks ahead ---------------------------------------------
    def _fill_closures(self) -> None:
        from socialdesk.ui.calendar.occasion_tasks import OccasionTasks, week_occasions

        _clear(self.closures_layout)
        found = week_occasions(self.store, self.week, self.clock().date())
        self.occasion_tasks = [OccasionTasks(self.store, self.clock, occasion, access_key=number == 0)
                               for number, occasion in enumerate(found)]
        for tasks in self.occasion_tasks:
            tasks.changed.connect(self.changed.emit)
            tasks.changed.connect(lambda change, sender=tasks: self._reload_other_occasions(change, sender))
            tasks.week_requested.connect(self.calendar_requested)
            self.closures_layout.addWidget(tasks)
        self.closures_group.setVisible(bool(found))

    def _reload_other_occasions(self, change, sender) -> None:
        """A to-do's answer may change the others on the page (a holiday answered closed moves the day a closure
        before it reopens): each shows the file as it is now, or the section is built again (36c, F2). A tick or a
        post placed changes no other one."""
        if not change.concerns(Area.STRATEGY, "hours"):
            return
        if not all(tasks.reload() for tasks in self.occasion_tasks if tasks is not sender):
            QTimer.singleShot(0, self._fill_closures)  # not while the sender's signal runs

    # -- rules -------------------------------------------------------------------------------
    def _fill_rules(self, is_future: bool) -> None:
        self.rule_boxes.clear()
        self.note_edits.clear()
        _clear(self.rules_layout)
        self.rules_summary = QLabel()
        self.rules_layout.addWidget(self.rules_summary)
        self.rules_empty = EmptyState("emptyRules")  # no rule, or none ticked: what to do next
        self.rules_layout.addWidget(self.rules_empty)
        self._future = is_future
        rules = sources.rules_for_week(self.store, self.week)
        checks = self.store.rules.checks_for_week(self.week)
        for rule in rules:
            check = checks.get(rule.id)
            self._add_rule_row(rule, check, is_future)
        if not rules:
            self.rules_summary.setText(self.tr("No rules were on the checklist that week.") if self._gone_by() else
                                       self.tr("No rules are on the checklist yet.") if is_future else
                                       self.tr("No rules are on the checklist this week."))  # by tense (37d, L4)
            if not self.store.rules.rules():  # none kept at all; a week before the rules were written is history
                self.rules_empty.set_words(self.tr("Write the few rules your shop keeps every week (or bring back "
                                                   "the suggested ones) on the Rules page."),
                                           self.tr("Open the Rules pa&ge"))
                self.rules_empty.button.clicked.connect(self.rules_requested)
                self.rules_empty.show()
        elif self._gone_by():  # what is due opens last week
            self.rules_empty.set_words(self.tr("Nothing was ticked that week. Tick what was kept, even late; start "
                                               "with the first rule."), self.tr("St&art with the first rule"))
            self.rules_empty.button.clicked.connect(self._on_first_rule_requested)
            self._update_rules_summary()
        else:
            self.rules_empty.set_words(self.tr("Nothing ticked yet this week. Tick a rule once you have kept it; "
                                               "start with the first one."), self.tr("St&art with the first rule"))
            self.rules_empty.button.clicked.connect(self._on_first_rule_requested)
            self._update_rules_summary()

    def _add_rule_row(self, rule, check, is_future: bool) -> None:
        label = rule.text
        if rule.frequency is Frequency.MONTHLY:
            label += "  " + self.tr("(monthly)")
        box = QCheckBox(label)
        font = box.font()
        font.setBold(True)
        box.setFont(font)
        box.setChecked(bool(check and check.done))
        box.setEnabled(not is_future)
        box.setAccessibleName(rule.text)
        box.setAccessibleDescription(rule.why)
        if check and check.done_at:
            box.setToolTip(fill(self.tr("Ticked %1"), labels.day_and_time(check.done_at)))
        box.toggled.connect(lambda checked, rule_id=rule.id: self._on_rule_toggled(rule_id, checked))
        why = _muted(QLabel(rule.why))
        note = QLineEdit(check.note if check else "")
        note.setPlaceholderText(self.tr("Note for the week (optional)"))
        note.setAccessibleName(fill(self.tr("Note for the week: %1"), rule.text))
        note.setClearButtonEnabled(True)
        self._note_lengths[rule.id] = len(note.text())
        note.editingFinished.connect(lambda rule_id=rule.id, edit=note: self._on_note_editing_finished(rule_id, edit))
        note.textEdited.connect(lambda text, rule_id=rule.id: self._on_note_text_edited(rule_id, text))
        row = QWidget()
        row_layout = QVBoxLayout(row)
        row_layout.setContentsMargins(0, 4, 0, 4)
        row_layout.setSpacing(2)
        row_layout.addWidget(box)
        indented = QVBoxLayout()
        indented.setContentsMargins(box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8, 0, 0, 0)
        indented.addWidget(why)
        places = self._printed_codes_label(rule)
        if places is not None:
            indented.addWidget(places)
        indented.addWidget(note)
        row_layout.addLayout(indented)
        self.rule_boxes[rule.id] = box
        self.note_edits[rule.id] = note
        self.rules_layout.addWidget(row)

    def _printed_codes_label(self, rule) -> QLabel | None:
        """Under "our codes are still ours": where the printed codes are, and what to reprint."""
        from socialdesk.storage.presence.codes_rule import is_codes_rule

        if not is_codes_rule(rule):
            return None
        from socialdesk.ui.presence.printed_words import reprint_lines, where_text  # with the codes, for this rule

        printed = self.store.presence.printed
        codes = printed.codes()
        lines = [fill(self.tr("Where they are: %1"), where_text(codes)) if codes else
                 self.tr("No printed code is recorded yet.")]
        lines += reprint_lines(printed.to_reprint())
        label = QLabel("\n".join(lines))
        label.setObjectName("printedCodesWhere")
        label.setWordWrap(True)
        return label

    def _update_rules_summary(self) -> None:
        done = sum(1 for box in self.rule_boxes.values() if box.isChecked())
        words = (self.tr("Rules done that week: %1 of %2.") if self._gone_by()  # not « this week » (37c, L7)
                 else self.tr("Rules to tick that week: %2.") if self._future  # none done yet (37d, L4)
                 else self.tr("Rules done this week: %1 of %2."))
        self.rules_summary.setText(fill(words, str(done), str(len(self.rule_boxes))))
        self.rules_empty.setVisible(done == 0 and not self._future)

    def _gone_by(self) -> bool:
        return self.week.monday < IsoWeek.of(self.clock().date()).monday

    def _on_first_rule_requested(self) -> None:
        first = next(iter(self.rule_boxes.values()))
        self.ensureWidgetVisible(first)
        give_keyboard(first)  # its focus shown at once (attack 37d, M3)

    def _on_rule_toggled(self, rule_id: int, checked: bool) -> None:
        box = self.rule_boxes[rule_id]
        now: datetime = self.clock()
        with saving(self, lambda: box.setChecked(not checked), [box]) as attempt:
            change = self.store.rules.set_done(rule_id, self.week, checked, now)
        if attempt.failed:
            return
        box.setToolTip(fill(self.tr("Ticked %1"), labels.day_and_time(now)) if checked else "")
        self._update_rules_summary()
        self.changed.emit(change)

    def _on_note_editing_finished(self, rule_id: int, edit: QLineEdit | None = None) -> None:
        """`edit`: the field that finished; one of a week the page no longer shows (hidden by the refill, its text
        saved before it: `show_week`) is left alone (attack 38b, M1: a KeyError on Alt+← from a typed note)."""
        if edit is not None and self.note_edits.get(rule_id) is not edit:
            return
        edit = self.note_edits[rule_id]
        if not edit.isModified():
            return
        with saving(self) as attempt:  # typed text stays, still modified: the next edit tries again
            change = self.store.rules.set_note(rule_id, self.week, edit.text())
        if attempt.failed:
            return
        edit.setModified(False)
        self.changed.emit(change)

    def _on_note_text_edited(self, rule_id: int, text: str) -> None:
        edit = self.note_edits[rule_id]
        before, self._note_lengths[rule_id] = self._note_lengths.get(rule_id, 0), len(text)
        typed = text[edit.cursorPosition() - 1] if len(text) == before + 1 and edit.cursorPosition() else "x"
        if abs(len(text) - before) > 1 or not typed.isalnum():  # a paste, a cut, or a word ended
            self._on_note_editing_finished(rule_id)
        elif not self.note_timer.isActive():  # never restarted: the bound holds while the owner types
            self.note_timer.start()

    def save_notes(self) -> None:
        """Write every note typed but not yet saved (the timer, a week change, hiding)."""
        self.note_timer.stop()
        for rule_id, edit in list(self.note_edits.items()):
            if edit.isModified():
                self._on_note_editing_finished(rule_id)

    def hideEvent(self, event):
        self.save_notes()
        super().hideEvent(event)
