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


def test_the_wheel_never_scrolls_a_day_so_a_chip_selected_stays_in_sight(tab, store, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent

    for minute in range(20):
        _add(store, DAY, time(8, minute), f"Fournée {minute}")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    QTest.mouseClick(posts.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre_of_chip(posts, 1))  # its rows made, the second chip selected
    picked = tab.selected_ids()
    mark = view.cell_of(DAY).mark.text()
    for _ in range(3):  # two notches down, as a mouse wheel over the day
        centre = QPointF(_centre_of_chip(posts, 1))
        wheel = QWheelEvent(centre, QPointF(posts.viewport().mapToGlobal(centre.toPoint())), QPoint(0, 0),
                            QPoint(0, -240), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                            Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(posts.viewport(), wheel)
    assert posts.verticalScrollBar().value() == 0 and posts.visualItemRect(posts.item(1)).top() > 0
    assert tab.selected_ids() == picked and view.cell_of(DAY).mark.text() == mark


def test_a_right_click_on_a_days_free_space_offers_nothing_that_acts_on_a_chip_of_another_day(tab, store, qtbot,
                                                                                             monkeypatch):
    from PySide6.QtWidgets import QMenu

    from socialdesk.ui.calendar import selection

    _add(store, DAY, time(8, 0), "Croissants")
    _add(store, date(2026, 11, 19), time(8, 0), "Chouquettes")
    view = _month(tab, qtbot)
    chosen = view.cell_of(DAY).posts
    QTest.mouseClick(chosen.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre_of_chip(chosen, 0))
    assert tab.selected_ids()
    menus = []

    class Menu(QMenu):
        def exec(self, *_):
            menus.append(([action.text() for action in self.actions() if not action.isSeparator()],
                          tab.selected_day()))

    monkeypatch.setattr(selection, "QMenu", Menu)
    other = view.cell_of(date(2026, 11, 19)).posts
    tab._on_list_context_menu(other, QPoint(5, other.viewport().height() - 3))  # below its one chip
    words, day = menus[-1]
    assert day == date(2026, 11, 19) and tab.edits.new.text() in words
    assert tab.edits.delete.text() not in words and tab.edits.edit.text() not in words
    tab._on_list_context_menu(other, _centre_of_chip(other, 0))  # on its chip: the post's menu
    assert tab.edits.delete.text() in menus[-1][0]


def test_a_day_the_keyboard_scrolled_shows_its_first_chips_again_once_left(tab, store, qtbot):
    for minute in range(20):
        _add(store, DAY, time(8, minute), f"Fournée {minute}")
    _add(store, date(2026, 11, 19), time(8, 0), "Chouquettes")
    view = _month(tab, qtbot)
    posts = view.cell_of(DAY).posts
    tab.window().activateWindow()
    QTest.mouseClick(posts.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre_of_chip(posts, 0))
    for _ in range(19):
        QTest.keyClick(posts, Qt.Key.Key_Down)
    assert posts.verticalScrollBar().value() > 0  # the chip with the keyboard drawn: the day scrolled
    other = view.cell_of(date(2026, 11, 19)).posts
    QTest.mouseClick(other.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre_of_chip(other, 0))  # a chip of another day: the keyboard and the selection go there
    assert not posts.selectedItems() and posts.verticalScrollBar().value() == 0
    assert posts.visualItemRect(posts.item(0)).top() == 0


def test_a_right_click_on_the_ideas_free_space_offers_a_new_idea_not_a_post_on_a_chips_day(tab, store, qtbot,
                                                                                           monkeypatch):
    from PySide6.QtWidgets import QMenu

    from socialdesk.ui.calendar import selection

    _add(store, DAY, time(8, 0), "Croissants")
    view = _month(tab, qtbot)
    chosen = view.cell_of(DAY).posts
    QTest.mouseClick(chosen.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _centre_of_chip(chosen, 0))
    menus = []

    class Menu(QMenu):
        def exec(self, *_):
            menus.append([action for action in self.actions() if not action.isSeparator()])

    monkeypatch.setattr(selection, "QMenu", Menu)
    ideas = tab.ideas
    tab._on_list_context_menu(ideas, QPoint(5, ideas.viewport().height() - 3))
    assert menus[-1] == [tab.edits.new_idea_action, tab.edits.limits]
    made = []
    monkeypatch.setattr(tab.edits, "_create", made.append)
    tab.edits.new_idea_action.trigger()
    assert made and made[0].day is None and made[0].status == PostStatus.IDEA
