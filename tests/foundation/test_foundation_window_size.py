"""The window keeps its size when switching tabs, in English and French, at 1000x700 and at its smallest."""

from datetime import datetime

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock

CLOCK = fixed_clock(datetime(2026, 11, 26, 9, 0))  # week 48: the longest French dates ("dimanche 29 novembre")


@pytest.fixture(params=["en", "fr"])
def language(request):
    from socialdesk.ui.i18n import install_translators

    install_translators(request.param)
    yield request.param
    install_translators("en")


@pytest.mark.parametrize("size", [QSize(1000, 700), None], ids=["1000x700", "smallest"])
def test_switching_through_every_tab_keeps_the_window_size(qtbot, file_store, language, size):
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import SMALLEST, MainWindow

    window = MainWindow(file_store, DataBus(), CLOCK)
    qtbot.addWidget(window)
    wanted = size or SMALLEST
    window.resize(wanted)
    window.show()
    qtbot.waitExposed(window)
    for index in [*range(window.tabs.count()), 0]:
        window.show_tab(index)
        qtbot.waitUntil(lambda: window.tabs.currentWidget().content is not None
                        and window.tabs.currentWidget().content.isVisible())
        QApplication.processEvents()
        content = window.tabs.currentWidget().content
        name = window.tabs.tabText(index)
        assert window.size() == wanted, f"tab {index} ({name}) resized the window"
        needed = content.minimumSizeHint()  # and nothing is squeezed or cut off: the tab fits as it is
        assert needed.width() <= content.width() and needed.height() <= content.height(), (name, needed)
    window.resize(SMALLEST - QSize(100, 100))  # the owner cannot make it smaller than every tab needs
    assert window.size() == SMALLEST


def test_a_google_listing_s_whole_form_fits_the_smallest_window_and_scrolls(qtbot, tmp_path, language):
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.main_window import SMALLEST, MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3")
    window = MainWindow(store, DataBus(), CLOCK)
    qtbot.addWidget(window)
    window.guide.show_tabs()
    window.resize(SMALLEST)
    window.show()
    qtbot.waitExposed(window)
    window.show_tab(3)
    presence = window.tabs.currentWidget().ensure_built()
    presence.listings.select_row(0)  # Google: its review rule is three lines in French
    QApplication.processEvents()
    content = window.tabs.currentWidget().content
    assert content.minimumSizeHint().height() <= content.height()  # nothing squeezed or cut off
    form = presence.listings.form
    assert form.rule.text() and form.rule.height() >= form.rule.heightForWidth(form.rule.width())  # whole
    bar = form.parentWidget().parentWidget().verticalScrollBar()  # the form's scroll area, down to the notes
    bar.setValue(bar.maximum())
    QApplication.processEvents()
    assert form.notes.visibleRegion().boundingRect().height() == form.notes.height()
    window.close()
    store.close()
