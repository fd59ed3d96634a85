"""The conflict-copy dialog: what a copy holds differently from the data file, compared in a worker thread."""

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QTreeWidget, QTreeWidgetItem, QVBoxLayout

from socialdesk.storage.conflict_compare import Side, compare_with_copy
from socialdesk.storage.errors import Problem, StoreOpenError
from socialdesk.ui.common.background import LatestOnly
from socialdesk.ui.common.words import fill
from socialdesk.ui.conflict_words import changed_in_copy


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("PlacementNotice", text, None, n)  # the start-up notices' catalogue context


def _kinds() -> dict[str, str]:
    """The name shown for each area the compare covers (storage/compare_areas.AREAS)."""
    return {"posts": tr("Post"), "series": tr("Repeat of a post"), "rules": tr("Rule"),
            "rule_checks": tr("Check-list tick"), "listings": tr("Listing"), "links": tr("Link"),
            "shop": tr("Shop details"), "closures": tr("Closure"),
            "settings": tr("Setting"), "strategy": tr("Strategy"), "strategy_answers": tr("Strategy answer"),
            "strategy_goals": tr("Strategy goal"), "strategy_drivers": tr("Strategy relay"),
            "strategy_channels": tr("Strategy network"), "strategy_pillars": tr("Strategy theme"),
            "strategy_applied": tr("Strategy applied"), "drivers": tr("Relay"),
            "driver_contacts": tr("Relay contact"), "network_texts": tr("Hashtags and signature"),
            "network_limits": tr("Network length limit"), "review_tallies": tr("Review count"),
            "review_replies": tr("Review reply copied"), "occasion_ticks": tr("Occasion task"),
            "printed_codes": tr("Printed QR code")}


def _setting_names() -> dict[str, str]:
    """The settings the compare covers, named as the owner knows them (an unknown key is shown as it is)."""
    return {"language": tr("Language"), "first_weekday": tr("First day of the week"),
            "backups_keep": tr("Backups kept"), "default_networks": tr("Networks a new post starts with"),
            "alsace_moselle": tr("Alsace-Moselle public holidays"), "paper": tr("Paper size"),
            "theme": tr("Appearance"), "brand": tr("Printed look of the shop"), "brand_logo": tr("Shop logo"),
            "card_sheets": tr("Label sheets chosen")}


def _shown(difference) -> str:
    """The record's label; a record whose label itself changed shows both: 'as in your file → as in the copy'."""
    if difference.area == "settings":
        return _setting_names().get(difference.label, difference.label)
    if difference.live_label and difference.live_label != difference.label:
        return fill(tr("%1 → %2"), difference.live_label[:60], difference.label[:60])
    return difference.label[:80]


def _unreadable_copy(problem: Problem) -> str:
    """Why a copy cannot be compared; a damaged one is most often still syncing, and may be the only copy of
    another computer's records: never called another program's file."""
    if problem is Problem.EMPTY_FILE:
        return tr("This copy is empty: it holds none of your records.")
    if problem is Problem.NEWER_VERSION:
        return tr("This copy comes from a newer version of SocialDesk: update SocialDesk to compare it.")
    if problem in (Problem.DAMAGED, Problem.NOT_SQLITE):
        return tr("This copy is damaged or not fully synced yet: keep it, wait for the sync to finish, and start "
                  "SocialDesk again to compare it.")
    return tr("This copy cannot be read as a SocialDesk data file.")


class ConflictDialog(QDialog):
    """The records (posts, rules, listings, shop details, closures, strategy, settings…) a conflict copy holds
    differently from the data file; compared in a worker thread (a large copy takes seconds), with Cancel."""

    def __init__(self, parent, live: Path, copy: Path):
        super().__init__(parent)
        self.setWindowTitle(tr("Conflict copy"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(fill(tr("%1 compared with your data file (the copy is only read):"), copy.name)))
        self.status = QLabel(tr("Comparing the copy with your data file…"), self)
        layout.addWidget(self.status)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: how long the compare takes is not known
        self.progress.setAccessibleName(self.status.text())
        layout.addWidget(self.progress)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(tr("Differences"))
        self.tree.setHeaderLabels([tr("Kind"), tr("Record"), tr("Difference")])
        layout.addWidget(self.tree)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._copy_name = copy.name
        self._stop = threading.Event()
        self._worker = LatestOnly(self)
        self._worker.finished.connect(self._on_compared)
        self._done = done = threading.Event()
        stop = self._stop

        def compare():
            try:
                return compare_with_copy(live, copy, stop)
            finally:
                done.set()  # its connections to both files are closed
        self._worker.start(compare)

    @property
    def compare_events(self) -> tuple[threading.Event, threading.Event]:
        """(stop, done) of the compare, usable once the dialog itself is gone."""
        return self._stop, self._done

    @property
    def busy(self) -> bool:
        """The compare is still running."""
        return self._worker.busy

    def reject(self) -> None:
        """Cancel (or Close, Escape): a compare still running stops and its answer is dropped."""
        self._stop.set()
        self._worker.cancel()
        super().reject()

    def _on_compared(self, differences, error) -> None:
        self.status.hide()
        self.progress.hide()
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        if isinstance(error, StoreOpenError):
            said = _unreadable_copy(error.problem)
            row = QTreeWidgetItem(self.tree, ["", self._copy_name, said])
            row.setToolTip(2, said)
            self.status.setWordWrap(True)  # the whole advice in view, not cut at the column's end
            self.status.setText(said)
            self.status.show()
            return
        if error is not None:
            raise error  # as before the compare ran in a worker: the app's handler for unexpected errors
        self._fill(differences)

    def _fill(self, differences) -> None:
        kinds = _kinds()
        sides = {Side.ONLY_LIVE: tr("Only in your data file"), Side.ONLY_COPY: tr("Only in the copy"),
                 Side.CHANGED: tr("Different in the copy")}
        for difference in differences:
            side = changed_in_copy(difference.fields) if difference.side is Side.CHANGED else sides[difference.side]
            QTreeWidgetItem(self.tree, [kinds[difference.area], _shown(difference), side])
        if not differences:
            QTreeWidgetItem(self.tree, ["", "", tr("No difference: the copy holds the same records.")])
