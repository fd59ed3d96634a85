"""One network as a toggle chip: its drawn icon and colour, Space toggles it, a screen reader hears its state."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QPushButton

from socialdesk.ui.calendar.icons import network_icon
from socialdesk.ui.common.words import fill
from socialdesk.ui.theme.chips import toggle_chip_style
from socialdesk.ui.theme.style import tokens

MARK = "✓ "  # the chosen ones are told by a mark too, not by colour alone


class NetworkChip(QPushButton):
    """Checkable like the check box it replaces: isChecked(), click(), toggled."""

    def __init__(self, key: str, name: str, parent=None):
        super().__init__(parent)
        self.key, self.name = key, name
        self.setObjectName(f"networkChip-{key}")
        self.setCheckable(True)
        self.setAutoDefault(False)  # Enter still means OK in the dialog; Space toggles the chip
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setIcon(network_icon(key))
        self.setText(MARK + name)
        self._restyle()
        self.ensurePolished()  # the stylesheet's padding counts in the size
        self.setMinimumWidth(self.sizeHint().width())  # the mark fits: no jump when toggled
        self.toggled.connect(self._show_state)
        self._show_state(False)

    def _show_state(self, checked: bool) -> None:
        self.setText(MARK + self.name if checked else self.name)
        self.setAccessibleName(fill(self.tr("%1, selected"), self.name) if checked else self.name)

    def _restyle(self) -> None:
        palette = tokens()  # the application's: a stylesheet changes the chip's own palette
        if palette is not getattr(self, "_styled_for", None):
            self._styled_for = palette
            self.setStyleSheet(toggle_chip_style(self.key, palette))

    def changeEvent(self, event):  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ApplicationPaletteChange:  # light/dark switched while the dialog is open
            self._restyle()
        super().changeEvent(event)
