"""Pages of a tab widget built the first time they are shown or asked for: the window paints sooner.

Until then the tab holds an empty stand-in; the title, the access key and the tab's place are the page's own.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTabWidget, QWidget


class LaterTabs(QObject):
    def __init__(self, tabs: QTabWidget):
        super().__init__(tabs)
        self._tabs = tabs
        self._makers: dict[int, Callable[[], QWidget]] = {}
        self._pages: dict[int, QWidget] = {}
        tabs.currentChanged.connect(self._on_tabs_current_changed)

    def add(self, title: str, make: Callable[[], QWidget]) -> int:
        """A tab whose page `make()` builds when it is first shown (or `page(index)` asks for it); its index."""
        index = self._tabs.addTab(QWidget(self._tabs), title)
        self._makers[index] = make
        return index

    def page(self, index: int) -> QWidget:
        """The page at `index`, built now if it was not yet."""
        if index not in self._pages:
            page = self._makers[index]()
            stand_in, title = self._tabs.widget(index), self._tabs.tabText(index)
            current = self._tabs.currentIndex()
            self._tabs.blockSignals(True)
            self._tabs.removeTab(index)
            self._tabs.insertTab(index, page, title)
            self._tabs.setCurrentIndex(current)
            self._tabs.blockSignals(False)
            stand_in.deleteLater()
            self._pages[index] = page
        return self._pages[index]

    def if_built(self, index: int) -> QWidget | None:
        """The page at `index` if it was built, else None (nothing is built)."""
        return self._pages.get(index)

    def built(self) -> list[QWidget]:
        """The pages built so far, in the order they were."""
        return list(self._pages.values())

    def _on_tabs_current_changed(self, index: int) -> None:
        if index in self._makers:
            self.page(index)
