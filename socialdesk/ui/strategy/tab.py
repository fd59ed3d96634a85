"""The strategy tab: a seven-step wizard saved as typed, with dated versions and a progress bar."""

from importlib import import_module

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QProgressBar, QPushButton, QStackedWidget,
    QVBoxLayout, QWidget,
)

from socialdesk.domain.changes import Area
from socialdesk.domain.strategy.fields import STEPS, Step
from socialdesk.domain.strategy.progress import step_filled
from socialdesk.ui.common.focus_order import reading_order
from socialdesk.ui.common.bus import from_others
from socialdesk.ui.common.saving import saving
from socialdesk.ui.common.words import fill
from socialdesk.ui.strategy.page_base import Writer
from socialdesk.ui.strategy.labels import STEP_TITLES
from socialdesk.ui.strategy.versions_bar import VersionsBar

# One page a step, (module, class), each imported and built when the owner first opens it.
_PAGE_OF = {
    Step.SHOP: ("page_shop", "ShopPage"), Step.STAND: ("page_stand", "StandPage"),
    Step.COMMUNITY: ("page_community", "CommunityPage"), Step.CONVERSATIONS: ("page_conversations", "ConversationsPage"),
    Step.LISTENING: ("page_listening", "ListeningPage"), Step.CHANNELS: ("page_channels", "ChannelsPage"),
    Step.SUMMARY: ("page_summary", "SummaryPage"),
}
_PAGES = tuple(_PAGE_OF[step] for step in STEPS)  # in the wizard's order


class StrategyTab(QWidget):
    def __init__(self, store, bus, clock, parent=None):
        super().__init__(parent)
        self.store = store
        self.bus = bus
        self.clock = clock
        self.writer = Writer(store, bus, clock, self)
        self.undo_stack = QUndoStack(self)  # the Edit menu's undo for the shop's typed hours
        self.versions = VersionsBar(store, self)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(self.tr("Steps of the strategy"))
        self.steps.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 20)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, len(STEPS))  # the same total as "Step 1 of 7"
        self.progress.setAccessibleName(self.tr("Steps filled in"))
        self.progress.setMaximumWidth(self.steps.maximumWidth())
        self.progress.setTextVisible(False)  # over the filled chunk the words were unreadable: a label says them
        self.progress_label = QLabel(self)
        self.progress_label.setWordWrap(True)
        self.progress_label.setMaximumWidth(self.steps.maximumWidth())
        self.stack = QStackedWidget(self)
        self.pages = [None] * len(_PAGES)
        for _ in _PAGES:
            self.stack.addWidget(QWidget(self.stack))  # stands in until the page is first shown
        # The first page is made before the buttons below it, so Tab meets them in reading order as made: the
        # pages made later are put back in that order (reading_order), which for the first page cost 3 ms of each
        # start (Python wrappers for its 130 widgets and their inner parts).
        self.previous_button = self.next_button = None
        self.page(0)
        self.previous_button = QPushButton(self.tr("← Previous step"), self)
        self.next_button = QPushButton(self.tr("Next step →"), self)
        self.position = QLabel(self)
        self._build_layout()
        self._build_shortcuts()
        for index, step in enumerate(STEPS):
            self.steps.addItem(QListWidgetItem(f"{index + 1}. {STEP_TITLES[step]}"))
        self.setFocusProxy(self.steps)
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.versions.version_chosen.connect(self._on_versions_version_chosen)
        self.versions.review_requested.connect(self._on_versions_review_requested)
        self.writer.saved.connect(self._on_writer_saved)
        bus.changed.connect(self._on_bus_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)
        self.steps.setCurrentRow(0)  # loads the first page
        self._shown_fresh = True  # so its first showing need not load it again

    def _build_layout(self):
        left = QVBoxLayout()
        left.addWidget(self.steps, 1)
        left.addWidget(self.progress)
        left.addWidget(self.progress_label)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        body = QHBoxLayout()
        body.addLayout(left)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.versions)
        layout.addLayout(body, 1)

    def _build_shortcuts(self):
        for keys, slot in ((("Alt+Right", "Ctrl+PgDown"), self.go_next), (("Alt+Left", "Ctrl+PgUp"), self.go_previous)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.next_button.setToolTip(self.tr("Next step (Alt+Right)"))
        self.previous_button.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.previous_button.setAccessibleName(self.tr("Previous step"))

    # -- navigation ---------------------------------------------------------------------
    def current_page(self):
        return self.page(self.stack.currentIndex())

    def page(self, index: int):
        """The step's page, built the first time it is asked for."""
        if self.pages[index] is None:
            module_name, class_name = _PAGES[index]
            cls = getattr(import_module(f"socialdesk.ui.strategy.{module_name}"), class_name)
            page = cls(self.writer, self.stack)
            stand_in = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.stack.setCurrentIndex(current)
            self.pages[index] = page
            if self.next_button is not None:  # made after the buttons: read before them all the same
                reading_order([page, self.previous_button, self.next_button])
        return self.pages[index]

    def place(self) -> int:
        """The wizard's step shown."""
        return self.steps.currentRow()

    def go_to_place(self, row: int) -> None:
        self.steps.setCurrentRow(row)

    def go_to(self, step: Step) -> None:
        self.steps.setCurrentRow(STEPS.index(step))

    def go_next(self):
        if self.steps.currentRow() < len(STEPS) - 1:
            self.steps.setCurrentRow(self.steps.currentRow() + 1)
            self.focus_page()

    def go_previous(self):
        if self.steps.currentRow() > 0:
            self.steps.setCurrentRow(self.steps.currentRow() - 1)
            self.focus_page()

    def print_requested(self):
        """The plan's print preview, from the summary step."""
        self.flush()
        self.go_to(Step.SUMMARY)
        self.current_page().preview()

    def focus_page(self):
        target = self.current_page().first_field()
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def _on_steps_current_row_changed(self, row: int):
        if row < 0:
            return
        self.current_page().flush()
        self.stack.setCurrentIndex(row)
        self.reload_page()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(STEPS) - 1)
        self.position.setText(fill(self.tr("Step %1 of %2"), str(row + 1), str(len(STEPS))))

    # -- data ---------------------------------------------------------------------------
    def reload_page(self):
        """Show the chosen version in the current page, and refresh the progress marks."""
        version = self.versions.chosen()
        strategy = self.store.strategy.load(version.id)
        shop = self.store.strategy.shop_of(version)
        self.current_page().load(strategy, shop, not version.is_current)
        self._update_progress(strategy, shop)

    def _update_progress(self, strategy, shop):
        count = 0  # the summary counts once every other step is filled in: 7 of 7 beside "Step 7 of 7"
        for index, step in enumerate(STEPS):
            item = self.steps.item(index)
            filled = step_filled(step, strategy, shop)
            count += filled
            mark = "✓" if filled else "○"
            item.setText(f"{mark} {index + 1}. {STEP_TITLES[step]}")
            state = self.tr("filled in") if filled else self.tr("empty")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{index + 1}. {STEP_TITLES[step]}, {state}")
        self.progress.setValue(count)
        self.progress.setFormat(fill(self.tr("Steps filled in: %1 of %2"), str(count), str(len(STEPS))))
        self.progress_label.setText(self.progress.format())
        self.progress.setAccessibleDescription(self.progress.format())

    def flush(self):
        """Save whatever is still waiting in a text field (leaving, closing, quitting)."""
        if self.store.is_open:
            for page in self.pages:
                if page is not None:
                    page.flush()

    def hideEvent(self, event):
        self.flush()
        self._shown_fresh = False  # shown again later: read the file again
        super().hideEvent(event)

    def showEvent(self, event):
        super().showEvent(event)
        if not self._shown_fresh:
            self.reload_page()
        self._shown_fresh = False

    def _on_writer_saved(self, _change):
        version = self.versions.chosen()
        self._update_progress(self.store.strategy.load(version.id), self.store.strategy.shop_of(version))

    @from_others
    def _on_bus_changed(self, change):
        if not change.concerns(Area.STRATEGY):
            return
        if change.area is Area.STRATEGY:  # another part changed the card: keep what is being typed
            self.flush()
        self.versions.refresh()
        self.reload_page()

    def _on_versions_version_chosen(self, _version):
        self.flush()
        self.reload_page()

    def _on_versions_review_requested(self):
        self.flush()
        with saving(self) as attempt:
            change = self.store.strategy.start_review(self.clock())
        if attempt.failed:
            return
        self.versions.refresh()
        self.bus.publish(change, self)
        self.reload_page()
