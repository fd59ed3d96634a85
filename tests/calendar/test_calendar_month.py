"""The month view: the Week/Month switch (kept), month keys, drag and drop with undo, holes and days off marked."""

import json
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from socialdesk.domain.calendar.closures import Closure
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.model import DayException, OpeningHours, Span
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.month_view import MonthCell, month_days
from socialdesk.ui.calendar.post_card import POST_ROLE
from socialdesk.ui.calendar import selection as calendar_selection
from socialdesk.ui.calendar.tab import CalendarTab
from socialdesk.ui.calendar.week_view import MIME
from socialdesk.ui.i18n import install_translators


@pytest.fixture(autouse=True)
def _english(qapp):
    install_translators("en")  # the words the owner reads (English plurals), whatever an earlier test left


def _add(store, day, at=time(9, 30), text="Croissants du matin", status=PostStatus.PLANNED):
    post = Post(day=day, time=at, networks=("instagram",), text=text, status=status)
    store.calendar.add(post)
    return post


def _month(tab, qtbot):
    QTest.mouseClick(tab.months.month_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.months.shown)
    return tab.months.view


def _chips(view, day) -> list[int]:
    posts = view.cell_of(day).posts
    return [posts.item(row).data(Qt.ItemDataRole.UserRole) for row in range(posts.count())]


def _drop(target, ids):
    data = QMimeData()
    data.setData(MIME, json.dumps(ids).encode())
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    target.dropEvent(event)
    return event


def test_month_grid_is_six_whole_weeks_from_the_monday_of_the_first():
    assert month_days(date(2026, 11, 14), 1)[0] == date(2026, 10, 26)  # November 2026 starts on a Sunday
    assert month_days(date(2026, 11, 1), 1)[-1] == date(2026, 12, 6)
    assert month_days(date(2027, 2, 1), 1)[0] == date(2027, 2, 1)  # February 2027 starts on a Monday
    assert all(len(month_days(date(2027, m, 1), 1)) == 42 for m in range(1, 13))  # the grid never jumps
    assert month_days(date(2026, 11, 1), 7)[0] == date(2026, 11, 1)  # a file whose weeks start on Sunday


def test_the_switch_shows_the_month_and_the_choice_is_kept(tab, store, qtbot, bus):
    view = _month(tab, qtbot)
    assert view.isVisible() and not tab.week.isVisible()
    assert tab.title.text() == "November 2026"
    assert [label.text() for label in view.names] == [QLocale().dayName(d, QLocale.FormatType.ShortFormat)
                                                      for d in range(1, 8)]
    assert sum(cell.isVisible() for cell in view.cells) == 42
    assert view.cell_of(date(2026, 10, 26)).flags["outside"] and not view.cell_of(date(2026, 11, 2)).flags["outside"]
    assert tab.today_button.toolTip() == "This month (Alt+Home)"
    assert store.settings.get("calendar_view") == "month"
    again = CalendarTab(store, bus, fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(again)
    assert again.months.shown and again.title.text() == "November 2026"
    QTest.mouseClick(tab.months.week_button, Qt.MouseButton.LeftButton)
    assert not tab.months.shown and tab.title.text().startswith("Week 48")
    assert tab.today_button.toolTip() == "This week (Alt+Home)"
    assert store.settings.get("calendar_view") == "week"


def test_the_switch_is_reached_by_keyboard(tab, qtbot):
    tab.activateWindow()
    for button in (tab.months.week_button, tab.months.month_button):
        assert button.focusPolicy() & Qt.FocusPolicy.TabFocus and button.accessibleName()
    tab.months.month_button.setFocus()
    QTest.keyClick(tab.months.month_button, Qt.Key.Key_Space)
    assert tab.months.shown


def test_week_keys_move_by_month(tab, qtbot):
    view = _month(tab, qtbot)
    tab.activateWindow()
    target = view.cells[10].posts
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert tab.title.text() == "December 2026"
    assert view.cells[0].posts.day == date(2026, 11, 30)
    QTest.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(target, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert tab.title.text() == "October 2026"
    QTest.keyClick(target, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert tab.title.text() == "November 2026"
    QTest.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert tab.title.text() == "December 2026"


def test_dropping_a_chip_on_another_day_moves_it_and_undoes(tab, store, qtbot):
    post = _add(store, date(2026, 11, 27), time(7, 45))
    view = _month(tab, qtbot)
    assert _chips(view, date(2026, 11, 27)) == [post.id]
    event = _drop(view.cell_of(date(2026, 12, 3)).posts, [post.id])
    assert event.dropAction() is Qt.DropAction.CopyAction  # the source list never removes rows itself
    qtbot.waitUntil(lambda: store.calendar.get(post.id).day == date(2026, 12, 3))
    assert store.calendar.get(post.id).time == time(7, 45)
    assert _chips(view, date(2026, 12, 3)) == [post.id] and _chips(view, date(2026, 11, 27)) == []
    assert tab.undo_stack.undoText() == "Move post"  # the week's own command, on the week's stack
    tab.undo_stack.undo()
    assert store.calendar.get(post.id).day == date(2026, 11, 27)
    assert _chips(view, date(2026, 11, 27)) == [post.id] and _chips(view, date(2026, 12, 3)) == []
    tab.undo_stack.redo()
    assert store.calendar.get(post.id).day == date(2026, 12, 3)


def test_an_idea_dropped_on_a_day_is_scheduled(tab, store, qtbot):
    idea = Post(text="Pain perdu", status=PostStatus.IDEA)
    store.calendar.add(idea)
    view = _month(tab, qtbot)
    _drop(view.cell_of(date(2026, 12, 4)).posts, [idea.id])
    qtbot.waitUntil(lambda: store.calendar.get(idea.id).day == date(2026, 12, 4))
    assert _chips(view, date(2026, 12, 4)) == [idea.id]


def test_empty_posting_days_are_marked_as_holes(tab, store, qtbot):
    tab.bus.publish(store.strategy.record_applied({"instagram": 2}, [], datetime(2026, 11, 2), frozenset({5, 6})),
                    None)
    _add(store, date(2026, 11, 27))
    _add(store, date(2026, 11, 28), status=PostStatus.SKIPPED)  # a skipped post leaves the hole
    view = _month(tab, qtbot)
    holes = {cell.posts.day for cell in view.cells if cell.flags["hole"]}
    assert holes == {date(2026, 11, 28)}  # today is Thursday 26: the Fridays and Saturdays before are past
    assert "Nothing planned" in view.cell_of(date(2026, 11, 28)).posts.accessibleName()
    assert "Nothing planned" not in view.cell_of(date(2026, 11, 27)).posts.accessibleName()
    assert tab.targets_label.text() == "Month: 1 usual posting day with nothing planned"


def test_closed_days_and_days_already_past_are_not_holes_in_the_cadence(tab, store, qtbot):
    tab.bus.publish(store.strategy.record_applied({"instagram": 2}, [], datetime(2026, 11, 2),
                                                  frozenset({3, 5, 6})), None)  # Wednesday, Friday, Saturday
    store.calendar.closures.add(Closure(date(2026, 12, 26), date(2027, 1, 4), "Congés annuels"))
    view = _month(tab, qtbot)
    holes = sorted(cell.posts.day for cell in view.cells if cell.flags["hole"])
    assert holes == [date(2026, 11, 27), date(2026, 11, 28)]  # today is Thursday 26: the days before are past
    assert tab.targets_label.text() == "Month: 2 usual posting days with nothing planned"
    QTest.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    assert view.cell_of(date(2026, 12, 4)).flags["hole"]
    card = store.shop.get()
    card.hours = OpeningHours(((Span(540, 1140),),) * 7, (DayException(date(2026, 12, 4)),))  # closed that Friday
    tab.bus.publish(store.shop.save(card), None)  # the shop's hours saved on the Strategy tab
    holes = sorted(cell.posts.day for cell in view.cells if cell.flags["hole"])
    assert holes == [date(2026, 12, d) for d in (2, 5, 9, 11, 12, 16, 18, 19, 23, 25)]
    for closed in (date(2026, 12, 4), date(2026, 12, 26), date(2026, 12, 30)):
        assert "Nothing planned" not in view.cell_of(closed).posts.accessibleName()
    assert tab.targets_label.text() == "Month: 10 usual posting days with nothing planned"


def test_holidays_and_closures_are_marked(tab, store, qtbot):
    store.calendar.closures.add(Closure(date(2026, 12, 24), date(2026, 12, 26), "congés"))
    view = _month(tab, qtbot)
    armistice = view.cell_of(date(2026, 11, 11)).mark
    assert armistice.toolTip() == "⚑ Armistice Day"  # whole in the tooltip; the line shows as much as fits
    shown = armistice.text()
    assert shown.startswith("⚑ Armist") and (shown == armistice.toolTip() or shown.endswith("…")), shown
    QTest.mouseClick(tab.next_button, Qt.MouseButton.LeftButton)
    closed = view.cell_of(date(2026, 12, 24)).mark
    assert closed.text().startswith("✕ Closed") and closed.toolTip() == "✕ Closed: congés"
    assert "Christmas" in view.cell_of(date(2026, 12, 25)).posts.accessibleName()


def test_a_click_on_a_day_opens_its_week(tab, store, qtbot):
    post = _add(store, date(2026, 12, 3))
    view = _month(tab, qtbot)
    button = view.cell_of(date(2026, 12, 3)).button
    assert button.accessibleName() == "Open the week of Thursday 3 December 2026"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not tab.months.shown and tab.week.isVisible()
    assert tab.start == date(2026, 11, 30)
    assert post.id in [tab.week.columns[3].posts.item(r).data(Qt.ItemDataRole.UserRole)
                       for r in range(tab.week.columns[3].posts.count())]
    assert store.settings.get("calendar_view") == "week"


def test_a_hole_is_drawn_with_the_accent_and_a_full_day_says_what_is_below(tab, store, qtbot):
    tab.bus.publish(store.strategy.record_applied({"instagram": 2}, [], datetime(2026, 11, 2), frozenset({5})), None)
    for hour in range(8, 20):
        _add(store, date(2026, 12, 4), time(hour, 0))
    view = _month(tab, qtbot)
    accent = tab.palette().color(tab.palette().ColorRole.Highlight).rgb()

    def top_line(day):
        image = view.cell_of(day).grab().toImage()
        return {image.pixelColor(x, 0).rgb() for x in range(8, image.width() - 8)}

    assert accent in top_line(date(2026, 11, 27))  # a coming Friday with nothing: a hole
    assert accent not in top_line(date(2026, 11, 24))
    cell = view.cell_of(date(2026, 12, 4))
    shown = cell.posts.viewport().height() // cell.posts.sizeHintForRow(0)
    assert shown < 12 and cell.mark.text().startswith(f"+{12 - shown} more")
    assert cell.posts.count() == 12  # every post is still there for the keyboard and a screen reader


def test_arrows_walk_the_days_and_keys_edit_the_chip_in_focus(tab, store, qtbot):
    post = _add(store, date(2026, 11, 28), time(10, 0))
    view = _month(tab, qtbot)
    tab.activateWindow()
    start = view.cell_of(date(2026, 11, 27)).posts
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Right)
    target = view.cell_of(date(2026, 11, 28)).posts
    assert target.hasFocus() and tab.selected_ids() == [post.id]
    QTest.keyClick(target, Qt.Key.Key_Delete)  # the week's post keys work on a chip
    assert store.calendar.get(post.id) is None
    tab.undo_stack.undo()
    assert _chips(view, date(2026, 11, 28)) == [post.id]


def test_the_post_keys_act_on_the_day_with_the_keyboard_not_a_chip_selected_on_another(tab, store, qtbot):
    """A chip selected on the 28th, the keyboard walked back to the empty 27th: Delete, Ctrl+→ and Enter there act on
    no post (they deleted, moved or opened the 28th's chip, a day the keyboard had left)."""
    post = _add(store, date(2026, 11, 28), time(10, 0))
    view = _month(tab, qtbot)
    tab.activateWindow()
    chip = view.cell_of(date(2026, 11, 28)).posts
    chip.setFocus()
    chip.setCurrentRow(0)
    assert tab.selected_ids() == [post.id]
    QTest.keyClick(chip, Qt.Key.Key_Left)
    empty = view.cell_of(date(2026, 11, 27)).posts
    assert empty.hasFocus() and chip.selectedItems()  # still drawn selected on its own day
    assert tab.selected_ids() == []
    for key, modifier in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
                          (Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)):
        QTest.keyClick(empty, key, modifier)
    assert store.calendar.get(post.id).day == date(2026, 11, 28)
    assert tab.undo_stack.count() == 0
    QTest.keyClick(empty, Qt.Key.Key_Right)  # back on its day: the keys act on it again
    assert chip.hasFocus() and tab.selected_ids() == [post.id]
    QTest.keyClick(chip, Qt.Key.Key_Delete)
    assert store.calendar.get(post.id) is None


def test_the_week_post_keys_act_on_the_day_with_the_keyboard_too(tab, store, qtbot):
    post = _add(store, date(2026, 11, 24), time(10, 0))
    tab.reload_week()
    tab.activateWindow()
    card = next(posts for posts in tab.week.lists() if posts.day == date(2026, 11, 24))
    card.setFocus()
    card.setCurrentRow(0)
    assert tab.selected_ids() == [post.id]
    other = next(posts for posts in tab.week.lists() if posts.day == date(2026, 11, 26))
    other.setFocus()
    assert card.selectedItems() and tab.selected_ids() == []
    QTest.keyClick(other, Qt.Key.Key_Delete)
    assert store.calendar.get(post.id) is not None


def test_enter_opens_a_chip_only_when_it_is_selected(tab, store, qtbot, monkeypatch):
    """Attack 41, L1: a chip Ctrl+clicked off (or reached with Ctrl+↓) stays the keyboard's current chip, unselected;
    Enter opened it, when Delete and the other post keys rightly did nothing."""
    first, second = _add(store, date(2026, 11, 24), time(9, 0)), _add(store, date(2026, 11, 24), time(11, 0))
    view = _month(tab, qtbot)
    tab.activateWindow()
    opened = []
    monkeypatch.setattr(tab.edits, "edit_post", opened.append)
    posts = view.cell_of(date(2026, 11, 24)).posts
    posts.setFocus()
    posts.setCurrentRow(0)
    QTest.keyClick(posts, Qt.Key.Key_Return)
    assert opened == [first.id]
    QTest.keyClick(posts, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # current moves, nothing selected
    assert posts.currentRow() == 1 and tab.selected_ids() == [first.id]
    posts.clearSelection()
    QTest.keyClick(posts, Qt.Key.Key_Return)
    assert opened == [first.id] and posts.currentItem().data(Qt.ItemDataRole.UserRole) == second.id
    QTest.keyClick(posts, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Space selects it
    QTest.keyClick(posts, Qt.Key.Key_Return)
    assert opened == [first.id, second.id]


def _two_posts(day):
    return [Post(id=n, day=day, time=time(7 + 9 * n, 30), networks=("instagram",), text="Fournée",
                 status=PostStatus.PLANNED) for n in range(2)]


def test_a_day_filled_while_hidden_says_more_only_when_a_chip_is_really_hidden(qtbot):
    """A cell filled and resized while its tab is hidden gets its resize before its list's: +N waits for the list."""
    holder = QWidget()
    qtbot.addWidget(holder)
    cell = MonthCell(holder)
    cell.setGeometry(0, 0, 180, 40)  # a first, small size: one chip shows
    holder.show()
    qtbot.waitExposed(holder)
    day = date(2026, 12, 7)
    cell.show_day(day, _two_posts(day), {"today": False, "hole": False, "outside": False}, [], None, QLocale())
    assert cell.mark.text() == "+1 more"
    holder.hide()
    cell.setGeometry(0, 0, 180, 110)  # the window's real size, reached while another tab is shown
    holder.show()
    qtbot.waitUntil(lambda: cell.posts.viewport().height() > 2 * cell.posts.sizeHintForRow(0))
    QApplication.processEvents()
    assert cell.mark.text() == ""  # both chips show: no "+1 more"


def test_the_days_of_other_months_show_the_desks_colour_under_their_chips(tab, qtbot):
    """Attack 37, L7: the white chip list covered the day's card, so 26–31 October looked like November."""
    view = _month(tab, qtbot)
    QApplication.processEvents()
    outside, inside = view.cell_of(date(2026, 10, 28)).posts, view.cell_of(date(2026, 11, 18)).posts
    colour = {}
    for name, posts in (("outside", outside), ("inside", inside)):
        image = posts.parentWidget().grab(posts.geometry()).toImage()  # as on screen: the list on its day's card
        colour[name] = image.pixelColor(image.width() // 2, image.height() - 4)
    assert colour["outside"] == tab.palette().color(tab.palette().ColorRole.Window)
    assert colour["inside"] == tab.palette().color(tab.palette().ColorRole.Base)
    from socialdesk.ui.theme.style import tokens

    secondary = tokens(tab.palette()).secondary.lower()

    def number(day) -> str:
        return view.cell_of(day).button.palette().color(tab.palette().ColorRole.ButtonText).name()

    assert number(date(2026, 10, 28)) == secondary  # its number in the secondary colour too (attack 37b, L4)
    assert number(date(2026, 11, 18)) != secondary
    tab.show_week(date(2026, 10, 1))  # October: the same cell now shows one of its own days
    QApplication.processEvents()
    posts = view.cell_of(date(2026, 10, 28)).posts
    again = posts.parentWidget().grab(posts.geometry()).toImage()
    assert again.pixelColor(again.width() // 2, again.height() - 4) == colour["inside"]
    assert number(date(2026, 10, 28)) != secondary


def test_the_month_given_the_keyboard_keeps_to_its_own_days(qtbot, store, bus):
    """Attack 37d, L1: today in the grid's overflow (Monday 30 November while December is shown) took the keyboard
    from the month's own days."""
    store.settings.set("first_weekday", 1)
    _add(store, date(2026, 12, 3))
    tab = CalendarTab(store, bus, fixed_clock(date(2026, 11, 30)))
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    view = _month(tab, qtbot)
    tab.show_week(date(2026, 12, 10))
    tab.take_focus()
    assert view.cells.index(view.focusWidget().parentWidget()) == 1  # 1 December, not 30 November


def test_another_month_by_keyboard_keeps_the_keyboard_on_that_months_days(tab, qtbot):
    """Attack 38c, L6: Alt+→ kept the grid's cell, a grey 30 December once January was shown; an empty month gives
    its one button the keyboard (38d, L3)."""
    for day in (date(2026, 10, 15), date(2026, 11, 18), date(2026, 12, 15)):  # September stays empty
        _add(tab.store, day)
    view = _month(tab, qtbot)
    tab.reload()
    tab.activateWindow()
    last = view.cells[-1].posts  # a day of the month after, at the grid's end
    last.setFocus()
    qtbot.waitUntil(last.hasFocus, timeout=2000)
    QTest.keyClick(last, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    focused = next(cell for cell in view.cells if cell.posts.hasFocus())
    assert focused.posts.day.month == tab.months.month.month
    first = view.cells[0].posts  # a day of the month before, at the grid's start
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    focused = next(cell for cell in view.cells if cell.posts.hasFocus())
    assert focused.posts.day.month == tab.months.month.month
    view.cells[0].button.setFocus()  # a day's number, of the month before
    QTest.keyClick(view.cells[0].button, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # October
    focused = next(cell for cell in view.cells if cell.isAncestorOf(QApplication.focusWidget()))
    assert focused.posts.day.month == 10
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # September
    assert view.empty.button.hasFocus()
    QTest.keyClick(view.empty.button, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # from its button
    focused = next(cell for cell in view.cells if cell.isAncestorOf(QApplication.focusWidget()))
    assert focused.posts.day.month == 10


def test_back_from_the_week_the_same_month_keeps_its_chip_and_shows_what_changed_meanwhile(tab, store, qtbot):
    kept = _add(store, date(2026, 11, 24), time(8, 0), "Galette des rois")
    view = _month(tab, qtbot)
    cell = view.cell_of(date(2026, 11, 24))
    cell.posts.setCurrentRow(0)
    QTest.mouseClick(tab.months.week_button, Qt.MouseButton.LeftButton)
    _month(tab, qtbot)  # nothing changed meanwhile: the days were not filled again
    assert cell.posts.currentRow() == 0 and cell.posts.item(0).isSelected()

    QTest.mouseClick(tab.months.week_button, Qt.MouseButton.LeftButton)
    added = _add(store, date(2026, 11, 24), time(18, 0), "Bûche de Noël")  # as the week's dialog would
    tab.reload_week()
    _month(tab, qtbot)
    assert _chips(view, date(2026, 11, 24)) == [kept.id, added.id]

    QTest.mouseClick(tab.months.week_button, Qt.MouseButton.LeftButton)
    store.calendar.save(replace(store.calendar.get(added.id), text="Bûche au chocolat"))  # the words alone
    tab.reload_week()
    _month(tab, qtbot)
    assert cell.posts.item(1).data(POST_ROLE).text == "Bûche au chocolat"


def test_a_selection_in_the_view_not_shown_is_never_acted_on(tab, store, qtbot):
    """Attack 39, H1: a chip selected in the month, a card selected in the week, back to the month (not filled
    again): the chip still looked selected and Delete removed the week's card, unseen."""
    in_month = _add(store, date(2026, 11, 26), time(10, 0), "Anticonstitutionnellement")
    in_week = _add(store, date(2026, 11, 24), time(7, 0), "Publication du mardi")
    view = _month(tab, qtbot)
    tab.activateWindow()
    chip = view.cell_of(date(2026, 11, 26)).posts
    chip.setFocus()
    chip.setCurrentRow(0)
    QTest.mouseClick(tab.months.week_button, Qt.MouseButton.LeftButton)
    assert tab.selected_ids() == []  # the month's chip, hidden now, is not what the week's keys act on
    card = next(posts for posts in tab.week.lists() if posts.count() and posts.day == date(2026, 11, 24))
    card.setFocus()
    card.setCurrentRow(0)
    _month(tab, qtbot)
    assert not chip.selectedItems()  # the week's selection cleared the month's, as it clears the other days'
    assert tab.selected_ids() == []
    chip.setFocus()
    QTest.keyClick(chip, Qt.Key.Key_Delete)
    assert store.calendar.get(in_week.id) is not None and store.calendar.get(in_month.id) is not None


def test_a_chip_sent_to_the_ideas_from_the_month_is_selected_there_with_the_keyboard(tab, store, qtbot):
    """Attack 39b, M1: for a post of the week behind the month, the hidden week still held it: the keyboard went
    to that hidden day and the idea was left unselected."""
    post = _add(store, date(2026, 11, 24), time(7, 0), "Publication du mardi")  # in the week the month came from
    tab.reload_week()  # the week shows it before the month is
    view = _month(tab, qtbot)
    tab.activateWindow()
    chips = view.cell_of(date(2026, 11, 24)).posts
    chips.setFocus()
    chips.setCurrentRow(0)
    tab.edits.to_ideas.trigger()
    qtbot.waitUntil(lambda: store.calendar.get(post.id).day is None)
    qtbot.waitUntil(lambda: tab.selected_ids() == [post.id])
    assert tab.active_list() is tab.ideas and tab.ideas.hasFocus()


def test_a_new_post_goes_on_the_day_pointed_at_or_with_the_keyboard(tab, store, qtbot, monkeypatch):
    """Attack 39b, L1 and L2: a chip selected on another day won over the day with the keyboard (Ctrl+N) and over
    the day whose free space was right-clicked."""
    _add(store, date(2026, 11, 26), time(10, 0))
    view = _month(tab, qtbot)
    tab.activateWindow()
    selected = view.cell_of(date(2026, 11, 26)).posts
    selected.setFocus()
    selected.setCurrentRow(0)
    empty = view.cell_of(date(2026, 11, 18)).posts
    empty.setFocus()  # the keyboard walked on to an empty day: the chip stays selected on the 26th
    assert selected.selectedItems() and tab.selected_day() == date(2026, 11, 18)
    seen = []

    class Menu(QMenu):  # the menu as it opens: where would « New post… » go?
        def exec(self, *_):
            seen.append(tab.selected_day())

    monkeypatch.setattr(calendar_selection, "QMenu", Menu)
    sunday = view.cell_of(date(2026, 11, 15)).posts
    tab._on_list_context_menu(sunday, QPoint(5, sunday.viewport().height() - 3))  # its free space, right-clicked
    assert seen == [date(2026, 11, 15)]
    QTest.mousePress(tab.new_button, Qt.MouseButton.LeftButton)  # the toolbar's button leaves the keyboard there
    assert empty.hasFocus() and tab.selected_day() == date(2026, 11, 18)  # as Ctrl+N (attack 39c, L1)
    QTest.mouseRelease(tab.new_button, Qt.MouseButton.LeftButton, pos=QPoint(-5, -5))  # let go outside: no dialog


def test_with_nothing_chosen_a_new_post_goes_on_a_day_of_the_month_shown(tab, store, qtbot):
    """Attack 39c, M1: after Alt+→ then Alt+←, the toolbar's New post went on 26 October, a grey day of the
    grid, while November, today's month, was shown."""
    _add(store, date(2026, 12, 3))
    _month(tab, qtbot)
    tab.go_next()
    assert tab.selected_day() == date(2026, 12, 1)  # not 30 November, the grid's first day
    tab.go_previous()
    assert tab.selected_day() == date(2026, 11, 26)  # today, in its month


def test_back_to_the_month_the_keyboard_is_on_the_day_it_had_in_the_week(tab, store, qtbot):
    """Attack 39b, L4: the keyboard came back to the cell in the same place of the grid, another day (31 Dec)."""
    _add(store, date(2026, 12, 3))  # December is not empty (an empty month gives the keyboard to its one button)
    _add(store, date(2026, 12, 5))
    view = _month(tab, qtbot)
    tab.activateWindow()
    view.cell_of(date(2026, 11, 26)).posts.setFocus()
    QTest.mouseClick(tab.months.week_button, Qt.MouseButton.LeftButton)
    tab.go_next()  # the week of 30 November
    saturday = next(posts for posts in tab.week.lists() if posts.day == date(2026, 12, 5))
    saturday.setFocus()
    tab.months.set_mode("month")
    qtbot.waitUntil(lambda: tab.months.shown)
    assert view.focused_list() is view.cell_of(date(2026, 12, 5)).posts
    assert not view.cell_of(date(2026, 12, 5)).posts.selectedItems()  # the keyboard alone: nothing picked (39c, L2)
