"""The checklist over time: completion chart, streak and the rules most often missed."""

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from socialdesk.domain.rules.scores import (HELD_SHARE, done_keys, finished_average, last_weeks, most_missed, streak,
                                           week_scores)
from socialdesk.domain.reviews.tally import totals
from socialdesk.domain.weeks import IsoWeek
from socialdesk.ui.common.words import fill
from socialdesk.ui.rules import sources

RECENT_TALLIES = 3  # weeks listed after the total


class HistoryPage(QWidget):
    def __init__(self, store, clock, parent=None):
        super().__init__(parent)
        from socialdesk.ui.rules.chart import CompletionChart

        self.store = store
        self.clock = clock
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.span_combo = QComboBox()
        self.span_combo.addItem(self.tr("Last 12 weeks"), 12)
        self.span_combo.addItem(self.tr("Last 52 weeks"), 52)
        self.span_combo.setAccessibleName(self.tr("Weeks shown"))
        self.span_combo.currentIndexChanged.connect(self._on_span_combo_current_index_changed)
        top.addWidget(self.span_combo)
        top.addStretch(1)
        layout.addLayout(top)
        figures = QFormLayout()
        self.this_week_label = QLabel()
        self.streak_label = QLabel()
        self.average_label = QLabel()
        figures.addRow(self.tr("This week:"), self.this_week_label)
        figures.addRow(self.tr("Weeks in a row:"), self.streak_label)
        figures.addRow(self.tr("Average:"), self.average_label)
        self.reviews_label = QLabel()  # one row, not a group: the checklist still fits the smallest window
        self.reviews_label.setObjectName("reviewsHistory")
        self.reviews_label.setWordWrap(True)
        figures.addRow(self.tr("Reviews answered:"), self.reviews_label)
        layout.addLayout(figures)
        self.chart = CompletionChart()
        layout.addWidget(self.chart, 1)
        missed_group = QGroupBox(self.tr("Rules most often missed"))
        missed_layout = QVBoxLayout(missed_group)
        self.missed_label = QLabel()
        self.missed_label.setWordWrap(True)
        missed_layout.addWidget(self.missed_label)
        layout.addWidget(missed_group)

    @property
    def span(self) -> int:
        return self.span_combo.currentData()

    def _on_span_combo_current_index_changed(self, _index):
        self.reload()

    def reload(self) -> None:
        current = IsoWeek.of(self.clock().date())
        weeks = last_weeks(current, self.span)
        rules = sources.rules(self.store, include_archived=True)
        done = done_keys(self.store.rules.checks_between(weeks[0], weeks[-1]).values())
        scores = week_scores(rules, done, current, self.span)
        begun = min((rule.first_week.monday for rule in rules if rule.first_week), default=None)
        self.chart.set_scores([s for s in scores if begun is None or s.week.monday >= begun] or scores[-1:],
                              self.span)  # no bar for the weeks before the checklist had a rule
        self.chart.setToolTip(self.chart.describe())
        self._show_figures(scores)
        self._show_missed(most_missed(rules, done, weeks[:-1]))
        self._show_reviews(self.store.rules.reviews.tallies_between(weeks[0], weeks[-1]))

    def _show_figures(self, scores) -> None:
        now = scores[-1]
        self.this_week_label.setText(
            self.tr("nothing due") if now.percent is None else
            fill(self.tr("%1 % (rules done: %2 of %3)"), str(now.percent), str(now.done), str(now.due)))
        count = streak(scores)
        target = str(round(HELD_SHARE * 100))
        self.streak_label.setText(fill(self.tr("%n week(s) in a row at %1 % or more", "", count), target))
        found = finished_average(scores)
        if found is None:
            self.average_label.setText(self.tr("no finished week yet"))
            return
        average, weeks = found
        self.average_label.setText(fill(self.tr("%1 % over %n finished week(s)", "", weeks), str(average)))

    def _show_missed(self, ranked) -> None:
        if not ranked:
            self.missed_label.setText(self.tr("No rule was missed in the closed weeks shown."))
            return
        lines = [fill(self.tr("%1 — missed in %2 of %n week(s)", "", item.due), item.rule.text, str(item.missed))
                 for item in ranked]
        self.missed_label.setText("\n".join(lines))

    def _show_reviews(self, tallies) -> None:
        """The owner's weekly count over the weeks shown: the total, then the latest weeks, newest first."""
        answered, received = totals(tallies)
        if not tallies:
            self.reviews_label.setText(self.tr("no count typed yet (Week page, “The week's reviews”)"))
            return
        parts = [fill(self.tr("%1 of %2 received over the weeks shown"), str(answered), str(received))]
        over = sum(t.more_answered for t in tallies)
        if over:
            parts.append(self.tr("%n week(s) with more answers than reviews received: the extra answers are "
                                 "not counted in the total", "", over))
        parts += [fill(self.tr("week %1: %2 answered, only %3 received ⚠") if t.more_answered
                       else self.tr("week %1: %2 of %3"), str(t.week.week), str(t.answered), str(t.received))
                  for t in reversed(tallies[-RECENT_TALLIES:])]
        self.reviews_label.setText(" · ".join(parts))
