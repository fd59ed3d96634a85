"""The QR codes page fits the window's default size (1100 × 720) with the week's "what is due" panel above the
tabs, in English and in French: the designer's form is never cut sideways, and no button of the page is squeezed
below the width its words need."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QScrollArea


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_qr_page_fits_the_default_window_with_the_due_panel(qtbot, demo_window, language):
    window = demo_window(language, (1100, 720))
    assert window.guide.due_panel is not None and window.guide.due_panel.isVisible()  # the case reported
    window.show_tab(3)
    presence = window.tabs.currentWidget().content
    presence.pages.setCurrentWidget(presence.qr_page)
    qtbot.waitUntil(lambda: presence.qr_page.isVisible(), timeout=5000)
    qtbot.wait(50)
    page = presence.qr_page
    form = page.findChild(QScrollArea)
    assert not form.horizontalScrollBar().isVisible()
    assert form.width() >= form.widget().minimumSizeHint().width()
    squeezed = [b.text() for b in page.findChildren(QAbstractButton)
                if b.isVisible() and b.text() and b.width() < b.sizeHint().width()]
    assert squeezed == []
