"""Tab order in reading order: widgets (each with everything inside it) chained in the order given."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def members(group: QWidget) -> list[QWidget]:
    """`group` and the descendants Tab can reach, in the order they were put in it (the order a form is built)."""
    return [widget for widget in [group, *group.findChildren(QWidget)] if _takes_tab(widget)]


def _takes_tab(widget: QWidget) -> bool:
    return widget.focusProxy() is None and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def reading_order(groups: list[QWidget]) -> None:
    """Tab visits the groups in this order, each group's widgets in the order they were built."""
    chain = [widget for group in groups for widget in members(group)]
    for first, second in zip(chain, chain[1:]):
        if first.window() is second.window():  # a page not yet in its window is ordered when it is shown
            QWidget.setTabOrder(first, second)
