"""A set of check boxes stored as one comma-separated list of codes (tools, days, networks)."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QWidget


class KeyBoxes(QWidget):
    """Check boxes for (key, label) pairs; `keys_toggled` carries the checked keys in order."""

    keys_toggled = Signal(list)

    def __init__(self, choices: list[tuple[str, str]], columns: int = 2, parent=None, tooltips=None):
        super().__init__(parent)
        self._loading = False
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (key, label) in enumerate(choices):
            box = QCheckBox(label, self)
            box.setAccessibleName(label)
            if tooltips and key in tooltips:
                box.setToolTip(tooltips[key])
                box.setAccessibleDescription(tooltips[key])
            box.toggled.connect(self._on_box_toggled)
            grid.addWidget(box, index // columns, index % columns)
            self.boxes[key] = box

    def set_keys(self, keys: list[str]) -> None:
        self._loading = True
        try:
            for key, box in self.boxes.items():
                box.setChecked(key in keys)
        finally:
            self._loading = False

    def keys(self) -> list[str]:
        return [key for key, box in self.boxes.items() if box.isChecked()]

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not read_only)

    def _on_box_toggled(self, _checked):
        if not self._loading:
            self.keys_toggled.emit(self.keys())
