"""The main window: assembles the tabs of socialdesk.tabs, the menus and the status bar; nothing more."""

import logging

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QTabWidget

from socialdesk.domain.changes import Area
from socialdesk.storage.errors import StoreWriteError
from socialdesk.tabs import TAB_KEYS, TABS
from socialdesk.ui.common.bus import from_others
from socialdesk.ui.common.first_paint import after_first_paint
from socialdesk.ui.common.lazy_tab import LazyTab
from socialdesk.ui.common.new_day import NewDay
from socialdesk.ui.common.words import fill
from socialdesk.ui.file_actions import FileActions
from socialdesk.ui.guide import Guide
from socialdesk.ui.theme import style as theme
from socialdesk.ui.view_actions import ViewActions


# The smallest window every tab fits in, English and French (a 1024x600 screen): a tab never widens the window.
SMALLEST = QSize(880, 540)


def redo_shortcuts(platform_keys: list[QKeySequence]) -> list[QKeySequence]:
    """The platform's redo keys, then Ctrl+Y where the platform lacks it; never one twice (ambiguous)."""
    keys: list[QKeySequence] = []
    for key in [*platform_keys, QKeySequence("Ctrl+Y")]:
        if not key.isEmpty() and key not in keys:
            keys.append(key)
    return keys


def _show_focus_rings() -> None:
    """Lists, tables and views show where the keyboard is, from the first paint on (their painting is loaded then)."""
    from socialdesk.ui.common import focus_ring

    focus_ring.install()


class MainWindow(QMainWindow):
    """Emits requests the application controller carries out (they replace the open store)."""

    open_file_requested = Signal(object)  # Path
    restore_requested = Signal(object)  # Path of a backup
    language_requested = Signal(str)

    def __init__(self, store, bus, clock, parent=None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        after_first_paint(self, _show_focus_rings)
        self.theme = theme.install(QApplication.instance(), store.settings.get("theme"))
        self.store = store
        self.bus = bus
        self.clock = clock  # the one source of today and now, handed to every tab
        self.undo_group = QUndoGroup(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        theme.mark_tabs(self.tabs, inner=False)
        self.setCentralWidget(self.tabs)
        self.setMinimumSize(SMALLEST)
        for spec in TABS:
            page = LazyTab(spec, store, bus, clock, self.tabs)
            page.built.connect(self._on_page_built)
            self.tabs.addTab(page, "")
        self.guide = Guide(self)  # the welcome page over the tabs, what is due above them
        self.new_day = NewDay(clock, self)
        self.new_day.arrived.connect(self._on_new_day_arrived)
        self.file_actions = FileActions(self)
        self.view_actions = ViewActions(self)
        self._build_menus()
        self.retranslate()
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        bus.changed.connect(self._on_bus_changed)
        self._restore_window_state()

    def retranslate(self):
        self.setWindowTitle(fill(self.tr("SocialDesk — %1"), self.store.path.name if self.store.path else ""))
        for index, spec in enumerate(TABS):
            self.tabs.setTabText(index, QCoreApplication.translate("MainWindow", spec.tab_title))
        self.statusBar().showMessage(fill(self.tr("Data file: %1"), str(self.store.path or "")))

    def _build_menus(self):
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_actions.populate(file_menu)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_shortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)))
        self.undo_group.undoTextChanged.connect(lambda text: undo.setText(self._undo_label(self.tr("&Undo"), text)))
        self.undo_group.redoTextChanged.connect(lambda text: redo.setText(self._undo_label(self.tr("&Redo"), text)))
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self.preferences_action = QAction(self.tr("&Preferences…"), self)
        self.preferences_action.setObjectName("editPreferences")
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)  # macOS: the app menu
        self.preferences_action.triggered.connect(self._on_preferences_triggered)
        edit_menu.addAction(self.preferences_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        self.view_actions.populate(view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        self.guide.populate_help(help_menu)
        about = QAction(self.tr("&About SocialDesk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about)

    def _undo_label(self, verb: str, command: str) -> str:
        """'&Undo new post' (French 'Annuler : nouvelle publication'): the command named in lower case."""
        if not command:
            return verb
        if not command[1:2].isupper():  # "CSV import" keeps its capitals
            command = command[:1].lower() + command[1:]
        return fill(self.tr("%1 %2", "Edit menu: Undo or Redo, then the command"), verb, command)

    def _on_about_triggered(self):
        from socialdesk.ui.help_actions import show_about  # reads the schema through sqlite-utils

        show_about(self, self.store)

    def _on_preferences_triggered(self):
        from socialdesk.ui.preferences.dialog import PreferencesDialog

        dialog = PreferencesDialog.ask(self, self.store, self.clock)
        if dialog is None:
            return
        for change in dialog.changes:
            self.bus.publish(change, dialog)
        self.theme.apply(self.store.settings.get("theme"))  # light, dark or the system's, at once
        if any(change.concerns(Area.SETTINGS, "language") and change.ids for change in dialog.changes):
            self.language_requested.emit(dialog.language())  # the controller rebuilds the window in it

    def page(self, object_name: str) -> LazyTab:
        return self.tabs.findChild(LazyTab, object_name)

    def show_tab(self, index: int):
        self.guide.show_tabs()  # Ctrl+1…4 and the View menu also leave the welcome page (it is not closed)
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        take = getattr(page.content, "take_focus", None)  # a page that is no widget of its own says where it goes
        if take is not None:
            take()
        else:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_posts(self, day, ids) -> None:
        """The calendar at `day`'s week with those posts selected."""
        self.show_tab(TAB_KEYS.index("calendar"))
        calendar = self.tabs.currentWidget().ensure_built()
        calendar.show_week(day)
        calendar.select_posts(list(ids))

    def places(self) -> dict[int, object]:
        """Where the owner is inside each tab built so far (a week, a step, an inner page), by tab index."""
        return {index: page.content.place() for index in range(self.tabs.count())
                if (page := self.tabs.widget(index)).content is not None and hasattr(page.content, "place")}

    def go_to_places(self, places: dict[int, object]) -> None:
        """The window rebuilt in another language opens each tab where the last one was (attack 37c, L2). The tabs
        the last window had built are built now, so that a midnight it had not seen moves them all (38c, L5)."""
        for index, place in places.items():
            self.tabs.widget(index).ensure_built().go_to_place(place)

    def _on_page_built(self, content):
        requested = getattr(content, "calendar_requested", None)  # the checklist's posts on closed days
        if requested is not None:
            requested.connect(self.show_posts)
        card = getattr(content, "shop_card_requested", None)  # the listings' consistency, with no card yet
        if card is not None:
            card.connect(self.guide.go_to_shop_card)
        stack = getattr(content, "undo_stack", None)
        if stack is not None:
            self.undo_group.addStack(stack)
            if self.tabs.currentWidget() is content.parent():
                self.undo_group.setActiveStack(stack)

    def _on_new_day_arrived(self, old, new) -> None:
        """The window left open past midnight: each page built so far takes the new today (`new_day`), and a new
        week shows what is due as its first open would (attack 38, M1). A dialog open then (a holiday's hours being
        typed) is never taken from under the owner: the new day waits for it to close (38d, L2)."""
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.finished.connect(lambda _result: QTimer.singleShot(0, lambda: self._on_new_day_arrived(old, new)))
            return
        for index in range(self.tabs.count()):
            follow = getattr(self.tabs.widget(index).content, "new_day", None)
            if follow is not None:
                follow(old, new)
        self.guide.new_day(old, new)

    def _on_tabs_current_changed(self, index):
        page = self.tabs.widget(index)
        stack = getattr(page.content, "undo_stack", None) if page is not None else None
        self.undo_group.setActiveStack(stack)

    @from_others
    def _on_bus_changed(self, change):
        if change.concerns(Area.SETTINGS) and change.area is not Area.ALL:
            self.statusBar().showMessage(self.tr("Saved."), 2000)

    def _restore_window_state(self):
        settings = self.store.settings
        geometry = settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1100, 720)
        state = settings.get("window_state")
        if state:
            self.restoreState(QByteArray.fromBase64(state.encode()))
        last = settings.get("last_tab")
        if last in TAB_KEYS:
            self.tabs.setCurrentIndex(TAB_KEYS.index(last))
        elif isinstance(last, int) and 0 <= last < self.tabs.count():  # files saved before tabs had keys
            self.tabs.setCurrentIndex(last)

    def save_window_state(self):
        settings = self.store.settings
        settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode())
        settings.set("window_state", bytes(self.saveState().toBase64()).decode())
        settings.set("last_tab", TAB_KEYS[max(0, self.tabs.currentIndex())])

    def closeEvent(self, event):
        if self.store.is_open:
            try:
                self.save_window_state()
            except StoreWriteError as error:  # a full disk must not stop the window from closing
                logging.getLogger(__name__).warning("window state not saved: %s", error)
        super().closeEvent(event)
