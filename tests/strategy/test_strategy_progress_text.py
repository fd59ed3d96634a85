"""The wizard's "steps filled in" words stay readable: never painted over the bar's filled chunk."""

from datetime import date

from PySide6.QtGui import QPalette

from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.strategy import fields as f
from socialdesk.ui.common.bus import DataBus
from socialdesk.ui.strategy.tab import StrategyTab


def _luminance(colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.red()) + 0.7152 * channel(colour.green()) + 0.0722 * channel(colour.blue())


def _contrast(first, second):
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_progress_words_sit_beside_the_bar_in_readable_colours(qtbot, store):
    store.strategy.set_text(f.STAND_VALUE, "Flowers from the region")
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 12, 2)))
    qtbot.addWidget(tab)
    tab.resize(1100, 760)
    tab.show()
    qtbot.waitExposed(tab)
    words = tab.progress_label.text()
    assert "1" in words and "7" in words  # 1 of 7 steps
    assert tab.progress_label.isVisible()
    assert not tab.progress.isTextVisible()  # nothing written over the highlight-coloured chunk
    assert not tab.progress.geometry().intersects(tab.progress_label.geometry())
    palette = tab.progress_label.palette()
    assert _contrast(palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)) >= 4.5
    assert tab.progress.accessibleDescription() == words
