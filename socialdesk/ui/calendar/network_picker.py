"""The post dialog's networks as toggle chips: the strategy's first, the others one click away behind "More networks"."""

from collections import Counter
from datetime import date, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QToolButton, QVBoxLayout, QWidget

from socialdesk.domain.networks import NETWORKS, is_network_key
from socialdesk.ui.calendar.network_chip import NetworkChip
from socialdesk.ui.theme import spacing

USUAL_AROUND = timedelta(days=91)  # the posts looked at for the shop's usual networks: three months either side
USUAL_MOST = 3


def first_networks(strategy: list[str], ticked: tuple[str, ...]) -> list[str]:
    """Shown without a click: the strategy's networks and any the post already has; all when neither."""
    keys = [n.key for n in NETWORKS if n.key in strategy or n.key in ticked]
    return keys or [n.key for n in NETWORKS]


def new_post_networks(store) -> tuple[str, ...]:
    """The networks a new post starts with ticked: those chosen in Preferences ▸ Calendar."""
    wanted = store.settings.get("default_networks") or []
    return tuple(n.key for n in NETWORKS if n.key in wanted)


def ready_post_networks(store, today: date) -> tuple[str, ...]:
    """A post placed in one click (a holiday's or closure's): the new-post networks; else the strategy's; else
    those the shop posts on most around today (USUAL_MOST at most); none in an empty file."""
    cadence = store.strategy.applied_cadence()
    found = new_post_networks(store) or tuple(n.key for n in NETWORKS if cadence.get(n.key, 0) > 0)
    if found:
        return found
    used = Counter(key for post in store.calendar.dated_posts(today - USUAL_AROUND, today + USUAL_AROUND)
                   for key in post.networks if is_network_key(key))
    order = [n.key for n in NETWORKS]
    return tuple(sorted(used, key=lambda key: (-used[key], order.index(key)))[:USUAL_MOST])


class NetworkPicker(QGroupBox):
    """Toggle chips keyed by network (`boxes`); `toggled` fires on any change of the chosen set."""

    toggled = Signal()

    def __init__(self, strategy: list[str], ticked: tuple[str, ...], parent=None):
        super().__init__(self.tr("Networks"), parent)
        self.setObjectName("postNetworks")
        self.boxes: dict[str, NetworkChip] = {}
        first = first_networks(strategy, ticked)
        layout = QVBoxLayout(self)
        layout.addWidget(self._grid(first, ticked))
        rest = [n.key for n in NETWORKS if n.key not in first]
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("moreNetworks")
        self.more_button.setText(self.tr("&More networks…"))
        self.more_button.setCheckable(True)
        self.more_button.setAutoRaise(True)
        self.more = self._grid(rest, ticked)
        self.more.setVisible(False)
        self.more_button.toggled.connect(self._on_more_button_toggled)
        self.more_button.setVisible(bool(rest))
        layout.addWidget(self.more_button)
        layout.addWidget(self.more)
        if strategy:
            self.setToolTip(self.tr("Your strategy's networks come first."))

    def _grid(self, keys: list[str], ticked: tuple[str, ...]) -> QWidget:
        holder = QWidget(self)
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(spacing.S)
        for index, key in enumerate(keys):
            network = next(n for n in NETWORKS if n.key == key)
            box = NetworkChip(key, network.name, holder)
            box.setChecked(key in ticked)
            box.toggled.connect(lambda _checked=False: self.toggled.emit())
            self.boxes[key] = box
            grid.addWidget(box, index // 4, index % 4)
        grid.setColumnStretch(4, 1)  # a few networks stay together on the left
        return holder

    def _on_more_button_toggled(self, shown: bool):
        self.more.setVisible(shown)
        self.more_button.setText(self.tr("&Fewer networks") if shown else self.tr("&More networks…"))

    def shown_keys(self) -> list[str]:
        """The networks visible without opening "More networks", in order."""
        return [key for key, box in self.boxes.items() if box.isVisibleTo(self)]

    def selected(self) -> tuple[str, ...]:
        """In the networks' own order, whichever group shows them."""
        return tuple(n.key for n in NETWORKS if n.key in self.boxes and self.boxes[n.key].isChecked())
