"""Today's column is outlined and its date drawn in the accent; once the week changes, no other column keeps
the accent colour (the header label's style follows the column's "today" property)."""

from datetime import datetime, timedelta

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock
from socialdesk.storage.demo import build_demo_file

NOW = datetime(2026, 12, 3, 9, 0)  # a Thursday


def _header_colours(tab):
    return [column.header.palette().color(QPalette.ColorRole.WindowText).name() for column in tab.week.columns]


def test_no_column_keeps_todays_accent_after_the_week_changes(qtbot, tmp_path):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators("en")
    store = build_demo_file(tmp_path / "demo.sqlite3", NOW.date(), "en")
    window = MainWindow(store, DataBus(), fixed_clock(NOW))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_tab(1)
    tab = window.tabs.widget(1).ensure_built()
    QApplication.processEvents()
    this_week = _header_colours(tab)
    assert this_week[3] != this_week[0] and len(set(this_week[:3] + this_week[4:])) == 1  # Thursday stands out

    tab.show_week(NOW.date() + timedelta(days=21))
    QApplication.processEvents()
    assert len(set(_header_colours(tab))) == 1  # no today in that week: every date in the same colour
    tab.show_week(NOW.date())
    QApplication.processEvents()
    assert _header_colours(tab) == this_week
    store.close()


def test_todays_outline_and_date_and_the_closed_word_take_the_new_theme(qtbot):
    from socialdesk.ui.calendar.week_view import DayColumn
    from socialdesk.ui.theme import style
    from socialdesk.ui.theme.palette import DARK, LIGHT

    app = QApplication.instance()
    try:
        style.install(app, "light")
        column = DayColumn()
        qtbot.addWidget(column)
        column.resize(160, 300)
        column.show_day(NOW.date(), [], NOW.date(), closed=True)
        column.show()
        qtbot.waitExposed(column)

        def colours():
            app.processEvents()
            image = column.grab().toImage()
            outline = image.pixelColor(column.width() // 2, 0).name().upper()  # the top edge, mid-width
            words = (column.header.palette().color(QPalette.ColorRole.WindowText).name().upper(),
                     column.closed.palette().color(QPalette.ColorRole.WindowText).name().upper())
            return outline, words

        assert colours() == (LIGHT.accent.upper(), (LIGHT.accent.upper(), LIGHT.warning.upper()))
        style.install(app, "dark")
        assert colours() == (DARK.accent.upper(), (DARK.accent.upper(), DARK.warning.upper()))
        column.show_day(NOW.date() + timedelta(days=1), [], NOW.date())
        outline, (date_colour, _) = colours()
        assert outline == DARK.border.upper() and date_colour == DARK.text.upper()
    finally:
        style.install(app, "system")
