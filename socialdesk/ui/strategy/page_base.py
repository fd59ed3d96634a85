"""What every wizard step shares: its title and advice, a scrolling form, saving as typed."""

import sys

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout, QFrame, QLabel, QLineEdit, QPlainTextEdit, QScrollArea, QVBoxLayout, QWidget,
)

from socialdesk.ui.common.saving import saving
from socialdesk.ui.strategy.autosave import TextBinder
from socialdesk.ui.theme import spacing

_ROWS_EDITOR = "socialdesk.ui.strategy.rows_editor"  # its tables load with the first page that has one


class Writer(QObject):
    """Runs one repository write; on success publishes its Change (the tab made it), on failure tells the owner."""

    saved = Signal(object)  # the Change

    def __init__(self, store, bus, clock, parent_widget):
        super().__init__(parent_widget)
        self.store = store
        self.bus = bus
        self.clock = clock
        self._parent_widget = parent_widget

    def write(self, function, *args, restore=None, quiet=()) -> bool:
        """A refused write calls `restore(stored)` with the current version as the file holds it."""
        put_back = None if restore is None else lambda: restore(self.store.strategy.load())
        with saving(self._parent_widget, put_back, quiet) as attempt:
            change = function(*args)
        if attempt.failed:
            return False
        self.bus.publish(change, self._parent_widget)
        self.saved.emit(change)
        return True


class StepPage(QWidget):
    """A step: heading, the interview's advice and SocialDesk's tip, and a form whose edits save themselves."""

    def __init__(self, writer: Writer, title: str, advice: str, parent=None, tip: str = ""):
        super().__init__(parent)
        self.writer = writer
        self.binders: list[TextBinder] = []
        self.read_only = False
        self.heading = QLabel(f"<h2>{title}</h2>", self)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        advice_box = QFrame(self)
        advice_box.setFrameShape(QFrame.Shape.StyledPanel)
        advice_box.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        advice_box.setAutoFillBackground(True)
        box_layout = QVBoxLayout(advice_box)
        # The interview's words and SocialDesk's own tips, each under its own label.
        self.advice_title, self.advice = self._hint(self.tr("From the interview"), advice, "strategyAdvice", box_layout)
        self.tip_title, self.tip = self._hint(self.tr("SocialDesk's tip"), tip, "strategyTip", box_layout)
        advice_box.setVisible(bool(advice or tip))
        self.body = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        scroll.setAccessibleName(title)  # a screen reader names the step it scrolls
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(advice_box)
        layout.addWidget(scroll, 1)

    # -- building helpers ---------------------------------------------------------------
    def _hint(self, title: str, text: str, name: str, layout: QVBoxLayout) -> tuple[QLabel, QLabel]:
        heading = QLabel(f"<b>{title}</b>", self)
        heading.setObjectName(name + "Title")
        words = QLabel(text, self)
        words.setWordWrap(True)
        words.setObjectName(name)
        words.setAccessibleName(title)
        heading.setBuddy(words)
        for label in (heading, words):
            label.setVisible(bool(text))
            layout.addWidget(label)
        return heading, words

    def line(self, label: str, placeholder: str, save, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(self.body)
        self._prepare(edit, label, placeholder, save, form)
        return edit

    def text(self, label: str, placeholder: str, save, form: QFormLayout, lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self.body)
        edit.setTabChangesFocus(True)  # Tab moves on; the owner types new lines with Enter
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * (lines + 1) + spacing.M)
        self._prepare(edit, label, placeholder, save, form)
        return edit

    def _prepare(self, edit, label, placeholder, save, form):
        edit.setPlaceholderText(placeholder)
        edit.setAccessibleName(label.replace("&", ""))
        edit.setAccessibleDescription(placeholder)
        self.binders.append(TextBinder(edit, save))
        form.addRow(label, edit)

    def form(self, parent=None) -> QFormLayout:
        if parent is self.body:  # the page's own form keeps its rows at the top, not spread out
            outer = QVBoxLayout(self.body)
            form = QFormLayout()
            outer.addLayout(form)
            outer.addStretch(1)
        else:
            form = QFormLayout(parent)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    # -- life cycle ---------------------------------------------------------------------
    def load(self, strategy, shop, read_only: bool) -> None:
        """Show a version's content; subclasses fill their fields, then call this."""
        self.read_only = read_only
        for binder in self.binders:
            binder.edit.setReadOnly(read_only)

    def flush(self) -> None:
        for binder in self.binders:
            binder.flush()
        rows_editor = sys.modules.get(_ROWS_EDITOR)  # not loaded yet: no page has a table to flush
        for editor in self.findChildren(rows_editor.RowsEditor) if rows_editor else ():
            editor.flush()

    def first_field(self) -> QWidget | None:
        return self.binders[0].edit if self.binders else None
