"""What is due, shown once on a week's first open: today's posts, last week's rules, old listings, holidays."""

import html
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout,
                               QWidget)

from socialdesk.domain.guide import Due, DueKind
from socialdesk.storage import due
from socialdesk.ui.calendar.day_names import occasion_name
from socialdesk.ui.common.elided_link import ElidedLink
from socialdesk.ui.common.words import fill
from socialdesk.ui.i18n import current_language
from socialdesk.ui.theme import spacing
from socialdesk.ui.theme.style import mark_card, mark_link
from socialdesk.ui.theme.type import Type, font

SHOWN = 3  # items per kind: more are counted, with a link to the place that lists them all
TIP = 2200  # characters of the whole text a tooltip shows (Instagram's longest caption)


def _tip(text: str) -> str:
    """Rich text, so a long text wraps in the tooltip instead of running off the screen."""
    text = text.strip() if len(text) <= TIP else text.strip()[:TIP - 1] + "…"
    return "<p>" + html.escape(text).replace("\n", "<br>") + "</p>" if text else ""


def collect_due(store, today: date) -> dict[DueKind, list[Due]]:
    """Every kind that has something due, in the panel's order; plain reads (storage.due), so no calendar or
    checklist module loads before the first paint."""
    occasions = [Due(DueKind.OCCASION, index, occasion_name(occasion))
                 for index, occasion in enumerate(due.occasions_to_prepare(store, today))]
    found = {DueKind.POST: due.due_posts(store, today),
             DueKind.RULE: due.unticked_rules(store, today, current_language()),
             DueKind.LISTING: due.stale_listings(store, today), DueKind.OCCASION: occasions}
    return {kind: items for kind, items in found.items() if items}


class DuePanel(QFrame):
    """A card at the top of the window; each item is a link that opens it, "and N more" opens the place that
    lists them all; Dismiss hides the card. Links are cut at their end to fit; the kinds are never cut."""

    item_chosen = Signal(object)  # Due
    more_chosen = Signal(object)  # list[Due]: the items of one kind the panel did not list

    def __init__(self, due: dict[DueKind, list[Due]], parent=None):
        super().__init__(parent)
        self.setObjectName("duePanel")
        mark_card(self)
        self.setAccessibleName(self.tr("What is due this week"))
        self.buttons: list[QPushButton] = []
        self.more_links: dict[DueKind, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(spacing.L, spacing.XS, spacing.L, spacing.S)  # a fifth of the smallest window
        layout.setSpacing(0)
        layout.addLayout(self._header())
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(spacing.S)
        self.grid.setVerticalSpacing(0)
        for row, (kind, items) in enumerate(due.items()):
            self._row(row, kind, items)
        for column in range(1, SHOWN + 1):
            self.grid.setColumnStretch(column, 1)
        layout.addLayout(self.grid)
        # A long rule never widens the window: the card takes the width it is given.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Maximum)

    def _header(self) -> QHBoxLayout:
        title = QLabel(self.tr("A new week: what is due"), self)
        title.setFont(font(Type.SECTION, title.font()))
        self.dismiss = QPushButton(self.tr("Dismiss"), self)  # no letter: above every page, it took theirs
        self.dismiss.setObjectName("dueDismiss")
        self.dismiss.setAccessibleName(self.tr("Dismiss what is due"))
        self.dismiss.setFlat(True)
        mark_link(self.dismiss)  # a link's height: the card stays a fifth of the smallest window
        self.dismiss.clicked.connect(self.hide)
        row = QHBoxLayout()
        row.addWidget(title, 1)
        row.addWidget(self.dismiss)
        return row

    def _kind_text(self, kind: DueKind, count: int) -> str:
        if kind is DueKind.POST:
            return self.tr("To publish today (%n):", "", count)
        if kind is DueKind.RULE:
            return self.tr("Left unticked last week (%n):", "", count)
        if kind is DueKind.LISTING:
            return self.tr("Listings not checked for 90 days (%n):", "", count)
        return self.tr("Holidays and closures to prepare (%n):", "", count)

    def first_link(self) -> QWidget:
        """Where the keyboard goes in the panel: its first item, or its Dismiss button."""
        return self.buttons[0] if self.buttons else self.dismiss

    def _row(self, row: int, kind: DueKind, items: list[Due]) -> None:
        label = QLabel(self._kind_text(kind, len(items)), self)
        label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # whole: the links give way
        self.grid.addWidget(label, row, 0)
        for column, item in enumerate(items[:SHOWN], 1):
            button = ElidedLink(item.label or self.tr("(no text yet)"), self)
            button.setObjectName(f"due_{kind.value}_{item.item_id}")
            button.setToolTip(_tip(item.detail or item.label))
            button.clicked.connect(lambda _checked=False, chosen=item: self.item_chosen.emit(chosen))
            self.buttons.append(button)
            self.grid.addWidget(button, row, column)
        if len(items) > SHOWN:
            self.grid.addWidget(self._more(kind, items[SHOWN:]), row, SHOWN + 1)

    def _more_name(self, kind: DueKind, count: int) -> str:
        """What "and N more" opens, said whole for a screen reader."""
        if kind is DueKind.POST:
            return self.tr("%n other post(s) to publish today", "", count)
        if kind is DueKind.RULE:
            return self.tr("%n other rule(s) left unticked last week", "", count)
        if kind is DueKind.LISTING:
            return self.tr("%n other listing(s) not checked for 90 days", "", count)
        return self.tr("%n other holiday(s) or closure(s) to prepare", "", count)

    def _more(self, kind: DueKind, hidden: list[Due]) -> QPushButton:
        link = QPushButton(fill(self.tr("and %1 more"), str(len(hidden))), self)
        link.setObjectName(f"due_{kind.value}_more")
        link.setFlat(True)
        mark_link(link)
        link.setCursor(Qt.CursorShape.PointingHandCursor)
        link.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        link.setToolTip(_tip("\n".join(item.label for item in hidden)))
        link.setAccessibleName(self._more_name(kind, len(hidden)))  # not « et 4 de plus » alone
        link.clicked.connect(lambda _checked=False: self.more_chosen.emit(hidden))
        self.more_links[kind] = link
        return link
