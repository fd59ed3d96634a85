"""The accessibility walk: every view of the main window, its keyboard widgets, their names and Tab order."""

from collections.abc import Iterator

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QAbstractItemView, QAbstractSlider, QAbstractSpinBox,
                               QApplication, QComboBox, QLineEdit, QListWidget, QPlainTextEdit, QTabBar,
                               QTabWidget, QTextEdit, QWidget)

from socialdesk.ui.common.focus_ring import wants_ring

TOLERANCE = 8  # px: two widgets whose edges differ by less are on the same line (or the same column)
STANDARD = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QTextEdit, QPlainTextEdit,
            QAbstractItemView, QTabBar)  # Fusion (or our focus ring) shows the focus of these


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def views(window) -> Iterator[str]:
    """Shows each view in turn (tabs, their inner tabs and steps, the calendar's month) and yields its name."""
    tabs = window.tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        content = tabs.widget(index).ensure_built()
        top = tabs.tabText(index).replace("&", "")
        yield top
        yield from _inner(content, top)


def _inner(content, top: str) -> Iterator[str]:
    steps, stack = getattr(content, "steps", None), getattr(content, "stack", None)
    if isinstance(steps, QListWidget) and stack is not None:  # the strategy's steps
        for row in range(1, steps.count()):
            steps.setCurrentRow(row)
            settle()
            yield f"{top} / {steps.item(row).text()}"
        steps.setCurrentRow(0)
    for pages in content.findChildren(QTabWidget):
        for index in range(1, pages.count()):
            pages.setCurrentIndex(index)
            settle()
            yield f"{top} / {pages.tabText(index).replace('&', '')}"
        pages.setCurrentIndex(0)
    months = getattr(content, "months", None)
    if months is not None:  # the calendar's Week/Month switch
        months.set_mode("month", save=False)
        settle()
        yield f"{top} / month"
        months.set_mode("week", save=False)
        settle()


def keyboard_widgets(window, limit: int = 600) -> list[QWidget]:
    """The widgets Tab reaches in the window as it is shown, in the order Tab visits them (Tab pressed for real:
    the window moves the focus on, as for the key, from the main tab bar round to it again)."""
    start = window.tabs.tabBar()
    start.setFocus(Qt.FocusReason.TabFocusReason)
    found = [start]
    for _ in range(limit):
        window.focusNextPrevChild(True)
        widget = QApplication.focusWidget()
        if widget is None or widget in found:
            break
        if _reachable(window, widget):
            found.append(widget)
    return found


def _reachable(window, widget: QWidget) -> bool:
    return (widget.isVisibleTo(window) and widget.isEnabled() and widget.focusProxy() is None
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.window() is window)


def accessible_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its name, its text, or its buddy label's text."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return f"{type(widget).__name__}#{widget.objectName()} in {type(parent).__name__}#{parent.objectName()}"


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [describe(w) for w in widgets if not accessible_name(w)]


def focus_unseen(widgets: list[QWidget]) -> list[str]:
    """Widgets that paint themselves and ask for no focus ring: the keyboard would be lost on them."""
    return [describe(w) for w in widgets if not isinstance(w, STANDARD) and not wants_ring(w)]


def _rect(window, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())  # window: any ancestor


def backwards(before: QRect, after: QRect) -> bool:
    """`after` comes before `before` in reading order: on the same line to its left, or above it and not in a
    column further right (a form's second column may start higher up: that is reading on)."""
    same_line = after.top() < before.bottom() - TOLERANCE and before.top() < after.bottom() - TOLERANCE
    if same_line:
        return after.left() < before.left() - TOLERANCE and after.right() < before.right() - TOLERANCE
    above = after.bottom() <= before.top() + TOLERANCE
    return above and after.left() < before.right() - TOLERANCE


def _anchor(widget: QWidget, other: QWidget) -> QWidget:
    """What to place `widget` by when Tab leaves for `other`: the outermost scrolling area holding it but not `other`
    (a field scrolled below the fold is read where its area is)."""
    anchor, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            anchor = parent
        parent = parent.parentWidget()
    return anchor


def order_breaks(window, widgets: list[QWidget], within: QWidget) -> list[str]:
    """Steps of the Tab order, among the widgets of the view `within`, that go back in reading order."""
    mine = [w for w in widgets if within.isAncestorOf(w)]
    return [f"{describe(a)} -> {describe(b)}" for a, b in zip(mine, mine[1:]) if _goes_back(a, b)]


def _goes_back(a: QWidget, b: QWidget) -> bool:
    first, second = _anchor(a, b), _anchor(b, a)
    common = first.parentWidget()
    while not common.isAncestorOf(second):
        common = common.parentWidget()
    return backwards(_rect(common, first), _rect(common, second))


class KeptLanguage:
    """Puts back the translators (and default locale) a test found, so the tests after it read the same words."""

    def __enter__(self):
        from PySide6.QtCore import QLocale

        from socialdesk.ui import i18n

        self.translators, self.locale = list(i18n._installed), QLocale()
        return self

    def __exit__(self, *exc):
        from PySide6.QtCore import QCoreApplication, QLocale

        from socialdesk.ui import i18n

        app = QCoreApplication.instance()
        for translator in i18n._installed:
            app.removeTranslator(translator)
        i18n._installed[:] = self.translators
        for translator in self.translators:
            app.installTranslator(translator)
        QLocale.setDefault(self.locale)
        return False
