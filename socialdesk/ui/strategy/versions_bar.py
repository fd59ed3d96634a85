"""The strategy's dated versions: pick one to read, or start a review of the current one."""

from PySide6.QtCore import QCoreApplication, QLocale, QTime, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from socialdesk.domain.strategy.model import StrategyVersion
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.questions import ask
from socialdesk.ui.common.words import fill


class ReviewConfirm:
    """Asks before a review starts (tests replace `ask`)."""

    @classmethod
    def ask(cls, parent) -> bool:
        return ask(
            parent, QCoreApplication.translate("VersionsBar", "Start a review"),
            QCoreApplication.translate("VersionsBar", "The current strategy will be kept as it is today, dated and read-only. You go on "
                      "editing a copy. The advice is to review your strategy every few months."),
            QCoreApplication.translate("VersionsBar", "&Start the review"), QCoreApplication.translate("VersionsBar", "&Cancel"),
            default_no=False)


class VersionsBar(QWidget):
    version_chosen = Signal(object)  # StrategyVersion
    review_requested = Signal()

    def __init__(self, store, parent=None):
        super().__init__(parent)
        self._store = store
        self._versions: list[StrategyVersion] = []
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(self.tr("Version of the strategy"))
        label = QLabel(self.tr("Vers&ion:"), self)
        label.setBuddy(self.combo)
        self.review_button = QPushButton(self.tr("Start a revie&w…"), self)
        self.review_button.setAccessibleName(self.tr("Start a review"))
        self.review_button.setToolTip(self.tr("Keep today's strategy as a dated, read-only version and edit a copy"))
        self.compare_button = QPushButton(self.tr("Compa&re versions…"), self)
        self.compare_button.setToolTip(self.tr("Two versions side by side, the changes marked"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.review_button)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.banner, 1)
        self.refresh()
        self.combo.currentIndexChanged.connect(self._on_combo_current_index_changed)
        self.review_button.clicked.connect(self._on_review_button_clicked)
        self.compare_button.clicked.connect(self._on_compare_button_clicked)

    def refresh(self) -> None:
        """Reload the list and show the current version."""
        self._versions = self._store.strategy.versions()
        self.combo.blockSignals(True)
        self.combo.clear()
        for version in self._versions:
            self.combo.addItem(self.describe(version))
        self.combo.setCurrentIndex(len(self._versions) - 1)
        self.combo.blockSignals(False)
        self.compare_button.setEnabled(len(self._versions) > 1)
        self._update_banner()

    def describe(self, version: StrategyVersion) -> str:
        locale = QLocale()

        def day(value):  # "2 Dec 2026", « 2 déc. 2026 »
            return day_text(value, "d MMM yyyy", locale)

        if version.is_current:
            if version.started_on is None:
                return self.tr("Current")
            return fill(self.tr("Current (since %1)"), day(version.started_on))
        return fill(self.tr("Review of %1"), self._review_moment(version, day(version.reviewed_on)))

    def _review_moment(self, version: StrategyVersion, day: str) -> str:
        """The review's day, and its time when another review was made the same day."""
        same_day = [v for v in self._versions if v.reviewed_on == version.reviewed_on]
        if len(same_day) < 2 or version.reviewed_at is None:
            return day
        at = QLocale().toString(QTime(version.reviewed_at.hour, version.reviewed_at.minute),
                                QLocale.FormatType.ShortFormat)
        return fill(self.tr("%1, %2", "a day, then the time of day"), day, at)

    def chosen(self) -> StrategyVersion:
        index = self.combo.currentIndex()
        return self._versions[index] if index >= 0 else self._versions[-1]

    def _update_banner(self):
        version = self.chosen()
        self.review_button.setEnabled(version.is_current)
        self.banner.setText("" if version.is_current else self.tr(
            "You are reading an older version: it cannot be changed. Choose “Current” to edit."))

    def _on_combo_current_index_changed(self, _index):
        self._update_banner()
        self.version_chosen.emit(self.chosen())

    def _on_compare_button_clicked(self):
        from socialdesk.ui.strategy.compare_dialog import CompareDialog

        CompareDialog.show_for(self.window(), self._store, self.describe)

    def _on_review_button_clicked(self):
        if ReviewConfirm.ask(self):
            self.review_requested.emit()
