"""View menu: switch tabs (Ctrl+1…4), language, first day of the week."""

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


class ViewActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.tab_actions: list[QAction] = []
        for index in range(window.tabs.count()):
            action = QAction(window)
            action.setObjectName(f"viewTab{index + 1}")
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _checked=False, i=index: window.show_tab(i))
            window.addAction(action)  # shortcuts work even with the menu bar hidden
            self.tab_actions.append(action)

    def populate(self, menu):
        titles = (self.tr("Strategy"), self.tr("Calendar"), self.tr("Checklist"), self.tr("Local presence"))
        for action, title in zip(self.tab_actions, titles):
            action.setText(title)
            menu.addAction(action)
        menu.addSeparator()
        self._add_choice_menu(
            menu.addMenu(self.tr("&Language")),
            [("", self.tr("Follow the system")), ("en", "English"), ("fr", "Français")],
            self.window.store.settings.get("language"),
            self.window.language_requested.emit,
            "viewLanguage",
        )
        self._add_choice_menu(
            menu.addMenu(self.tr("&First day of the week")),
            [(0, self.tr("As in my region")), (1, self.tr("Monday")), (7, self.tr("Sunday")), (6, self.tr("Saturday"))],
            self.window.store.settings.get("first_weekday"),
            self._on_first_weekday_chosen,
            "viewWeekday",
        )

    def _add_choice_menu(self, submenu, choices, current, on_chosen, name):
        group = QActionGroup(submenu)
        for value, label in choices:
            action = submenu.addAction(label)
            action.setObjectName(f"{name}_{value}")
            action.setCheckable(True)
            action.setChecked(value == current)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, v=value: on_chosen(v))

    def _on_first_weekday_chosen(self, weekday: int):
        change = self.window.store.settings.set("first_weekday", weekday)
        self.window.bus.publish(change, self)
