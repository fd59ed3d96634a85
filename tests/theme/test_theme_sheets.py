"""The theme's sheets sit on the few widgets that need them, never app-wide, and follow a change of theme."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QVBoxLayout, QWidget

from socialdesk.ui.theme import style
from socialdesk.ui.theme.palette import DARK, LIGHT


@pytest.fixture
def app():
    app = QApplication.instance()
    yield app
    style.install(app, "system")


def test_no_sheet_is_app_wide_and_a_plain_widget_keeps_the_application_style(qtbot, app):
    style.install(app, "light")
    window = QWidget()
    qtbot.addWidget(window)
    plain, primary = QLineEdit(window), style.mark_primary(QPushButton("Go", window))
    assert app.styleSheet() == ""
    assert plain.style() is app.style()  # not Qt's stylesheet style: 13 ms of the start-up when it was everywhere
    assert primary.style() is not app.style()  # the primary button has its sheet


def test_a_marked_button_takes_the_new_theme_when_the_theme_changes(qtbot, app):
    style.install(app, "light")
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    button = style.mark_primary(QPushButton("Publier", window))
    layout.addWidget(button)
    window.resize(200, 80)
    window.show()
    qtbot.waitExposed(window)

    def fill() -> str:
        app.processEvents()
        return button.grab().toImage().pixelColor(QPoint(4, button.height() // 2)).name().upper()

    assert fill() == LIGHT.accent.upper()
    style.install(app, "dark")
    assert fill() == DARK.accent.upper()
    assert button.property(style.SHEET) == "primary"
