"""At 1366x768 the check-list's week title stays on one line, in English and in French."""

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from socialdesk.domain.clock import fixed_clock

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize("language", ("en", "fr"))
def test_the_week_title_is_one_line_at_1366_by_768(qtbot, tmp_path, language):
    from a11y_walk import KeptLanguage
    from socialdesk.storage.demo import build_demo_file
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.i18n import install_translators
    from socialdesk.ui.main_window import MainWindow

    store = build_demo_file(tmp_path / "demo.sqlite3", TODAY, language)
    try:
        with KeptLanguage():
            install_translators(language)
            window = MainWindow(store, DataBus(), fixed_clock(TODAY))
            qtbot.addWidget(window)
            window.resize(1366, 768)
            window.show()
            qtbot.waitExposed(window)
            window.show_tab(2)
            tab = window.tabs.widget(2).ensure_built()
            for _ in range(8):
                QApplication.processEvents()
            label = tab.week_label
            assert "2026" in label.text()
            assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
            assert label.height() < 2 * label.fontMetrics().lineSpacing()
            window.close()
    finally:
        store.close()
