"""A month day's rows (the items the keys, the mouse, a drag, a tooltip and a screen reader act on) are made when
first asked for, not with each month switch; the day looks, hits and reads as if they had been made at once."""

from datetime import date, time

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QListWidget, QToolTip

from socialdesk.domain.posts import Post, PostStatus

DAY = date(2026, 11, 24)


def _add(store, day, at, text):
    post = Post(day=day, time=at, networks=("instagram",), text=text, status=PostStatus.PLANNED)
    store.calendar.add(post)
    return post


def _month(tab, qtbot):
    QTest.mouseClick(tab.months.month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.months.shown)
    for _ in range(3):
        QApplication.processEvents()
    return tab.months.view


def _made(posts) -> int:
    return QListWidget.count(posts)  # Qt's own count: the rows made, asking for none


def _centre_of_chip(posts, row: int) -> QPoint:
    height = posts.chips.height(posts.font())
    return QPoint(posts.viewport().width() // 2, row * height + height // 2)


def test_a_month_switch_makes_no_row_and_a_day_paints_as_with_its_rows(tab, store, qtbot):
    for hour in (8, 10, 12):
        _add(store, DAY, time(hour, 15), f"Fournée de {hour} h : pain d'épices et brioches")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    assert [post.time.hour for post in posts.day_posts] == [8, 10, 12]
    assert all(_made(cell.posts) == 0 for cell in view.cells)
    before = posts.grab().toImage()
    assert posts.count() == 3  # asked for: made
    assert _made(posts) == 3
    assert posts.grab().toImage() == before  # the same chips, drawn from the same rows
    assert posts.visualItemRect(posts.item(0)) == posts._whole()[0]  # where Qt lays the first row out


def test_a_click_on_a_chip_of_a_day_never_touched_selects_it(tab, store, qtbot):
    _add(store, DAY, time(8, 0), "Croissants")
    second = _add(store, DAY, time(9, 0), "Pains au chocolat")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    assert _made(posts) == 0
    QTest.mouseClick(posts.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre_of_chip(posts, 1))
    assert tab.selected_ids() == [second.id]


def test_a_tooltip_over_a_chip_of_a_day_never_touched_says_its_words(tab, store, qtbot):
    _add(store, DAY, time(8, 0), "Galette des rois à la frangipane")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    point = _centre_of_chip(posts, 0)
    QApplication.sendEvent(posts.viewport(), QHelpEvent(QHelpEvent.Type.ToolTip, point,
                                                        posts.viewport().mapToGlobal(point)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert "Galette des rois" in QToolTip.text()
    QToolTip.hideText()


def test_a_screen_reader_finds_every_chip_of_a_day_and_again_after_another_month(tab, store, qtbot):
    for hour in (8, 9):
        _add(store, DAY, time(hour, 0), f"Fournée de {hour} h")
        _add(store, date(2026, 10, 27), time(hour, 0), f"Octobre {hour} h")
    view = _month(tab, qtbot)
    cell = view.cell_of(DAY)
    reader = QAccessible.queryAccessibleInterface(cell.posts)
    assert reader.childCount() == 2
    assert "Fournée de 8 h" in reader.child(0).text(QAccessible.Text.Name)
    QTest.mouseClick(tab.prev_button, Qt.MouseButton.LeftButton)  # October: the same list shows other days
    asked = next(c for c in view.cells if c is cell)
    assert asked.posts.day != DAY
    assert QAccessible.queryAccessibleInterface(asked.posts).childCount() == len(asked.posts.day_posts)


def test_the_posts_selected_after_an_edit_are_found_without_making_other_days_rows(tab, store, qtbot):
    _add(store, date(2026, 11, 3), time(8, 0), "Un autre jour")
    moved = _add(store, DAY, time(8, 0), "Bûche de Noël")
    view = _month(tab, qtbot)
    tab.select_posts([moved.id])
    assert tab.selected_ids() == [moved.id]
    assert _made(view.cell_of(date(2026, 11, 3)).posts) == 0


def test_the_keyboard_on_a_day_after_another_month_finds_its_chips(tab, store, qtbot):
    _add(store, date(2026, 10, 27), time(8, 0), "Octobre")
    _add(store, DAY, time(8, 0), "Novembre")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    view.focus_cell(view.cells.index(view.cell_of(DAY)))
    qtbot.waitUntil(posts.hasFocus)
    QTest.keyClick(posts, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # October, the keyboard kept in it
    focused = QApplication.focusWidget()
    assert focused.day.month == 10 and focused.day_posts
    QTest.keyClick(focused, Qt.Key.Key_Down)
    assert focused.currentRow() >= 0


def test_a_day_never_touched_reached_by_tab_walks_its_chips_with_the_arrows(tab, store, qtbot):
    _add(store, DAY, time(8, 0), "Croissants")
    _add(store, DAY, time(9, 0), "Pains au chocolat")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    tab.window().activateWindow()
    posts.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(posts.hasFocus)
    QTest.keyClick(posts, Qt.Key.Key_Down)
    assert posts.currentRow() in (0, 1)
