"""One way to ask the owner a yes/no question, with buttons that say what they do."""

from PySide6.QtWidgets import QMessageBox


def _button(box: QMessageBox, text: str | None, standard, role, name: str):
    # A button of our own, not a relabelled standard one: Qt puts a standard button's own words back
    # on a language change (one pending when the box opens is enough).
    button = box.addButton(text, role) if text else box.addButton(standard)
    button.setObjectName(name)
    return button


def ask(parent, title: str, text: str, yes_text: str | None = None, no_text: str | None = None,
        default_no: bool = True) -> bool:
    """True only if the owner chose the yes button; Escape or closing the box answers no."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    yes = _button(box, yes_text, QMessageBox.StandardButton.Yes, QMessageBox.ButtonRole.YesRole, "askYes")
    no = _button(box, no_text, QMessageBox.StandardButton.No, QMessageBox.ButtonRole.NoRole, "askNo")
    box.setDefaultButton(no if default_no else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes
