"""Step 5, what we stand for, once the community is mapped: messages, value, benefits, SMART goals."""

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QLabel

from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.goals import overdue_goals
from socialdesk.domain.strategy.model import Goal
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.rows_editor import Column, RowsEditor
from socialdesk.ui.strategy.labels import STEP_TITLES
from socialdesk.ui.strategy.texts import ADVICE, TIPS


def text_saver(writer, key):
    return lambda text: writer.write(writer.store.strategy.set_text, key, text)


class StandPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.STAND], ADVICE[Step.STAND], parent,
                         tip=TIPS[Step.STAND])
        form = self.form(self.body)
        specs = (
            (f.STAND_MESSAGES, self.tr("Key &messages (one per line)"),
             self.tr("e.g. Sourdough baked on site every morning\nFlowers from growers within 50 km"), 4),
            (f.STAND_VALUE, self.tr("The value we a&dd"),
             self.tr("e.g. the only wood-fired oven in the district; a florist who delivers on Sundays"), 2),
            (f.STAND_BENEFITS, self.tr("What makes customers &buy"),
             self.tr("e.g. fresh at 7 a.m., order the day before; quiet rooms facing the park"), 2),
            (f.STAND_EVOLUTION, self.tr("How our &trade is evolving"),
             self.tr("e.g. fewer baguettes, more special breads; guests book on their phone"), 2),
        )
        for key, label, example, lines in specs:
            self.text(label, example, text_saver(writer, key), form, lines)
        goals_label = QLabel(self.tr("&Goals: specific, measurable, with a date"), self.body)
        self.goals = RowsEditor(
            [Column(self.tr("Goal"), stretch=True), Column(self.tr("By"), "date")],
            {"table": self.tr("Goals"), "add": self.tr("&Add a goal"), "remove": self.tr("Remove the g&oal"),
             "no_date": self.tr("no date")},
            self.body, clock=writer.clock,
        )
        goals_label.setBuddy(self.goals.table)
        self.goals.table.setToolTip(self.tr("e.g. 20 Google reviews by June; 10 wedding bouquets ordered online by spring"))
        form.addRow(goals_label)
        form.addRow(self.goals)
        self.overdue = QLabel(self.body)  # goals whose date is past: reached, or give them a new date
        self.overdue.setObjectName("overdueGoals")
        self.overdue.setWordWrap(True)
        self.overdue.setVisible(False)
        form.addRow(self.overdue)
        self.goals.rows_edited.connect(self._on_goals_rows_edited)

    def load(self, strategy, shop, read_only: bool) -> None:
        for binder, key in zip(self.binders, f.STAND_KEYS):
            binder.load(strategy.text(key))
        self.goals.set_rows(goal_rows(strategy))
        self.goals.set_read_only(read_only)
        self._show_overdue(strategy.goals)
        super().load(strategy, shop, read_only)

    def _show_overdue(self, goals) -> None:
        late = overdue_goals(goals, self.writer.clock().date())
        locale = QLocale()
        names = "; ".join(f"{g.text} ({day_text(g.due, 'd MMM yyyy', locale)})" for g in late)
        self.overdue.setText(fill(self.tr("⚠ Date already passed: %1. Reached? Set the next goal; "
                                          "if not, give it a new date."), names))
        self.overdue.setVisible(bool(late))

    def _on_goals_rows_edited(self, rows):
        goals = [Goal(text.strip(), _to_date(due)) for text, due in rows if text.strip() or due]
        self._show_overdue(goals)
        self.writer.write(self.writer.store.strategy.save_goals, goals,
                          restore=lambda stored: self.goals.set_rows(goal_rows(stored)))


def goal_rows(strategy) -> list[list]:
    return [[g.text, QDate(g.due) if g.due else None] for g in strategy.goals]


def _to_date(value) -> date | None:
    return value.toPython() if isinstance(value, QDate) and value.isValid() else None
