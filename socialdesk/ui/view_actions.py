"""View menu: one entry and shortcut per tab of socialdesk.tabs (settings live in Edit ▸ Preferences)."""

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from socialdesk.tabs import TABS


class ViewActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.tab_actions: list[QAction] = []
        for index, spec in enumerate(TABS):
            action = QAction(window)
            action.setObjectName(f"viewTab_{spec.key}")
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, i=index: window.show_tab(i))
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            self.tab_actions.append(action)

    def populate(self, menu):
        for action, spec in zip(self.tab_actions, TABS):
            action.setText(QCoreApplication.translate("ViewActions", spec.menu_title))
            menu.addAction(action)
