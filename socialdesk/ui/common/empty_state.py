"""An empty state: one sentence saying what to do next and the one button that does it."""

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import mark_card, mark_primary


class EmptyState(QFrame):
    """A rounded card; the owner of the view sets its words and connects `button.clicked`."""

    def __init__(self, object_name: str, parent=None, primary: bool = True):
        super().__init__(parent)
        self.setObjectName(object_name)
        mark_card(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        if primary:  # not where the view already has its one accent button
            mark_primary(self.button)
        self.button.setObjectName(f"{object_name}Button")
        row = QHBoxLayout(self)
        row.setContentsMargins(spacing.L, spacing.M, spacing.L, spacing.M)
        row.setSpacing(spacing.L)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.hide()

    def set_words(self, text: str, button_text: str) -> None:
        self.label.setText(text)
        self.button.setText(button_text)
        self.button.setAccessibleName(button_text.replace("&", ""))
