"""The chosen inner tab (Semaine, Fiches…) is underlined in the accent, 3:1 on the window, in both themes; the others not."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QTabWidget

from socialdesk.ui.theme import style
from socialdesk.ui.theme.palette import MIN_NON_TEXT, contrast


def _underline(image, tabs: QTabWidget, index: int) -> list[str]:
    """The colours of the bottom rows of tab `index`, in the middle half of its width (the focus frame left out)."""
    rect = tabs.tabBar().tabRect(index)
    origin = tabs.tabBar().mapTo(tabs.window(), QPoint(0, 0))
    xs = range(origin.x() + rect.left() + rect.width() // 4, origin.x() + rect.right() - rect.width() // 4)
    ys = range(origin.y() + rect.bottom() - style.UNDERLINE + 1, origin.y() + rect.bottom() + 1)
    return [image.pixelColor(x, y).name() for x in xs for y in ys]


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_the_chosen_inner_tab_is_underlined_and_the_others_are_not(qtbot, choice):
    app = QApplication.instance()
    try:
        tokens = style.install(app, choice).current
        outer, inner = QTabWidget(), QTabWidget()
        qtbot.addWidget(outer)
        for name in ("Semaine", "Dans la durée", "Règles"):
            inner.addTab(QLabel(name), name)
        style.mark_tabs(inner, inner=True)
        outer.addTab(inner, "Check-list")
        outer.resize(600, 200)
        outer.show()
        qtbot.waitExposed(outer)
        outer.setFocus()
        inner.setCurrentIndex(1)
        app.processEvents()
        image = outer.grab().toImage()
        chosen, other = _underline(image, inner, 1), _underline(image, inner, 0)
        assert min(contrast(colour, tokens.window) for colour in chosen) >= MIN_NON_TEXT, set(chosen)
        assert max(contrast(colour, tokens.window) for colour in other) < MIN_NON_TEXT, set(other)
        assert {colour.upper() for colour in chosen} == {tokens.accent.upper()}
    finally:
        style.install(app, "system")


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_the_chosen_main_tab_sits_on_a_card_underlined_and_the_others_on_the_desk(qtbot, choice):
    app = QApplication.instance()
    try:
        tokens = style.install(app, choice).current
        main = QTabWidget()
        style.mark_tabs(main, inner=False)  # the four tabs along the top of the window
        qtbot.addWidget(main)
        for name in ("Stratégie", "Calendrier", "Check-list", "Présence locale"):
            main.addTab(QLabel(name), name)
        main.resize(700, 200)
        main.show()
        qtbot.waitExposed(main)
        main.setCurrentIndex(1)
        app.processEvents()
        image = main.grab().toImage()
        chosen, other = _underline(image, main, 1), _underline(image, main, 2)
        assert {colour.upper() for colour in chosen} == {tokens.accent.upper()}
        assert max(contrast(colour, tokens.window) for colour in other) < MIN_NON_TEXT, set(other)
        middle = main.tabBar().mapTo(main, main.tabBar().tabRect(1).topLeft()) + QPoint(8, 12)
        beside = main.tabBar().mapTo(main, main.tabBar().tabRect(2).topLeft()) + QPoint(8, 12)
        # inside the tab, left of its word, below its top margin
        assert image.pixelColor(middle).name().upper() == tokens.card.upper()  # the chosen tab: a card
        assert image.pixelColor(beside).name().upper() == tokens.window.upper()  # the others: the desk
    finally:
        style.install(app, "system")
