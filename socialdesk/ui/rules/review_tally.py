"""The checklist week's reviews: the count the owner types (received, answered) and the reply dialog."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from socialdesk.domain.reviews.tally import MAX_COUNT, ReviewTally
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.saving import quietly, saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.autosave import DEBOUNCE_MS


class ReviewTallyBox(QGroupBox):
    """Each count is on disk when the spin box commits (Enter, arrows, leaving it) or after a short pause in
    typing, like the app's other fields; emits `changed`."""

    changed = Signal(object)

    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("The week's reviews"))
        self.setObjectName("reviewTally")
        self.store, self.clock = store, clock
        self.week = IsoWeek.of(clock().date())
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(DEBOUNCE_MS)
        self._pause.timeout.connect(self._commit_typed)
        self.received = self._spin(self.tr("Reviews received"))
        self.answered = self._spin(self.tr("Reviews answered"))
        self.reply_button = QPushButton(self.tr("Reply t&o a review…"))
        self.reply_button.setAccessibleName(self.tr("Reply to a review"))
        self.reply_button.clicked.connect(self._on_reply_button_clicked)
        row = QHBoxLayout()
        # "Answered:" has no access key in English (one Tab after Alt+I): the week's view, with a holiday's tasks,
        # has no letter left for it (tests/theme/test_theme_access_keys.py); French keeps « A&vec réponse ».
        for text, spin in ((self.tr("Rece&ived:"), self.received), (self.tr("Answered:"), self.answered)):
            label = QLabel(text)
            label.setBuddy(spin)
            row.addWidget(label)
            row.addWidget(spin)
        row.addStretch(1)
        row.addWidget(self.reply_button)
        self.over_label = QLabel(self.tr("More answers than reviews received? Fine if some were last week's "
                                         "reviews; otherwise check the counts."))
        self.over_label.setObjectName("tallyMoreAnswered")
        self.over_label.setWordWrap(True)
        self.over_label.hide()
        self.copied_label = QLabel()
        self.copied_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.over_label)
        layout.addWidget(self.copied_label)

    def _spin(self, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_COUNT)
        spin.setKeyboardTracking(False)  # one save per committed number, not per digit
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(self._on_count_changed)
        spin.lineEdit().textEdited.connect(self._pause.start)  # typed digits are saved after a short pause
        return spin

    def _commit_typed(self) -> None:
        """The owner stopped typing: a whole number typed is taken as if Enter were pressed."""
        for spin in (self.received, self.answered):
            if spin.hasAcceptableInput():
                spin.interpretText()

    def show_week(self, week: IsoWeek) -> None:
        self.week = week
        tally = self.store.rules.reviews.tally(week)
        quietly([self.received, self.answered],
                lambda: (self.received.setValue(tally.received), self.answered.setValue(tally.answered)))
        is_future = week.key > IsoWeek.of(self.clock().date()).key
        for spin in (self.received, self.answered):
            spin.setEnabled(not is_future)
        self._show_over()
        self._show_copied()

    def _show_over(self) -> None:
        """Answered above received is kept as typed (last week's reviews answered now), but said."""
        self.over_label.setVisible(self.answered.value() > self.received.value())

    def _show_copied(self) -> None:
        start = datetime.combine(self.week.monday, time())
        copied = self.store.rules.reviews.replies_between(start, start + timedelta(days=7))
        self.copied_label.setText(fill(self.tr("Replies copied from SocialDesk: %1."), str(copied)))

    def _on_count_changed(self, _value: int) -> None:
        self._show_over()
        before = self.store.rules.reviews.tally(self.week)
        tally = ReviewTally(self.week, self.received.value(), self.answered.value())
        with saving(self, lambda: self.show_week(self.week), [self.received, self.answered]) as attempt:
            change = self.store.rules.reviews.set_tally(tally)
        if attempt.failed or before == tally:
            return
        self.changed.emit(change)

    def _on_reply_button_clicked(self) -> None:
        from socialdesk.ui.presence.reply_dialog import ReplyDialog

        change = ReplyDialog.ask(self, self.store, self.clock)
        self._show_copied()
        if change is not None:
            self.changed.emit(change)
