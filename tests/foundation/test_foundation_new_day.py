"""A window left open past midnight takes the new day: Sunday evening to Monday morning shows the new week and what
is due, as a Monday start would (attack 38, M1)."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from socialdesk.domain.weeks import IsoWeek
from socialdesk.storage import open_store
from tests.foundation.test_foundation_first_week import MONDAY, _due_file, _show_tab, _window, new_file  # noqa: F401

SUNDAY_EVENING = MONDAY - timedelta(hours=15)  # Sunday 6 December 2026, 18:00


class MovingClock:
    def __init__(self, now):
        self.now = now

    def __call__(self):
        return self.now


def _window_at(qtbot, store, now):
    """A window on a file in use at `now`, its panel of what is due seen and put away; and its clock."""
    _due_file(store)
    store.settings.set("welcome", "skipped")
    clock = MovingClock(now)
    window = _window(qtbot, store, clock)
    window.guide.check_due()
    if window.guide.due_panel is not None:
        window.guide.due_panel.dismiss.click()
    return window, clock


def test_sunday_evening_to_monday_morning_shows_the_new_week_and_what_is_due(qtbot, new_file):
    window, clock = _window_at(qtbot, new_file, SUNDAY_EVENING)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    assert rules.week == IsoWeek.of(SUNDAY_EVENING.date())
    _show_tab(window, 1)
    calendar = window.tabs.currentWidget().content
    assert SUNDAY_EVENING.date() in calendar.days()

    clock.now = MONDAY  # the window stayed open all night
    window.new_day.check()
    QApplication.processEvents()

    assert MONDAY.date() in calendar.days()
    today_columns = [column for column in calendar.week.columns if column.today]
    assert [column.posts.day for column in today_columns] == [MONDAY.date()]
    assert rules.week == IsoWeek.of(MONDAY.date()) and rules.week_page.rules_summary.text().startswith(
        "Rules done this week")
    panel = window.guide.due_panel
    assert panel is not None and panel.isVisible()
    assert new_file.settings.get("due_week") == IsoWeek.of(MONDAY.date()).key


def test_a_page_on_another_week_stays_there_and_a_new_day_in_the_same_week_shows_no_panel_again(qtbot, new_file):
    window, clock = _window_at(qtbot, new_file, MONDAY)
    _show_tab(window, 1)
    calendar = window.tabs.currentWidget().content
    calendar.go_next()  # the owner plans next week
    shown = calendar.days()
    clock.now = MONDAY + timedelta(days=1)
    window.new_day.check()
    QApplication.processEvents()
    assert calendar.days() == shown
    assert not window.guide.due_panel.isVisible()  # Tuesday: what was due showed on Monday
    calendar.go_previous()
    assert [c.posts.day for c in calendar.week.columns if c.today] == [MONDAY.date() + timedelta(days=1)]


def test_the_watch_waits_for_midnight_and_never_longer_than_a_quarter_of_an_hour(qtbot):
    from socialdesk.ui.common.new_day import LONGEST_WAIT_MS, NewDay

    clock = MovingClock(MONDAY.replace(hour=23, minute=59, second=30))
    watch = NewDay(clock)
    assert watch.timer.interval() == 31_000  # midnight, and a second for the clock's own rounding
    clock.now = MONDAY.replace(hour=9)
    watch.check()
    assert watch.timer.interval() == LONGEST_WAIT_MS
    arrivals = []
    watch.arrived.connect(lambda old, new: arrivals.append((old, new)))
    clock.now = MONDAY + timedelta(days=2)
    watch._on_application_state_changed(Qt.ApplicationState.ApplicationActive)  # back from a sleep of two days
    assert arrivals == [(MONDAY.date(), MONDAY.date() + timedelta(days=2))]


def test_a_panel_left_up_is_made_again_for_the_new_day(qtbot, new_file):
    """Attack 38b, L1: Monday's post stayed « to publish today » on Tuesday, and Tuesday's was missing."""
    from datetime import time

    from socialdesk.domain.posts import Post, PostStatus

    tuesday = MONDAY.date() + timedelta(days=1)
    window, clock = _window_at(qtbot, new_file, MONDAY)
    window.guide.due_panel.show()  # Monday's panel, left up
    tuesday_id = new_file.calendar.add(Post(day=tuesday, time=time(11), status=PostStatus.PLANNED,
                                            text="Bouquets du mardi", networks=("instagram",))).ids[0]
    monday_ids = [b.objectName() for b in window.guide.due_panel.buttons if b.objectName().startswith("due_post_")]
    clock.now = MONDAY + timedelta(days=1)
    window.new_day.check()
    QApplication.processEvents()
    panel = window.guide.due_panel
    posts = [b.objectName() for b in panel.buttons if b.objectName().startswith("due_post_")]
    assert panel.isVisible() and posts == [f"due_post_{tuesday_id}"] and not set(monday_ids) & set(posts)


def test_a_new_file_left_open_into_a_new_week_shows_what_is_due_that_monday(qtbot, new_file):
    """Attack 38b, L2: its first session kept what is due away for good; a Monday start showed it."""
    window, clock = _window_at(qtbot, new_file, SUNDAY_EVENING)
    window.guide.first_session = True  # the file was made this session
    clock.now = MONDAY
    window.new_day.check()
    QApplication.processEvents()
    assert window.guide.due_panel is not None and window.guide.due_panel.isVisible()
    assert not window.guide.first_session


def test_a_clock_set_back_shows_no_panel_and_forward_again_not_twice(qtbot, new_file):
    """Attack 38b, L5: last week's panel came back, then the new week's a second time."""
    window, clock = _window_at(qtbot, new_file, MONDAY)  # Monday's panel seen and put away
    for now in (MONDAY - timedelta(days=7), MONDAY + timedelta(hours=2)):
        clock.now = now
        window.new_day.check()
        QApplication.processEvents()
        assert window.guide.due_panel is None or not window.guide.due_panel.isVisible()
        assert new_file.settings.get("due_week") == IsoWeek.of(MONDAY.date()).key


def test_midnight_keeps_the_selected_cards_the_typed_note_and_the_month_behind_the_week(qtbot, new_file):
    """Attack 38b, L3 and L4: the rebuild at midnight dropped the selection, moved the keyboard out of a note being
    typed, and moved the week behind a month shown on another month."""
    from datetime import time

    from socialdesk.domain.posts import Post, PostStatus

    post_id = new_file.calendar.add(Post(day=MONDAY.date() + timedelta(days=2), time=time(9), text="Pivoines",
                                         status=PostStatus.PLANNED, networks=("instagram",))).ids[0]
    window, clock = _window_at(qtbot, new_file, MONDAY)
    _show_tab(window, 1)
    calendar = window.tabs.currentWidget().content
    calendar.select_posts([post_id])
    assert calendar.selected_ids() == [post_id]
    clock.now = MONDAY + timedelta(days=1)
    window.new_day.check()
    QApplication.processEvents()
    assert calendar.selected_ids() == [post_id]

    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    note = next(iter(rules.week_page.note_edits.values()))
    note.setFocus()
    qtbot.keyClicks(note, "called Claire")
    clock.now = MONDAY + timedelta(days=2)
    window.new_day.check()
    QApplication.processEvents()
    assert note.hasFocus() and note.text() == "called Claire"

    _show_tab(window, 1)
    calendar.months.month_button.click()
    calendar.go_next()
    calendar.go_next()
    start, month = calendar.start, calendar.months.month
    clock.now = MONDAY + timedelta(days=3)
    window.new_day.check()
    assert (calendar.start, calendar.months.month) == (start, month)


def test_a_holiday_past_leaves_the_checklist_at_midnight_within_the_week(qtbot, new_file):
    """Attack 38c, L3: Christmas stayed on a checklist left open until the 26th; a restart dropped it."""
    from datetime import datetime

    window, clock = _window_at(qtbot, new_file, datetime(2026, 12, 23, 18))
    _show_tab(window, 2)
    page = window.tabs.currentWidget().content.week_page
    assert [tasks.occasion.first for tasks in page.occasion_tasks][0] == datetime(2026, 12, 25).date()
    clock.now = datetime(2026, 12, 26, 8)
    window.new_day.check()
    QApplication.processEvents()
    assert datetime(2026, 12, 25).date() not in [tasks.occasion.first for tasks in page.occasion_tasks]


def test_a_note_typed_across_sunday_midnight_stays_whole_on_its_week(qtbot, new_file):
    """Attack 38c, L4: « Bouquet » was saved on week 48 and « s du jour » on week 49."""
    window, clock = _window_at(qtbot, new_file, SUNDAY_EVENING)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    rule_id, note = next(iter(rules.week_page.note_edits.items()))
    note.setFocus()
    qtbot.waitUntil(note.hasFocus, timeout=2000)
    qtbot.keyClicks(note, "Bouquet")
    clock.now = MONDAY
    window.new_day.check()
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    qtbot.keyClicks(focused, "s du jour")
    rules.week_page.save_notes()
    sunday_week = IsoWeek.of(SUNDAY_EVENING.date())
    assert rules.week == sunday_week  # the owner was writing there: the page stays, said of « that week »
    assert new_file.rules.checks_for_week(sunday_week)[rule_id].note == "Bouquets du jour"


def test_a_language_switch_after_an_unseen_midnight_catches_up_with_today(controller, tmp_path, qtbot):
    """Attack 38c, L5: the old window's pages, still on last week, were carried into the new one, whose watch began
    on today and never saw the change."""
    from socialdesk.ui.i18n import install_translators

    store = open_store(tmp_path / "shop.sqlite3")
    _due_file(store)
    store.settings.set("welcome", "skipped")
    store.close()
    clock = MovingClock(SUNDAY_EVENING)
    controller.clock = clock
    try:
        assert controller.open(tmp_path / "shop.sqlite3")
        controller.window.show_tab(1)
        clock.now = MONDAY  # before the watch looked
        controller.window.language_requested.emit("fr")
        calendar = controller.window.tabs.widget(1).content
        assert MONDAY.date() in calendar.days()
        qtbot.waitExposed(controller.window)
        qtbot.wait(200)
    finally:
        install_translators("en")


def test_a_checklist_box_with_the_keyboard_still_follows_to_the_new_week(qtbot, new_file):
    """Attack 38d, M1: after a click on a rule's box on Sunday, the page stayed on last week on Monday, and
    Monday's ticks went to last week's boxes (only a note being typed keeps its week)."""
    window, clock = _window_at(qtbot, new_file, SUNDAY_EVENING)
    _show_tab(window, 2)
    rules = window.tabs.currentWidget().content
    box = next(iter(rules.week_page.rule_boxes.values()))
    box.setFocus()
    qtbot.waitUntil(box.hasFocus, timeout=2000)
    clock.now = MONDAY
    window.new_day.check()
    QApplication.processEvents()
    assert rules.week == IsoWeek.of(MONDAY.date())


def test_midnight_within_the_week_keeps_the_keyboard_on_the_holidays_it_rebuilds(qtbot, new_file):
    """Attack 38d, L1: the holidays' group was rebuilt under the keyboard, which fell on the window's tab bar."""
    from datetime import datetime

    window, clock = _window_at(qtbot, new_file, datetime(2026, 12, 22, 18))
    _show_tab(window, 2)
    page = window.tabs.currentWidget().content.week_page
    QApplication.processEvents()
    button = next(widget for widget in page.closures_group.findChildren(QPushButton)
                  if widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus, timeout=2000)
    clock.now = datetime(2026, 12, 23, 8)
    window.new_day.check()
    QApplication.processEvents()
    assert page.closures_group.isAncestorOf(QApplication.focusWidget())


def test_a_dialog_open_at_midnight_is_left_alone_and_the_new_day_follows_its_closing(qtbot, new_file):
    """Attack 38d, L2: the rebuild deleted the « Horaires exceptionnels… » dialog's parent: it closed with the
    hours typed in it."""
    from PySide6.QtWidgets import QDialog

    window, clock = _window_at(qtbot, new_file, SUNDAY_EVENING)
    _show_tab(window, 1)
    calendar = window.tabs.currentWidget().content
    dialog = QDialog(calendar)
    dialog.setModal(True)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog, timeout=2000)
    clock.now = MONDAY
    window.new_day.check()
    QApplication.processEvents()
    assert dialog.isVisible() and SUNDAY_EVENING.date() in calendar.days()
    dialog.reject()
    qtbot.waitUntil(lambda: MONDAY.date() in calendar.days(), timeout=2000)
