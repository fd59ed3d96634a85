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


def test_a_change_of_theme_reaches_every_tab_and_a_page_built_after_it(qtbot, app, tmp_path):
    """Qt left a tab widget whose bar has a sheet (and all its pages) in the old palette."""
    from datetime import datetime

    from PySide6.QtGui import QPalette

    from socialdesk.domain.clock import fixed_clock
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import MainWindow

    now = datetime(2026, 12, 3, 9, 0)
    store = build_demo_file(tmp_path / "demo.sqlite3", now.date(), "en")
    store.settings.set("theme", "light")
    window = MainWindow(store, DataBus(), fixed_clock(now))
    qtbot.addWidget(window)
    window.show()
    for index in range(window.tabs.count()):  # every tab built
        window.show_tab(index)
    window.show_tab(2)
    window.theme.apply("dark")
    app.processEvents()
    checklist = window.tabs.widget(2).ensure_built()
    checklist.pages.setCurrentIndex(2)  # the Rules page, built after the change
    app.processEvents()

    def light_left() -> list[str]:
        return sorted({type(w).__name__ for w in window.findChildren(QWidget)
                       if w.palette().color(QPalette.ColorRole.Window).name().upper() == LIGHT.window.upper()})

    assert light_left() == []
    assert checklist.rules_page.palette().color(QPalette.ColorRole.Window).name().upper() == DARK.window.upper()
    window.theme.apply("light")
    app.processEvents()
    assert checklist.palette().color(QPalette.ColorRole.Window).name().upper() == LIGHT.window.upper()
    window.close()
    store.close()
