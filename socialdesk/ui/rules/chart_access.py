"""The completion chart for screen readers: a list whose items are its weeks ("week 47: 80 %")."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

Text, Role = QAccessible.Text, QAccessible.Role


class WeekItem(QAccessibleInterface):
    """One bar: its words, and the slice of the chart it is drawn in."""

    def __init__(self, chart_access: "ChartAccess", index: int):
        super().__init__()
        self.owner, self.index = chart_access, index

    def _chart(self):
        return self.owner.widget()

    def isValid(self):  # noqa: N802 - Qt's names throughout
        return self.owner.isValid() and self.index < len(self._chart().scores)

    def object(self):
        return None

    def window(self):
        return self.owner.window()

    def relations(self, match=QAccessible.Relation.AllRelations):
        return []

    def focusChild(self):  # noqa: N802
        return None

    def childAt(self, x, y):  # noqa: N802
        return None

    def parent(self):
        return self.owner

    def child(self, index):
        return None

    def childCount(self):  # noqa: N802
        return 0

    def indexOfChild(self, child):  # noqa: N802
        return -1

    def text(self, kind):
        words = self._chart().week_words()
        return words[self.index] if kind == Text.Name and self.index < len(words) else ""

    def setText(self, kind, text):  # noqa: N802
        pass

    def rect(self):
        chart = self._chart()
        bar = chart.week_rect(self.index)  # where paint puts it (38c, L1: one slot to the left at 52 weeks)
        return QRect(chart.mapToGlobal(bar.topLeft()), bar.size())

    def role(self):
        return Role.ListItem

    def state(self):
        return QAccessible.State()


class ChartAccess(QAccessibleWidget):
    """The chart as a list: one item per week, read in order."""

    def __init__(self, chart):
        super().__init__(chart, Role.List)
        self.items: dict[int, WeekItem] = {}  # kept alive here: Qt does not own what child() returns

    def childCount(self):  # noqa: N802
        return len(self.widget().scores)

    def child(self, index):
        if not 0 <= index < self.childCount():
            return None
        return self.items.setdefault(index, WeekItem(self, index))

    def indexOfChild(self, child):  # noqa: N802
        return child.index if isinstance(child, WeekItem) and child.owner is self else -1


def _factory(_class_name, widget):
    from socialdesk.ui.rules.chart import CompletionChart

    return ChartAccess(widget) if isinstance(widget, CompletionChart) else None


def install() -> None:
    """Once per process: Qt asks this factory for the chart's interface."""
    if not getattr(install, "done", False):
        QAccessible.installFactory(_factory)
        install.done = True
