"""Step 2, our community: the six groups, where they are, what they expect, and their drivers."""

from PySide6.QtWidgets import QGroupBox, QLabel

from socialdesk.domain.community import CommunityGroup
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import Driver
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.page_stand import text_saver
from socialdesk.ui.strategy.rows_editor import Column, RowsEditor
from socialdesk.ui.strategy.group_questions import example, question
from socialdesk.ui.strategy.labels import GROUP_NAMES, STEP_TITLES
from socialdesk.ui.strategy.texts import ADVICE, TIPS


class CommunityPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.COMMUNITY], ADVICE[Step.COMMUNITY], parent,
                         tip=TIPS[Step.COMMUNITY])
        outer = self.form(self.body)
        self.keys: list[str] = []
        self.drivers: dict[CommunityGroup, RowsEditor] = {}
        for group in CommunityGroup:
            box = QGroupBox(GROUP_NAMES[group], self.body)
            box.setAccessibleName(GROUP_NAMES[group])
            form = self.form(box)
            for aspect in f.COMMUNITY_ASPECTS:
                key = f.community_key(group, aspect)
                asked = question(group, aspect)  # competitors, suppliers… each asked what fits them
                edit = self.line(asked, example(group, aspect), text_saver(writer, key), form)
                edit.setAccessibleName(f"{GROUP_NAMES[group]}: {asked}")
                self.keys.append(key)
            editor = RowsEditor(
                [Column(self.tr("Name"), stretch=True), Column(self.tr("Username")), Column(self.tr("Note"), stretch=True)],
                {"table": fill(self.tr("Key people: %1"), GROUP_NAMES[group]),
                 "add": self.tr("Add a key person"), "remove": self.tr("Remove the key person"), "no_date": ""},
                box,
            )
            label = QLabel(self.tr("Key people worth winning over (named people)"), box)
            label.setBuddy(editor.table)
            form.addRow(label)
            form.addRow(editor)
            editor.rows_edited.connect(lambda rows, g=group: self._on_drivers_rows_edited(g, rows))
            self.drivers[group] = editor
            outer.addRow(box)

    def load(self, strategy, shop, read_only: bool) -> None:
        for binder, key in zip(self.binders, self.keys):
            binder.load(strategy.text(key))
        for group, editor in self.drivers.items():
            editor.set_rows(driver_rows(strategy, group))
            editor.set_read_only(read_only)
        super().load(strategy, shop, read_only)

    def _on_drivers_rows_edited(self, group: CommunityGroup, rows):
        drivers = [Driver(group, name.strip(), handle.strip(), note.strip())
                   for name, handle, note in rows if name.strip() or handle.strip() or note.strip()]
        self.writer.write(self.writer.store.strategy.save_drivers, group, drivers,
                          restore=lambda stored: self.drivers[group].set_rows(driver_rows(stored, group)))


def driver_rows(strategy, group: CommunityGroup) -> list[list]:
    return [[d.name, d.handle, d.note] for d in strategy.drivers_in(group)]
