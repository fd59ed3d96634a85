"""Step 1, the shop: the one canonical card (name, address, phone…) shared with presence."""

from dataclasses import replace

from PySide6.QtWidgets import QLabel

from socialdesk.domain.hours.words import format_hours
from socialdesk.domain.shop import ShopCard
from socialdesk.domain.strategy.fields import Step
from socialdesk.ui.common.hours_editor import HoursEditor
from socialdesk.ui.i18n import current_language
from socialdesk.ui.strategy.hours_command import HoursCommand
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.labels import STEP_TITLES
from socialdesk.ui.strategy.texts import ADVICE, TIPS


class ShopPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.SHOP], ADVICE[Step.SHOP], parent,
                         tip=TIPS[Step.SHOP])
        form = self.form(self.body)
        specs = (
            ("name", self.tr("Shop &name"), self.tr("e.g. Boulangerie Léa, Fleurs de Jade, Hôtel du Parc")),
            ("trade", self.tr("&Trade"), self.tr("e.g. bakery, florist, 3-star hotel")),
            ("address", self.tr("Street a&ddress"), self.tr("e.g. 12 rue d'Austerlitz")),
            ("postcode", self.tr("&Postcode"), self.tr("e.g. 69004")),
            ("city", self.tr("Cit&y"), self.tr("e.g. Lyon")),
            ("phone", self.tr("Ph&one"), self.tr("e.g. 04 78 00 00 00")),
            ("email", self.tr("E-&mail"), self.tr("e.g. hello@fleursdejade.fr")),
            ("website", self.tr("We&bsite"), self.tr("e.g. https://www.hotel-du-parc.fr")),
            ("languages", self.tr("Lan&guages spoken"), self.tr("e.g. French, English, Italian")),
        )
        self.edits = {}
        for name, label, example in specs:
            self.edits[name] = self.line(label, example, self._saver(name), form)
        self.hours_editor = HoursEditor(self.body, writer.clock)
        self.hours_editor.changed.connect(self._save_hours)
        self._hours_before = None  # the card before typed hours replace the grid's, to undo to
        self.hours_editor.replacing.connect(self._on_hours_replacing)
        self.hours_editor.replaced.connect(self._on_hours_replaced)
        form.addRow(self.tr("Opening hours"), self.hours_editor)
        self.name_hint = QLabel(self.tr("The name, address and phone are what every listing is checked against; "
                                        "the rest can wait."), self.body)
        self.name_hint.setWordWrap(True)
        form.addRow(self.name_hint)

    def _saver(self, name):
        return lambda text: self._save_field(name, text)

    def _save_field(self, name: str, text: str) -> bool:
        card = self.writer.store.shop.get()
        if name == "languages":
            card = replace(card, languages=[part.strip() for part in text.split(",") if part.strip()])
        else:
            card = replace(card, **{name: text.strip()})
        return self.writer.write(self.writer.store.shop.save, card, self.writer.clock())

    def _save_hours(self, hours) -> bool:
        card = replace(self.writer.store.shop.get(), hours=hours,
                       opening_hours=format_hours(hours, current_language()))
        return self.writer.write(self.writer.store.shop.save, card, self.writer.clock())

    def _on_hours_replacing(self) -> None:
        self._hours_before = self.writer.store.shop.get()

    def _on_hours_replaced(self, _editor_words: str) -> None:
        """Typed hours replaced the grid's: one undo step, named as a thing ("&Undo typed hours")."""
        before, self._hours_before = self._hours_before, None
        after = self.writer.store.shop.get()
        stack = getattr(self.writer.parent(), "undo_stack", None)
        if stack is not None and before is not None and before.hours != after.hours:
            stack.push(HoursCommand(self, self.tr("Typed hours", "the undo command's name"), before, after))

    def load(self, strategy, shop: ShopCard, read_only: bool) -> None:
        self.hours_editor.load(shop.hours, shop.opening_hours)
        self.hours_editor.setEnabled(not read_only)
        for binder in self.binders:
            name = next(k for k, e in self.edits.items() if e is binder.edit)
            value = ", ".join(shop.languages) if name == "languages" else getattr(shop, name)
            binder.load(value)
        super().load(strategy, shop, read_only)
