"""The week's marks, polished: a gentle posting-day note, level columns, a readable "too long" in a narrow
column, holidays on the printed week, each tip once a week, posting days taken from what the owner applied."""

import re
import sqlite3
import subprocess
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from sqlite_utils import Database

from socialdesk.domain.posts import Post, PostStatus
from socialdesk.domain.strategy.fields import CHANNEL_DAYS
from socialdesk.storage import open_store
from socialdesk.storage.migrations import migrations
from socialdesk.ui.common.save_guard import SaveGuard
from socialdesk.ui.i18n import install_translators

LONG = "Croissants tout chauds ! " * 14  # 349 characters as pasted (not the last space): over X's 280
PRESS = ("Nous sommes fiers d'annoncer la bûche", "We are proud to announce our new bread")


@pytest.fixture(params=["en", "fr"])
def language(request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _apply(tab, store, cadence, days):
    """The strategy tab's Apply: the cadence and the usual posting days, then the other tabs are told."""
    for network, posts in cadence.items():
        store.strategy.set_channel(network, posts)
    store.strategy.set_text(CHANNEL_DAYS, ",".join(str(d) for d in sorted(days)))
    for change in store.strategy.apply(datetime(2026, 11, 2)).changes:
        tab.bus.publish(change, None)


def _notes(tab):
    return {day: column.note.text() for day, column in zip(tab.days(), tab.week.columns) if column.note.text()}


# ----- 1. the posting-day note is gentle, on coming days, while the cadence is not met
def test_an_empty_posting_day_reads_as_a_gentle_note_no_more_of_them_than_posts_left(tab, store, language):
    _apply(tab, store, {"facebook": 2}, {4, 5, 6, 7})  # Thursday (today) … Sunday
    store.calendar.add(Post(day=date(2026, 11, 26), networks=("facebook",), text="Pain", status=PostStatus.PLANNED))
    tab.reload()
    words = {"en": ("Usual posting day — nothing planned", "stay silent"),
             "fr": ("Jour de publication habituel — rien de prévu", "se taire")}[language]
    assert _notes(tab) == {date(2026, 11, 27): "○ " + words[0]}  # one post left: one day marked, the next
    friday = tab.week.columns[4].note
    assert words[1] in friday.toolTip()
    store.calendar.add(Post(day=date(2026, 11, 29), networks=("facebook",), text="Brioche",
                            status=PostStatus.PLANNED))
    tab.reload()
    assert _notes(tab) == {}  # the cadence is met: no day asks for more


# ----- 2. a note on one day keeps the week's post lists level
@pytest.mark.parametrize("width", [1200, 880])
def test_the_post_lists_start_level_when_one_day_has_a_note(qtbot, tab, store, width, language):
    _apply(tab, store, {"facebook": 3}, {2})
    tab.resize(width, 600)
    tab.show_week(date(2026, 12, 22))  # Christmas on Friday; Tuesday 22 a posting day
    tab.clock = lambda: datetime(2026, 12, 21, 9, 0)
    tab.reload()
    assert tab.week.columns[4].note.text() and tab.week.columns[1].note.text()
    def level():
        tops = {tab.week.columns[i].posts.mapTo(tab.week, QPoint(0, 0)).y() for i in range(7)}
        assert len(tops) == 1
    qtbot.waitUntil(level, timeout=2000)
    note = tab.week.columns[1].note  # the longest note shows whole
    assert note.height() >= note.heightForWidth(note.width())


# ----- 3. "too long" stays readable in a narrow column
class _Recorder(QPainter):
    """A real painter that also notes each text drawn in a rectangle, with the room it had."""

    def __init__(self, device):
        super().__init__(device)
        self.texts = []

    def drawText(self, *args):
        if len(args) == 3 and isinstance(args[0], QRect):
            self.texts.append((args[2], args[0].width(), self.fontMetrics().horizontalAdvance(args[2])))
        return super().drawText(*args)


def _drawn(posts, row=0):
    item = posts.item(row)
    option = QStyleOptionViewItem()
    option.rect = posts.visualItemRect(item)
    option.font, option.palette, option.widget = posts.font(), posts.palette(), posts
    option.state = QStyle.StateFlag.State_Enabled
    image = QImage(option.rect.right() + 10, option.rect.bottom() + 10, QImage.Format.Format_ARGB32)
    painter = _Recorder(image)
    posts.itemDelegate().paint(painter, option, posts.indexFromItem(item))
    painter.end()
    return painter.texts


@pytest.mark.parametrize("width", [1200, 880])
def test_the_too_long_mark_is_whole_words_in_a_narrow_column(tab, store, width, language):
    store.calendar.add(Post(day=date(2026, 11, 27), time=time(9, 0), networks=("facebook", "x"), text=LONG,
                            status=PostStatus.PLANNED))
    tab.resize(width, 600)
    tab.reload()
    posts = tab.week.columns[4].posts
    marks = [(text, room, used) for text, room, used in _drawn(posts) if text.startswith("⚠")]
    allowed = {"en": ("⚠ too long", "⚠ long"), "fr": ("⚠ trop long", "⚠ long")}[language]
    assert len(marks) == 1 and marks[0][0] in allowed and marks[0][2] <= marks[0][1]
    assert {"en": "Too long for X (349 / 280)", "fr": "Trop long pour X (349 / 280)"}[language] in \
        posts.item(0).toolTip()


# ----- 4. the printed week shows holidays and shop dates on their days
def _words(pdf):
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [(w, float(x0), float(y0)) for x0, y0, w in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', html)]


@pytest.mark.parametrize("day, names", [
    (date(2026, 12, 25), {"en": ("Friday", "Saturday", "Christmas"), "fr": ("Vendredi", "Samedi", "Noël")}),
    (date(2026, 2, 2), {"en": ("Monday", "Tuesday", "Candlemas"), "fr": ("Lundi", "Mardi", "Chandeleur")})])
def test_the_printed_week_shows_holidays_and_shop_dates_on_their_days(tab, store, monkeypatch, tmp_path, language,
                                                                      day, names):
    store.calendar.add(Post(day=day, time=time(9, 0), networks=("facebook",), text="Bûche", status=PostStatus.PLANNED))
    tab.show_week(day)
    pdf = tmp_path / "week.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(
        lambda cls, parent, caption, suggested, filters, selected="", suffix="": (pdf, filters)))
    tab.files.save_pdf()
    at = {w: (x0, y0) for w, x0, y0 in _words(pdf)}
    name, next_name, note = names[language]
    assert at[note][0] < at[next_name][0]  # in the day's column, under its name, not the next day's
    assert abs(at[note][0] - at[name][0]) < at[next_name][0] - at[name][0]
    assert at[name][1] < at[note][1] < at["Bûche"][1]  # between the day's name and its posts


# ----- 5. each tip once a week
def test_a_tip_shows_once_a_week_with_the_number_of_posts(tab, store, language):
    for day, text in zip((date(2026, 11, 27), date(2026, 11, 28)), PRESS):
        store.calendar.add(Post(day=day, networks=("facebook",), text=text, status=PostStatus.PLANNED))
    tab.reload()
    lines = tab.hints_label.text().splitlines()
    assert len(lines) == 1 and tab.hints_label.isVisible()
    assert {"en": "2 posts of the week sound like a press release",
            "fr": "2 publications de la semaine sonnent comme un communiqué de presse"}[language] in lines[0]


# ----- 6. posting days come with the cadence the owner applied
def test_posting_days_change_on_the_week_only_when_the_strategy_is_applied(tab, store):
    store.strategy.set_channel("facebook", 3)
    store.strategy.set_text(CHANNEL_DAYS, "5,6")
    for change in store.strategy.apply(datetime(2026, 11, 2)).changes:
        tab.bus.publish(change, None)
    assert set(_notes(tab)) == {date(2026, 11, 27), date(2026, 11, 28)}
    tab.bus.publish(store.strategy.set_text(CHANNEL_DAYS, "7"), None)  # a half-edited strategy
    assert set(_notes(tab)) == {date(2026, 11, 27), date(2026, 11, 28)}
    for change in store.strategy.apply(datetime(2026, 11, 26)).changes:
        tab.bus.publish(change, None)
    assert set(_notes(tab)) == {date(2026, 11, 29)}


def test_a_file_applied_before_posting_days_were_kept_takes_the_days_of_its_applied_version(tmp_path):
    path = tmp_path / "old.sqlite3"
    db = Database(path)
    migrations.apply(db, stop_before="0008_applied_posting_days")
    db["strategy_text"].insert({"version_id": 1, "key": CHANNEL_DAYS, "value": "2,4,6"})
    db["strategy_applied"].insert({"id": 1, "version_id": 1, "applied_at": "2026-11-02T09:00:00",
                                   "cadence_json": '{"facebook": 3}', "pillars_json": "[]"})
    db.close()
    path.chmod(0o600)
    store = open_store(path, now=datetime(2026, 11, 26, 9, 0))
    try:
        assert store.strategy.applied_posting_days() == {2, 4, 6}
        assert store.strategy.applied_cadence() == {"facebook": 3}
    finally:
        store.close()
    days = sqlite3.connect(path).execute("SELECT posting_days FROM strategy_applied").fetchone()
    assert days == ("2,4,6",)


def test_apply_says_it_sets_the_usual_posting_days(qtbot, store, monkeypatch, language):
    from socialdesk.domain.clock import fixed_clock
    from socialdesk.domain.strategy.fields import Step
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.strategy import page_summary
    from socialdesk.ui.strategy.tab import StrategyTab

    store.strategy.set_channel("facebook", 2)
    store.strategy.set_text(CHANNEL_DAYS, "6,2")
    asked = []
    monkeypatch.setattr(page_summary.ApplyConfirm, "ask", classmethod(lambda cls, parent, text: asked.append(text)))
    tab = StrategyTab(store, DataBus(), fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(tab)
    tab.go_to(Step.SUMMARY)
    tab.current_page().apply_button.click()
    line = {"en": "Calendar, usual posting days: Tue, Sat", "fr": "Calendrier, jours de publication habituels\u00a0: "
                                                                   "mar., sam."}[language]
    assert len(asked) == 1 and line in asked[0]
    assert store.strategy.applied_posting_days() == frozenset()  # refused: nothing applied


def test_a_day_the_shop_is_closed_says_so_under_its_date_and_the_week_stays_level(tab, store, language):
    from socialdesk.domain.calendar.closures import Closure
    from socialdesk.domain.clock import fixed_clock
    from socialdesk.domain.weeks import IsoWeek
    from socialdesk.ui.rules.week_page import WeekPage

    closed_word = "Closed" if language == "en" else "Fermé"
    store.calendar.closures.add(Closure(date(2026, 12, 31), date(2027, 1, 2), "Inventaire"))
    checklist = WeekPage(store, fixed_clock(datetime(2026, 12, 3, 15, 20)))
    checklist.show_week(IsoWeek.of(date(2026, 12, 3)))
    christmas = next(t for t in checklist.occasion_tasks if t.occasion.first == date(2026, 12, 25))
    christmas.answer.closed_button.click()  # "Closed that day" in the checklist
    checklist.deleteLater()

    tab.show_week(date(2026, 12, 25))
    marks = {day: column.closed.text() for day, column in zip(tab.days(), tab.week.columns)}
    assert marks == {day: closed_word if day == date(2026, 12, 25) else "" for day in tab.days()}
    friday = tab.week.columns[tab.days().index(date(2026, 12, 25))]
    assert friday.closed.isVisibleTo(tab) and closed_word in friday.posts.accessibleName()
    tops = {column.posts.mapTo(tab, QPoint(0, 0)).y() for column in tab.week.columns}
    assert len(tops) == 1  # every day keeps the line: the post lists start level

    tab.show_week(date(2027, 1, 1))  # the closure's days, across New Year
    closed = [day for day, column in zip(tab.days(), tab.week.columns) if column.closed.text() == closed_word]
    assert closed == [date(2026, 12, 31), date(2027, 1, 1), date(2027, 1, 2)]
    tab.show_week(date(2026, 11, 26))  # a week with no closed day: no line at all
    assert not any(column.closed.isVisibleTo(tab) for column in tab.week.columns)
