"""One way to ask the owner a question, with buttons that say what they do: `choose` among several answers,
`ask` for yes or no."""

from PySide6.QtWidgets import QMessageBox

_NONE = object()  # no default or escape answer given (None may be an answer)


def choose(parent, title: str, text: str, choices, default=_NONE, escape=_NONE,
           icon: QMessageBox.Icon = QMessageBox.Icon.Question):
    """The answer of the button the owner clicked. `choices`: (label, role, answer) or (label, role, answer,
    object name), in the buttons' order; `role` a QMessageBox.ButtonRole for a button of our own saying `label`,
    or a StandardButton (label None) for Qt's own. `default`: the answer Enter gives; `escape`: the answer
    Escape and closing the box give (also when no button was clicked). Without `escape`, Qt picks the escape
    button as it does for any box (none for, say, an accept and a destructive button: Escape and closing then
    do nothing)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    buttons = []
    for label, role, answer, *name in choices:
        # A button of our own, not a relabelled standard one: Qt puts a standard button's own words back
        # on a language change (one pending when the box opens is enough).
        button = box.addButton(role) if isinstance(role, QMessageBox.StandardButton) else box.addButton(label, role)
        if name:
            button.setObjectName(name[0])
        buttons.append((button, answer))
    for wanted, put in ((default, box.setDefaultButton), (escape, box.setEscapeButton)):
        if wanted is not _NONE:
            put(next(button for button, answer in buttons if answer == wanted))
    box.exec()
    clicked = box.clickedButton()
    return next((answer for button, answer in buttons if button is clicked), None if escape is _NONE else escape)


def ask(parent, title: str, text: str, yes_text: str | None = None, no_text: str | None = None,
        default_no: bool = True) -> bool:
    """True only if the owner chose the yes button; Escape or closing the box answers no."""
    yes = (yes_text, QMessageBox.ButtonRole.YesRole) if yes_text else (None, QMessageBox.StandardButton.Yes)
    no = (no_text, QMessageBox.ButtonRole.NoRole) if no_text else (None, QMessageBox.StandardButton.No)
    return choose(parent, title, text, [(*yes, True, "askYes"), (*no, False, "askNo")],
                  default=not default_no, escape=False) is True
