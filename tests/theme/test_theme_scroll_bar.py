"""A day column's scroll bar: drawn from the palette where Fusion puts its parts, so it reads and behaves as before."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionSlider

from socialdesk.ui.theme import style
from socialdesk.ui.theme.palette import MIN_NON_TEXT, contrast
from socialdesk.ui.theme.scroll_bar import SlimScrollBar


def _bar(qtbot, height=300):
    bar = SlimScrollBar()
    bar.setRange(0, 1000)
    bar.setPageStep(200)
    bar.setSingleStep(20)
    bar.resize(bar.sizeHint().width(), height)
    qtbot.addWidget(bar)
    bar.show()
    qtbot.waitExposed(bar)
    return bar


def _part(bar, part):
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    return bar.style().subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, part, bar)


@pytest.mark.parametrize("choice", ("light", "dark"))
def test_the_handle_stands_out_and_the_arrows_are_whole_pixels_of_the_secondary_ink(qtbot, choice):
    """The handle 3:1 on the desk; the arrows pointing away from it, in whole pixels (attack 38, L4: a 6×3
    triangle antialiased to about 2:1 read as a dot)."""
    app = QApplication.instance()
    try:
        tokens = style.install(app, choice).current
        bar = _bar(qtbot)
        image = bar.grab().toImage()
        handle = _part(bar, QStyle.SubControl.SC_ScrollBarSlider)
        middle = image.pixelColor(handle.center()).name()
        assert middle.upper() == tokens.control.upper()
        assert contrast(middle, tokens.window) >= MIN_NON_TEXT and contrast(middle, tokens.card) >= MIN_NON_TEXT
        assert contrast(tokens.secondary, tokens.window) >= MIN_NON_TEXT
        for part, tip_first in ((QStyle.SubControl.SC_ScrollBarSubLine, True),
                                (QStyle.SubControl.SC_ScrollBarAddLine, False)):
            place = _part(bar, part)
            ink = tokens.secondary.upper()
            rows = [sum(image.pixelColor(x, y).name().upper() == ink for x in range(place.left(), place.right() + 1))
                    for y in range(place.top(), place.bottom() + 1)]
            inked = [count for count in rows if count]
            assert inked == ([1, 3, 5, 7] if tip_first else [7, 5, 3, 1]), (part, rows)
    finally:
        style.install(app, "system")


def test_the_bar_is_narrower_than_fusions_and_nothing_is_painted_past_the_handle(qtbot):
    bar = _bar(qtbot)
    assert bar.sizeHint().width() == 10 < bar.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    handle = _part(bar, QStyle.SubControl.SC_ScrollBarSlider)
    image = bar.grab().toImage()
    below = image.pixelColor(handle.center().x(), handle.bottom() + 20)  # the groove shows the column behind it
    assert below.name() != image.pixelColor(handle.center()).name()


def test_clicks_on_the_arrows_and_the_groove_and_a_drag_of_the_handle_scroll_as_fusions_did(qtbot):
    bar = _bar(qtbot)
    down = _part(bar, QStyle.SubControl.SC_ScrollBarAddLine)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=down.center())
    assert bar.value() == 20
    handle = _part(bar, QStyle.SubControl.SC_ScrollBarSlider)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=QPoint(handle.center().x(), handle.bottom() + 10))
    assert bar.value() == 220
    handle = _part(bar, QStyle.SubControl.SC_ScrollBarSlider)
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=handle.center())
    qtbot.mouseMove(bar, handle.center() + QPoint(0, 40))
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=handle.center() + QPoint(0, 40))
    assert bar.value() > 220


def test_a_hovered_handle_darkens_to_the_text_colour(qtbot):
    app = QApplication.instance()
    tokens = style.install(app, "light").current
    try:
        bar = _bar(qtbot)
        handle = _part(bar, QStyle.SubControl.SC_ScrollBarSlider)
        qtbot.mouseMove(bar, handle.center())
        qtbot.waitUntil(lambda: bar.grab().toImage().pixelColor(handle.center()).name().upper() == tokens.text.upper(),
                        timeout=2000)
    finally:
        style.install(app, "system")


def _heavy_week(qtbot, *others):
    """A week whose Wednesday holds more cards than its column shows; `others` on other days."""
    from datetime import date

    from socialdesk.domain.posts import Post
    from socialdesk.ui.calendar.week_view import WeekView

    view = WeekView()
    qtbot.addWidget(view)
    view.resize(900, 420)
    view.show()
    qtbot.waitExposed(view)
    monday = date(2026, 9, 14)
    days = [date.fromordinal(monday.toordinal() + i) for i in range(7)]
    posts = [Post(id=i, day=days[2], text=f"Fournée {i} : pain au levain", networks=("instagram",))
             for i in range(1, 9)]
    view.show_week(days, [*posts, *(Post(id=key, day=days[0], text=text) for key, text in others)], monday)
    view.lay_out_now()
    bar = view.columns[2].posts.verticalScrollBar()
    qtbot.waitUntil(bar.isVisible, timeout=2000)
    return view, days, bar


def test_a_heavy_days_column_scrolls_with_the_slim_bar(qtbot):
    view, _days, bar = _heavy_week(qtbot)
    assert isinstance(bar, SlimScrollBar) and bar.maximum() > 0
    assert not view.columns[0].posts.verticalScrollBar().isVisible()


def test_a_card_dropped_on_a_heavy_days_bar_lands_on_that_day(qtbot):
    """Attack 38, L2: over the bar, the list itself took the drop, which a scroll area ignores: the card went back."""
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from socialdesk.ui.calendar.week_view import MIME

    view, days, bar = _heavy_week(qtbot, (99, "Le pain du lundi"))
    data = QMimeData()
    data.setData(MIME, b"[99]")
    middle = QPointF(bar.width() / 2, bar.height() / 2)
    actions = Qt.DropAction.MoveAction | Qt.DropAction.CopyAction
    enter = QDragEnterEvent(middle.toPoint(), actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(bar, enter)
    assert enter.isAccepted()
    drop = QDropEvent(middle, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(view.posts_dropped, timeout=2000) as dropped:
        QApplication.sendEvent(bar, drop)
    assert dropped.args == [[99], days[2], False]
