"""The week keys of the calendar and the checklist: Alt+Left, Alt+Right and Alt+Home anywhere in the tab."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QWidget


def _texts() -> dict[str, tuple[str, str]]:
    """Each key's action name and the tooltip of the button that does the same."""
    tr = QCoreApplication.translate
    return {"Alt+Left": (tr("WeekKeys", "Previous week"), tr("WeekKeys", "Previous week (Alt+Left)")),
            "Alt+Right": (tr("WeekKeys", "Next week"), tr("WeekKeys", "Next week (Alt+Right)")),
            "Alt+Home": (tr("WeekKeys", "This week"), tr("WeekKeys", "This week (Alt+Home)"))}


def week_action(tab: QWidget, key: str, slot) -> QAction:
    """An action of the tab: its key works wherever the focus is inside the tab, and only there."""
    action = QAction(_texts()[key][0], tab)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _=False: slot())
    return action


def add_week_keys(tab: QWidget, buttons: dict[str, QAbstractButton]) -> list[QAction]:
    """Alt+Left, Alt+Right, Alt+Home click the tab's previous, next and this-week buttons; their tooltips say so."""
    actions = []
    for key, button in buttons.items():
        button.setToolTip(_texts()[key][1])
        actions.append(week_action(tab, key, button.click))
    tab.addActions(actions)
    return actions
