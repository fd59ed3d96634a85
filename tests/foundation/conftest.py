"""The main window the foundation tests drive: English, on a real file, the clock stopped."""

from datetime import datetime

import pytest

from socialdesk.domain.clock import fixed_clock

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))


@pytest.fixture
def window(qtbot, file_store):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    install_translators("en")
    win = MainWindow(file_store, DataBus(), CLOCK)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
