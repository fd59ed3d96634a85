"""The welcome page over the tabs of a new file: three short steps, each ending in the real tab."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from socialdesk.domain.guide import WelcomeFacts, WelcomeStep
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import mark_card, mark_primary
from socialdesk.ui.theme.type import Type, font

READABLE_WIDTH = 44  # the column's width in lines of text height: short lines read well on a wide screen


def _step_words(step: WelcomeStep, tr) -> tuple[str, str, str]:
    """(title, what it does, button) of a step."""
    if step is WelcomeStep.SHOP_CARD:
        return (tr("1. The shop card"),
                tr("Your shop's name, address and phone: every listing is checked against them. About 3 minutes."),
                tr("Fill in the &shop card"))
    if step is WelcomeStep.FIRST_WEEK:
        return (tr("2. Your first week"),
                tr("Two or three posts for this week: a product, a face of the shop, an event. About 10 minutes."),
                tr("Plan the first &week"))
    return (tr("3. Your first review card"),
            tr("A QR code for the counter that opens your review page. About 5 minutes, printer included."),
            tr("Print a &review card"))


class StepCard(QFrame):
    """One step: its title, what it does, done or not, and its button."""

    def __init__(self, step: WelcomeStep, parent=None):
        super().__init__(parent)
        self.setObjectName(f"welcome_{step.value}")
        mark_card(self)
        title, text, button = _step_words(step, self.tr)
        self.title = QLabel(title, self)
        self.title.setFont(font(Type.SECTION, self.title.font()))
        self.text = QLabel(text, self)
        self.text.setWordWrap(True)
        self.state = QLabel(self)
        self.state.setObjectName("stepState")
        self.state.setFont(font(Type.CAPTION, self.state.font()))
        self.button = QPushButton(button, self)
        self.button.setObjectName(f"welcome_{step.value}_button")
        self.button.setAccessibleName(button.replace("&", ""))
        grid = QGridLayout(self)
        grid.setContentsMargins(spacing.L, spacing.M, spacing.L, spacing.M)
        grid.setHorizontalSpacing(spacing.L)
        grid.setVerticalSpacing(spacing.XS)
        grid.addWidget(self.title, 0, 0)
        grid.addWidget(self.state, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.text, 1, 0)
        grid.addWidget(self.button, 1, 1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)

    def show_done(self, done: bool) -> None:
        self.state.setText(self.tr("Done ✓") if done else self.tr("To do"))
        self.setAccessibleDescription(self.state.text())


class WelcomePage(QWidget):
    step_requested = Signal(object)  # WelcomeStep
    left = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("welcomePage")
        self.title = QLabel(self.tr("Welcome to SocialDesk"), self)
        self.title.setFont(font(Type.TITLE, self.title.font()))
        self.intro = QLabel(self.tr("Three short steps and your first week runs by itself. Each one opens the "
                                    "right tab; come back here any time from Help ▸ Getting started."), self)
        self.intro.setWordWrap(True)
        self.cards = {step: StepCard(step, self) for step in WelcomeStep}
        for step, card in self.cards.items():
            card.button.clicked.connect(lambda _checked=False, s=step: self.step_requested.emit(s))
        self.skip = QPushButton(self.tr("S&kip, show me the app"), self)
        self.skip.setObjectName("welcomeSkip")
        self.skip.clicked.connect(self.left)
        self._following: WelcomeStep | None = WelcomeStep.SHOP_CARD
        self._lay_out()

    def _lay_out(self):
        column = QVBoxLayout()
        column.setSpacing(spacing.M)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(spacing.S)
        for card in self.cards.values():
            column.addWidget(card)
        column.addSpacing(spacing.S)
        column.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignRight)
        holder = QWidget(self)
        holder.setLayout(column)
        holder.setMaximumWidth(self.fontMetrics().height() * READABLE_WIDTH)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(holder, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(spacing.XL, spacing.XL, spacing.XL, spacing.XL)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def next_button(self) -> QPushButton:
        """The first step left to do, or « Show me the app » when all are done: where the keyboard starts."""
        return self.cards[self._following].button if self._following is not None else self.skip

    def refresh(self, facts: WelcomeFacts) -> None:
        """Each step done or not; the first one left is the page's one accent button."""
        following = self._following = next((step for step in WelcomeStep if not facts.done(step)), None)
        for step, card in self.cards.items():
            card.show_done(facts.done(step))
            mark_primary(card.button, step is following)
        if following is None:
            self.skip.setText(self.tr("&Show me the app"))
            mark_primary(self.skip)
