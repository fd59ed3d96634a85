"""The calendar tab as the owner uses it: plan, drag, keyboard, undo, series, DST weeks, week 53."""

import json
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QDropEvent, QGuiApplication

from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
from socialdesk.domain.changes import Area, Change
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostChoice, PostDialog
from socialdesk.ui.calendar.publish_dialog import PublishDialog
from socialdesk.ui.calendar.tab import CalendarTab
from socialdesk.ui.calendar.post_card import time_text
from socialdesk.ui.calendar.week_view import MIME




def _cards(tab):
    return {column.posts.day: [column.posts.item(r).data(Qt.ItemDataRole.UserRole)
                               for r in range(column.posts.count())] for column in tab.week.columns}


def _add(store, day, at=time(9, 30), text="Croissants", **kw):
    post = Post(day=day, time=at, networks=("instagram",), text=text, status=kw.pop("status", PostStatus.PLANNED),
                **kw)
    store.calendar.add(post)
    return post


def test_planning_a_post_with_the_dialog_shows_it_on_its_day(tab, monkeypatch):
    def answer(parent, post, store, rule=None, repeat_allowed=True, *, clock, save=None):
        assert post.day == date(2026, 11, 26)  # today's column when nothing is selected
        assert clock().date() == date(2026, 11, 26)  # the tab hands its clock to the dialog
        return PostChoice(Post(day=date(2026, 11, 27), time=time(8, 15), networks=("facebook",), text="Pain",
                               status=PostStatus.PLANNED), None)

    monkeypatch.setattr(PostDialog, "ask", classmethod(lambda cls, *a, **k: answer(*a, **k)))
    tab.edits.new_post()
    assert len(_cards(tab)[date(2026, 11, 27)]) == 1
    assert tab.undo_stack.count() == 1
    tab.undo_stack.undo()
    assert _cards(tab)[date(2026, 11, 27)] == []
    tab.undo_stack.redo()
    assert len(_cards(tab)[date(2026, 11, 27)]) == 1


def _drop(target, ids, modifiers=Qt.KeyboardModifier.NoModifier):
    data = QMimeData()
    data.setData(MIME, json.dumps(ids).encode())
    # a drag from a PostList offers move and copy, as PostList.supportedDropActions says
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction | Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, modifiers)
    target.dropEvent(event)
    return event


def test_drag_to_another_day_keeps_the_time_and_undoes(tab, store, qtbot):
    post = _add(store, date(2026, 11, 24), time(7, 45))
    tab.reload()
    event = _drop(tab.week.columns[4].posts, [post.id])
    assert event.dropAction() is Qt.DropAction.CopyAction  # the source list never removes rows itself
    qtbot.waitUntil(lambda: store.calendar.get(post.id).day == date(2026, 11, 27))
    assert store.calendar.get(post.id).time == time(7, 45)
    assert _cards(tab)[date(2026, 11, 27)] == [post.id]
    tab.undo_stack.undo()
    assert store.calendar.get(post.id).day == date(2026, 11, 24)


def test_ctrl_drop_copies_and_idea_drop_schedules(tab, store, qtbot):
    post = _add(store, date(2026, 11, 24), time(7, 45))
    idea = Post(text="Pain perdu", status=PostStatus.IDEA)
    store.calendar.add(idea)
    tab.reload()
    _drop(tab.week.columns[0].posts, [post.id], Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_cards(tab)[date(2026, 11, 23)]) == 1)
    copy = store.calendar.get(_cards(tab)[date(2026, 11, 23)][0])
    assert copy.id != post.id and copy.time == time(7, 45) and copy.uid != post.uid
    _drop(tab.week.columns[2].posts, [idea.id])
    qtbot.waitUntil(lambda: store.calendar.get(idea.id).day == date(2026, 11, 25))
    assert store.calendar.get(idea.id).status is PostStatus.DRAFT and tab.ideas.count() == 0


def test_keyboard_moves_duplicates_and_deletes_with_undo(tab, store, qtbot):
    post = _add(store, date(2026, 11, 29), time(18, 0))  # Sunday, last day shown
    tab.reload()
    column = tab.week.columns[6].posts
    column.setFocus()
    column.setCurrentRow(0)
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    moved = store.calendar.get(post.id)
    assert moved.day == date(2026, 11, 30) and moved.time == time(18, 0)
    assert tab.start == date(2026, 11, 30)  # the week followed the post
    column = tab.week.columns[0].posts
    assert column.selected_ids() == [post.id]
    qtbot.keyClick(column, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.calendar.count() == 2
    column.clearSelection()
    column.select_id(post.id)
    qtbot.keyClick(column, Qt.Key.Key_Delete)
    assert store.calendar.get(post.id) is None and store.calendar.count() == 1
    for _ in range(3):
        tab.undo_stack.undo()
    assert store.calendar.count() == 1 and store.calendar.get(post.id).day == date(2026, 11, 29)
    tab.undo_stack.redo()
    assert store.calendar.get(post.id).day == date(2026, 11, 30)


def test_editing_one_occurrence_or_the_whole_series(tab, store, monkeypatch):
    store.calendar.add_series(Post(time=time(17, 0), networks=("instagram",), text="Pain du vendredi",
                                   status=PostStatus.PLANNED), Recurrence(Frequency.WEEKLY, date(2026, 11, 27), count=4))
    tab.reload()
    first = store.calendar.posts_in_week(date(2026, 11, 23))[0]
    monkeypatch.setattr(CalendarTab, "ask_series_scope", lambda self, post: "one")
    monkeypatch.setattr(PostDialog, "ask", classmethod(
        lambda cls, parent, post, store, rule=None, repeat_allowed=True, **kw: PostChoice(
            Post(**{**post.__dict__, "text": "Seigle et raisins"}), None)))
    tab.edits.edit_post(first.id)
    series = store.calendar.series_posts(first.series_id)
    assert [p.text for p in series] == ["Seigle et raisins"] + ["Pain du vendredi"] * 3
    monkeypatch.setattr(CalendarTab, "ask_series_scope", lambda self, post: "series")

    def whole(cls, parent, post, store, rule=None, repeat_allowed=True, **kw):
        assert rule == Recurrence(Frequency.WEEKLY, date(2026, 11, 27), count=4) and repeat_allowed
        return PostChoice(Post(**{**post.__dict__, "text": "Campagne", "time": time(16, 0)}),
                          Recurrence(Frequency.WEEKLY, post.day, count=6))

    monkeypatch.setattr(PostDialog, "ask", classmethod(whole))
    tab.edits.edit_post(series[1].id)
    series = store.calendar.series_posts(first.series_id)
    assert [p.text for p in series] == ["Seigle et raisins"] + ["Campagne"] * 5
    assert series[-1].day == date(2027, 1, 1) and series[-1].time == time(16, 0)
    tab.undo_stack.undo()
    assert [p.text for p in store.calendar.series_posts(first.series_id)] == ["Seigle et raisins"] + [
        "Pain du vendredi"] * 3
    assert store.calendar.series_rule(first.series_id).count == 4


@pytest.mark.parametrize("day,first_weekday,title_week,first_day", [
    (date(2026, 3, 29), 1, "Week 13", date(2026, 3, 23)),  # spring forward in Europe
    (date(2026, 10, 25), 1, "Week 43", date(2026, 10, 19)),  # autumn back
    (date(2026, 12, 31), 1, "Week 53", date(2026, 12, 28)),  # 2026 has 53 ISO weeks
    (date(2027, 1, 2), 7, "Week 53", date(2026, 12, 27)),  # a week starting on Sunday
])
def test_dst_weeks_and_week_53_show_the_posts_at_their_wall_clock_time(tab, store, day, first_weekday,
                                                                       title_week, first_day):
    post = _add(store, day, time(2, 30), zone="Europe/Paris")
    store.settings.set("first_weekday", first_weekday)
    tab.bus.publish(Change(Area.SETTINGS, ("first_weekday",)), None)
    tab.show_week(day)
    assert tab.start == first_day and tab.title.text().startswith(title_week)
    assert [c.posts.day for c in tab.week.columns] == [first_day + timedelta(days=i) for i in range(7)]
    assert _cards(tab)[day] == [post.id]
    assert store.calendar.get(post.id).time == time(2, 30)
    assert time_text(post) in tab.week.columns[(day - first_day).days].posts.item(0).text()


def test_publishing_copies_the_network_text_and_marks_it(tab, store, monkeypatch):
    post = Post(day=date(2026, 11, 26), time=time(11, 0), networks=("instagram", "x"), text="Long texte",
                variants={"x": "Court"}, status=PostStatus.PLANNED)
    store.calendar.add(post)
    tab.reload()
    dialog = PublishDialog(tab, post, store)
    dialog.buttons["x"].click()
    assert QGuiApplication.clipboard().text() == "Court"
    monkeypatch.setattr(PublishDialog, "ask", classmethod(lambda cls, *a: (datetime(2026, 11, 26, 11, 3), "")))
    tab.select_posts([post.id])
    tab.edits.publish()
    assert store.calendar.get(post.id).published_at == datetime(2026, 11, 26, 11, 3)
    tab.undo_stack.undo()
    assert store.calendar.get(post.id).status is PostStatus.PLANNED


def test_cadence_targets_are_shown_when_the_strategy_has_one(tab, store):
    if not hasattr(store.strategy, "record_applied"):
        pytest.skip("the strategy tab's storage is not there yet")
    from socialdesk.domain.plan import Pillar

    _add(store, date(2026, 11, 24))
    tab.bus.publish(store.strategy.record_applied({"instagram": 3}, [Pillar("Saison", 50)], datetime(2026, 11, 2)), None)
    assert "Instagram 1/3 · left to plan: 2" in tab.targets_label.text()


def test_week_hints_are_shown_but_never_block(tab, store):
    for offset in range(3):
        _add(store, date(2026, 11, 23 + offset), about="us", text="Nous sommes fiers d'annoncer")
    tab.reload()
    assert "only talks about the shop" in tab.hints_label.text()
    assert "press release" in tab.hints_label.text()
    assert store.calendar.count() == 3  # hints never stop a post from being saved


def test_post_dialog_counts_against_the_owners_limits_and_hints_gently(qtbot, store, tmp_path):
    store.calendar.set_limit("bluesky", 20, date(2026, 11, 26))
    post = Post(day=date(2026, 11, 26), networks=("bluesky", "x"), status=PostStatus.PLANNED)
    dialog = PostDialog(None, post, store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("Nous sommes fiers d'annoncer https://example.com/" + "a" * 60)
    assert "Bluesky: 109 / 20" in dialog.counts_label.text() and "89 too many" in dialog.counts_label.text()
    assert "X: 52 / 280" in dialog.counts_label.text()  # a link counts as 23 on X
    assert "press release" in dialog.hints_label.text()
    dialog.variant_box.setCurrentIndex(dialog.variant_box.findData("bluesky"))
    dialog.variant_edit.setPlainText("Court 🥐")
    assert "Bluesky: 7 / 20" in dialog.counts_label.text()
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a picture")
    assert not dialog.set_image_file(broken) and "not an image" in dialog.image_note.text()
    result = dialog.post()
    assert result.variants == {"bluesky": "Court 🥐"} and result.image == ""


class _Browser(QObject):
    """Stands in for the system browser through Qt's own URL-handler hook."""

    def __init__(self):
        super().__init__()
        self.opened = []

    @Slot(QUrl)
    def open(self, url):
        self.opened.append(url.toString())


def test_copy_and_open_uses_the_shops_page_from_local_presence(qtbot, store):
    if not hasattr(store.presence, "ensure_listing"):
        pytest.skip("the local-presence storage is not there yet")
    store.presence.ensure_listing("instagram", "boulangerielea")
    post = Post(day=date(2026, 11, 26), networks=("instagram", "bluesky"), text="Brioche", status=PostStatus.PLANNED)
    browser = _Browser()
    for scheme in ("http", "https"):
        QDesktopServices.setUrlHandler(scheme, browser, "open")
    try:
        dialog = PublishDialog(None, post, store)
        qtbot.addWidget(dialog)
        dialog.buttons["instagram"].click()
        dialog.buttons["bluesky"].click()  # no listing: the text is copied, nothing opens
    finally:
        for scheme in ("http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert len(browser.opened) == 1 and "instagram.com" in browser.opened[0]
    assert browser.opened[0].startswith("https://")
    assert QGuiApplication.clipboard().text() == "Brioche"


def test_an_idea_goes_on_a_day_by_keyboard_and_arrows_walk_the_columns(tab, store, qtbot, monkeypatch):
    from socialdesk.ui.calendar.edits import DayDialog

    idea = Post(text="Pain perdu", status=PostStatus.IDEA)
    store.calendar.add(idea)
    tab.reload()
    tab.ideas.setFocus()
    tab.ideas.setCurrentRow(0)
    monkeypatch.setattr(DayDialog, "ask", classmethod(lambda cls, parent, day: date(2026, 12, 2)))
    qtbot.keyClick(tab.ideas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert store.calendar.get(idea.id).day == date(2026, 12, 2) and tab.start == date(2026, 11, 30)
    assert tab.week.columns[2].posts.selected_ids() == [idea.id]
    qtbot.keyClick(tab.week.columns[2].posts, Qt.Key.Key_Right)
    assert tab.week.columns[3].posts.hasFocus()
    tab.undo_stack.undo()
    assert store.calendar.get(idea.id).day is None and tab.ideas.count() == 1


def test_corrected_limits_are_undoable(tab, store, monkeypatch):
    from socialdesk.ui.calendar.limits_dialog import LimitsDialog

    monkeypatch.setattr(LimitsDialog, "ask", classmethod(lambda cls, parent, rows: {"x": 4000}))
    tab.edits.edit_limits()
    assert store.calendar.limits()["x"] == 4000
    tab.undo_stack.undo()
    assert store.calendar.limits()["x"] == 280


def test_importing_a_csv_from_the_tab_lands_whole_and_undoes(tab, store, tmp_path, monkeypatch):
    from socialdesk.ui.calendar.import_dialog import ImportDialog

    source = tmp_path / "excel.csv"
    source.write_bytes(("date;time;networks;status;pillar;about;text;notes\r\n"
                        "01/12/2026;08:00;Instagram;prévu;;clients;Galette;\r\n"
                        ";;facebook;idée;;;Bûche;\r\n").encode("cp1252"))
    seen = []
    monkeypatch.setattr(tab.files, "ask_open_path", lambda: source)
    monkeypatch.setattr(ImportDialog, "ask", classmethod(
        lambda cls, parent, parsed, name, plan: seen.append((len(parsed.posts), plan.unchanged)) or True))
    tab.files.import_csv()
    assert seen == [(2, 0)] and store.calendar.count() == 2
    assert tab.start == date(2026, 11, 30) and tab.ideas.count() == 1
    tab.files.import_csv()  # the same file again: both posts are already planned
    assert seen[-1] == (0, 2) and store.calendar.count() == 2
    tab.undo_stack.undo()
    assert store.calendar.count() == 0


def test_first_weekday_zero_follows_the_locale(tab, store):
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))  # weeks start on Sunday
    try:
        store.settings.set("first_weekday", 0)
        tab.bus.publish(Change(Area.SETTINGS, ("first_weekday",)), None)
        assert tab.start == date(2026, 11, 22) and tab.week.columns[0].posts.day.isoweekday() == 7
    finally:
        QLocale.setDefault(previous)


def test_double_click_on_free_space_plans_a_post_on_that_day(tab, store, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(PostDialog, "ask", classmethod(lambda cls, parent, post, store, **kw: asked.append(post)))
    column = tab.week.columns[5].posts
    qtbot.mouseDClick(column.viewport(), Qt.MouseButton.LeftButton, pos=column.viewport().rect().center())
    assert asked and asked[0].day == date(2026, 11, 28) and asked[0].status is PostStatus.PLANNED


def test_making_a_post_repeat_and_undoing_it(tab, store, monkeypatch):
    post = _add(store, date(2026, 11, 27), time(17, 0), text="Pain du vendredi")
    tab.reload()
    monkeypatch.setattr(PostDialog, "ask", classmethod(
        lambda cls, parent, p, store, **kw: PostChoice(p, Recurrence(Frequency.WEEKLY, p.day, count=3))))
    tab.edits.edit_post(post.id)
    assert store.calendar.get(post.id) is None
    days = [p.day for p in store.calendar.posts_between(date(2026, 11, 1), date(2027, 1, 31))]
    assert days == [date(2026, 11, 27), date(2026, 12, 4), date(2026, 12, 11)]
    tab.undo_stack.undo()
    assert store.calendar.count() == 1 and store.calendar.get(post.id).series_id is None
    tab.undo_stack.redo()
    assert store.calendar.count() == 3


def test_exports_from_the_tab_write_the_plan(tab, store, tmp_path, monkeypatch):
    from icalendar import Calendar

    from socialdesk.domain.calendar.plan_words import Dialect

    old = _add(store, date(2026, 9, 1), text="Rentrée")
    soon = _add(store, date(2026, 12, 3), text="Calendrier de l'Avent")
    monkeypatch.setattr(tab.files, "ask_save_path", lambda *a: tmp_path / "plan.ics")
    monkeypatch.setattr(tab.files, "ask_csv_path", lambda: (tmp_path / "plan.csv", Dialect.EXCEL_FR))
    tab.files.export_ics()
    tab.files.export_csv()
    uids = [str(e["uid"]) for e in Calendar.from_ical((tmp_path / "plan.ics").read_bytes()).walk("VEVENT")]
    assert uids == [f"{soon.uid}@socialdesk.invalid"]  # the phone gets what is coming, not old history
    text = (tmp_path / "plan.csv").read_bytes().decode("utf-8-sig")
    assert text.startswith("date;time;networks;status;pillar;about;text;notes;id;alt_text;google_kind\r\n") and "Rentrée" in text
    assert [p.text for p in parse_csv((tmp_path / "plan.csv").read_bytes()).posts] == [old.text, soon.text]
    assert (tmp_path / "plan.csv").stat().st_mode & 0o077 == 0


def test_post_keys_in_the_date_field_leave_the_posts_alone(tab, store, qtbot):
    post = _add(store, date(2026, 11, 24))
    tab.reload()
    tab.select_posts([post.id])
    tab.jump.setFocus()
    qtbot.keyClick(tab.jump, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.jump, Qt.Key.Key_Delete)
    assert [p.id for p in store.calendar.all_posts()] == [post.id]
    tab.week.columns[1].posts.setFocus()
    qtbot.keyClick(tab.week.columns[1].posts, Qt.Key.Key_Delete)
    assert store.calendar.get(post.id) is None


def test_a_post_ticked_in_another_tab_is_never_taken_back_by_undo(tab, store):
    post = _add(store, date(2026, 11, 27))
    tab.reload()
    tab.edits.move([post.id], date(2026, 11, 28))
    assert tab.undo_stack.canUndo()
    tab.bus.publish(store.calendar.mark_published(post.id, datetime(2026, 11, 28, 9, 0)), None)  # the checklist
    assert not tab.undo_stack.canUndo()
    assert _cards(tab)[date(2026, 11, 28)] == [post.id]
    assert "Published" in tab.week.columns[5].posts.item(0).text()
