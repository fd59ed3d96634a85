"""Step 6, channels and rhythm: few networks, posts a week, pillars (80/20), days, names to claim."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QGroupBox, QLabel, QRadioButton, QSpinBox, QVBoxLayout, QWidget,
)

from socialdesk.domain.networks import NETWORKS
from socialdesk.domain.strategy import fields as f
from socialdesk.domain.strategy.fields import Step
from socialdesk.domain.strategy.model import StrategyPillar
from socialdesk.domain.strategy.progress import pillar_total, sell_share
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.key_boxes import KeyBoxes
from socialdesk.ui.strategy.page_base import StepPage
from socialdesk.ui.strategy.page_stand import text_saver
from socialdesk.ui.strategy.rows_editor import Column, RowsEditor
from socialdesk.ui.strategy.labels import STEP_TITLES
from socialdesk.ui.strategy.texts import ADVICE, RUNNER_CHOICES, TIPS, listing_choice

FEW_NETWORKS = 3


def pillar_rows(strategy) -> list[list]:
    return [[p.name, p.share, p.sells] for p in strategy.pillars]


class ChannelsPage(StepPage):
    def __init__(self, writer, parent=None):
        super().__init__(writer, STEP_TITLES[Step.CHANNELS], ADVICE[Step.CHANNELS], parent,
                         tip=TIPS[Step.CHANNELS])
        form = self.form(self.body)
        form.addRow(self._networks_box())
        form.addRow(self._runner_box())
        form.addRow(self._pillars_box())
        days_box = QGroupBox(self.tr("Days that suit the shop"), self.body)
        locale = QLocale()
        self.days = KeyBoxes([(str(d), locale.dayName(d)) for d in range(1, 8)], 4, days_box)
        QVBoxLayout(days_box).addWidget(self.days)
        form.addRow(days_box)
        form.addRow(self._presence_box())
        for boxes, key in ((self.days, f.CHANNEL_DAYS), (self.reserve, f.CHANNEL_RESERVE),
                           (self.listings, f.CHANNEL_LISTINGS)):
            boxes.keys_toggled.connect(lambda keys, boxes=boxes, key=key: self._save_keys(boxes, key, keys))

    def _networks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Networks we use: posts per week (0 = not used)"), self.body)
        grid = QGridLayout(box)
        self.spins: dict[str, QSpinBox] = {}
        for index, network in enumerate(NETWORKS):
            spin = QSpinBox(box)
            spin.setRange(0, 21)
            spin.setAccessibleName(fill(self.tr("%1: posts per week"), network.name))
            label = QLabel(network.name, box)
            label.setBuddy(spin)
            row, col = divmod(index, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(spin, row, col * 2 + 1)
            spin.valueChanged.connect(lambda value, key=network.key: self._on_spin_value_changed(key, value))
            self.spins[network.key] = spin
        self.networks_hint = QLabel(box)
        self.networks_hint.setWordWrap(True)
        grid.addWidget(self.networks_hint, grid.rowCount(), 0, 1, 6)
        return box

    def _runner_box(self) -> QGroupBox:
        """Who posts and answers: the interview wants the shop to take it in hand (an agency only to start)."""
        box = QGroupBox(self.tr("Who posts and answers"), self.body)
        form = self.form(box)
        self.runner_buttons = QButtonGroup(box)
        self.runners: dict[str, QRadioButton] = {}
        for key in f.RUNNERS:
            radio = QRadioButton(RUNNER_CHOICES[key], box)
            self.runner_buttons.addButton(radio)
            form.addRow(radio)
            radio.toggled.connect(lambda on, key=key: on and self._on_runner_toggled(key))
            self.runners[key] = radio
        self.runner_names = self.line(self.tr("Who, &by name"), self.tr("e.g. Léa answers messages every evening"),
                                      text_saver(self.writer, f.CHANNEL_RUNNER_NAMES), form)
        self.runner_binder = self.binders[-1]
        return box

    def _show_runner(self, chosen: str, read_only: bool) -> None:
        self.runner_buttons.setExclusive(False)  # so that "not decided yet" shows no choice
        for key, radio in self.runners.items():
            radio.blockSignals(True)
            radio.setChecked(key == chosen)
            radio.blockSignals(False)
            radio.setEnabled(not read_only)
        self.runner_buttons.setExclusive(True)

    def _on_runner_toggled(self, key: str) -> None:
        self.writer.write(self.writer.store.strategy.set_text, f.CHANNEL_RUNNER, key,
                          restore=lambda stored: self._show_runner(stored.text(f.CHANNEL_RUNNER), False))

    def _pillars_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Main themes and their share of the posts"), self.body)
        layout = QVBoxLayout(box)
        self.pillars = RowsEditor(
            [Column(self.tr("Theme"), stretch=True), Column(self.tr("Share %"), "int"), Column(self.tr("Sells"), "check")],
            {"table": self.tr("Main themes"), "add": self.tr("Add a &theme"),
             "remove": self.tr("Re&move the theme"), "no_date": ""},
            box,
        )
        self.pillars.table.setToolTip(self.tr(
            "e.g. customers and behind the scenes 40 %, products 40 %, local life 20 %"))
        layout.addWidget(self.pillars)
        self.mix_hint = QLabel(box)
        self.mix_hint.setWordWrap(True)
        layout.addWidget(self.mix_hint)
        self.pillars.rows_edited.connect(self._on_pillars_rows_edited)
        return box

    def _presence_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Our name, reserved and claimed"), self.body)
        form = self.form(box)
        self.handle = self.line(self.tr("User&name to reserve"), self.tr("e.g. boulangerielea, fleursdejade"),
                                text_saver(self.writer, f.CHANNEL_HANDLE), form)
        self.handle_binder = self.binders[-1]
        self.reserve = KeyBoxes([(n.key, n.name) for n in NETWORKS], 4, box)
        form.addRow(QLabel(self.tr("Also reserve it on (even if we do not post there yet):"), box))
        form.addRow(self.reserve)
        choices = {key: listing_choice(key) for key in f.LISTING_PLATFORMS}
        self.listings = KeyBoxes([(key, words) for key, (words, _) in choices.items()], 3, box,
                                 {key: note for key, (_, note) in choices.items() if note})
        form.addRow(QLabel(self.tr("Local listings to claim (Google, Apple and Bing first):"), box))
        form.addRow(self.listings)
        return box

    def load(self, strategy, shop, read_only: bool) -> None:
        for key, spin in self.spins.items():
            spin.blockSignals(True)
            spin.setValue(strategy.channels.get(key, 0))
            spin.blockSignals(False)
            spin.setReadOnly(read_only)
        self.pillars.set_rows(pillar_rows(strategy))
        self.pillars.set_read_only(read_only)
        self.handle_binder.load(strategy.text(f.CHANNEL_HANDLE))
        self._show_runner(strategy.text(f.CHANNEL_RUNNER), read_only)
        self.runner_binder.load(strategy.text(f.CHANNEL_RUNNER_NAMES))
        for boxes, key in ((self.days, f.CHANNEL_DAYS), (self.reserve, f.CHANNEL_RESERVE),
                           (self.listings, f.CHANNEL_LISTINGS)):
            boxes.set_keys(strategy.keys(key))
            boxes.set_read_only(read_only)
        self._update_hints(strategy.pillars)
        super().load(strategy, shop, read_only)

    def first_field(self) -> QWidget:
        return self.spins[NETWORKS[0].key]

    def _pillar_list(self, rows) -> list[StrategyPillar]:
        return [StrategyPillar(name.strip(), max(0, int(share)), bool(sells))
                for name, share, sells in rows if name.strip() or share]

    def _update_hints(self, pillars: list[StrategyPillar]) -> None:
        used = sum(1 for spin in self.spins.values() if spin.value() > 0)
        posts = sum(spin.value() for spin in self.spins.values())
        text = fill(self.tr("Networks: %1 · posts a week: %2"), str(used), str(posts))
        if used > FEW_NETWORKS:
            text += " " + self.tr("Fewer is better: can you really keep up more than three networks?")
        self.networks_hint.setText(text)
        total, selling = pillar_total(pillars), sell_share(pillars)
        mix = fill(self.tr("Shares add up to %1 %. Themes that sell: %2 % of the posts."), str(total), str(selling))
        advice = self.tr("The usual guidance is 80/20: inform, help or entertain 80 % of the time, sell 20 %.")
        if selling > f.SELL_SHARE_ADVISED:
            advice = self.tr("More than 20 % selling: the usual guidance is 80/20, inform or entertain 80 % of the time.")
        self.mix_hint.setText(mix + " " + advice if pillars else advice)

    def _save_keys(self, boxes: KeyBoxes, key: str, keys: list[str]) -> None:
        self.writer.write(self.writer.store.strategy.set_text, key, ",".join(keys),
                          restore=lambda stored: boxes.set_keys(stored.keys(key)))

    def _on_spin_value_changed(self, key: str, value: int) -> None:
        spin = self.spins[key]
        self.writer.write(self.writer.store.strategy.set_channel, key, value,
                          restore=lambda stored: spin.setValue(stored.channels.get(key, 0)), quiet=[spin])
        self._update_hints(self._pillar_list(self.pillars.rows()))

    def _on_pillars_rows_edited(self, rows) -> None:
        self.writer.write(self.writer.store.strategy.save_pillars, self._pillar_list(rows),
                          restore=lambda stored: self.pillars.set_rows(pillar_rows(stored)))
        self._update_hints(self._pillar_list(self.pillars.rows()))
