"""A tab page keeps the window's layout out of its own changes, yet the window still makes room when a page
needs more than it ever did, and a page whose needs shrink leaves the window as it was."""

from PySide6.QtWidgets import QApplication, QLabel, QTabWidget, QVBoxLayout, QWidget

from socialdesk.tabs import TabSpec
from socialdesk.ui.common.lazy_tab import LazyTab

SPEC = TabSpec("sample", "tests.foundation.test_foundation_lazy_tab_room:Page", "Sample", "Sample", "", "", "")


class Page(QWidget):
    def __init__(self, store, bus, clock):
        super().__init__()
        self.label = QLabel("short", self)
        self.label.setObjectName("pageLabel")
        QVBoxLayout(self).addWidget(self.label)


def _settle():
    for _ in range(8):
        QApplication.processEvents()


def _window(qtbot):
    window = QWidget()  # as the main window: the tabs in a layout, which holds the window to their minimum
    tabs = QTabWidget(window)
    QVBoxLayout(window).addWidget(tabs)
    page = LazyTab(SPEC, None, None, None, tabs)
    tabs.addTab(page, "Sample")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    _settle()
    return window, page


def test_a_page_needing_more_room_than_the_window_has_widens_the_window(qtbot):
    window, page = _window(qtbot)
    page.content.label.setText("a much longer line " * 12)  # wider than the window: it must grow
    _settle()
    assert page.width() >= page.content.minimumSizeHint().width()
    assert window.minimumWidth() >= page.content.minimumSizeHint().width()


def test_a_change_that_fits_leaves_the_window_alone(qtbot):
    window, page = _window(qtbot)
    window.resize(900, 400)
    _settle()
    before = (window.size(), window.minimumSize())
    page.content.label.setText("a little longer")
    _settle()
    assert page.content.label.text() == "a little longer"
    assert (window.size(), window.minimumSize()) == before
    assert page.content.geometry() == page.rect()
