"""The listing's form beside the table fits its pane: no sideways scrolling for any listing (attack 37, M2)."""

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication


@pytest.mark.parametrize("language, size", [("fr", (1366, 768)), ("en", (1366, 768)), ("fr", (880, 540))])
def test_every_listing_of_the_demo_shows_whole_in_its_pane(demo_window, language, size):
    window = demo_window(language, size)
    window.show_tab(3)
    listings = window.tabs.currentWidget().ensure_built().listings
    QApplication.processEvents()
    area = listings.form.parentWidget().parentWidget()
    assert isinstance(area, QAbstractScrollArea)
    sideways, stale = [], 0
    for row in range(listings.model.rowCount()):
        listings.select_row(row)
        QApplication.processEvents()
        stale += listings.form.stale.isVisible()
        if area.horizontalScrollBar().maximum() > 0:
            sideways.append((listings.model.index(row, 0).data(), area.horizontalScrollBar().maximum()))
    assert stale >= 3  # the demo's listings not checked for 90 days, each saying so on its own line
    assert sideways == []
