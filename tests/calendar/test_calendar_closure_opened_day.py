"""A closure with a special day that opens one of its dates (attack 35c, F6): the to-do, the ready post, the door
sign and the printed checklist say that day is open, as the calendar does."""

import subprocess
from datetime import date

import pytest

from socialdesk.domain.calendar.closures import Closure, Occasion, opened_within, occasion_of
from socialdesk.domain.calendar.special_days import SpecialDay
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.hours.model import DayException, OpeningHours, Span, with_exception
from socialdesk.domain.shop import ShopCard
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.occasion_tasks import OccasionTasks
from socialdesk.ui.common.save_guard import SaveGuard
from socialdesk.ui.i18n import install_translators
from tests.outside.readers import both_decoders, pdf_pages

WEEK = OpeningHours(week=((), *((Span(8 * 60, 19 * 60),),) * 6))  # closed on Monday
LEAVE = Closure(date(2026, 12, 21), date(2027, 1, 3), "congés", 1)
NEW_YEARS_EVE = DayException(date(2026, 12, 31), (Span(9 * 60, 12 * 60),), "Réveillon")


@pytest.fixture(params=["fr", "en"])
def language(request, qtbot):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _plain(text: str) -> str:
    """Blanks as one space: French puts no-break spaces in « 9 h », and pdftotext gives them as it likes."""
    return " ".join(text.split())


def _store(path, hours):
    store = open_store(path)
    store.shop.save(ShopCard(name="Boulangerie Léa", address="3 rue de la Paix", postcode="75002", city="Paris",
                             hours=hours))
    store.calendar.closures.add(Closure(LEAVE.first, LEAVE.last, LEAVE.reason))
    return store


def test_only_special_days_with_hours_inside_the_closure_are_opened_days():
    occasion = Occasion(LEAVE.first, LEAVE.last, closure=LEAVE)
    closed_day = DayException(date(2026, 12, 24), (), "")
    after = DayException(date(2027, 1, 4), (Span(9 * 60, 12 * 60),), "")
    hours = WEEK
    for exception in (after, NEW_YEARS_EVE, closed_day, DayException(date(2026, 12, 26), (Span(600, 700),), "")):
        hours = with_exception(hours, exception)
    assert [e.day for e in opened_within(occasion, hours)] == [date(2026, 12, 26), date(2026, 12, 31)]
    assert opened_within(occasion, None) == ()
    holiday = Occasion(date(2026, 12, 31), date(2026, 12, 31), holiday=SpecialDay.NEW_YEAR)
    assert opened_within(holiday, hours) == ()


def test_the_closures_to_do_post_and_door_sign_say_the_opened_day(qtbot, tmp_path, monkeypatch, language):
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    closure = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(date(2026, 12, 7)), occasion_of(closure, [closure]))
    qtbot.addWidget(box)
    opened = "31 décembre de 9 h à 12 h" if language == "fr" else "31 December, 9am–noon"
    door = _plain(box.boxes["door_sign"].text())
    assert opened in door and ("Fermé du 21 décembre 2026" in door if language == "fr" else
                               "Closed from 21 December 2026" in door), door
    google = _plain(box.boxes["google_closed"].text())
    assert opened in google, google
    post = _plain(box.post_preview.text())
    said = ("Ouvert le 31 décembre de 9 h à 12 h." if language == "fr" else "Open on 31 December, 9am–noon.")
    assert said in post, post
    target = tmp_path / "affiche.pdf"
    monkeypatch.setattr(SaveGuard, "ask", classmethod(lambda cls, *args, **kwargs: (target, "")))
    box.door_button.click()
    store.close()
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert opened in text, text
    zbar, zxing = both_decoders(pdf_pages(target, 150)[0])
    assert len(zbar) == 1 and zbar == zxing


def test_a_closure_with_no_opened_day_keeps_its_words(qtbot, tmp_path):
    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, DayException(date(2026, 12, 24), (), "")))
    closure = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(date(2026, 12, 7)), occasion_of(closure, [closure]))
    qtbot.addWidget(box)
    assert "open on" not in box.boxes["door_sign"].text() and "Open on" not in box.post_preview.text()
    assert box.boxes["google_closed"].text() == \
        "Google: mark the shop “temporarily closed” for these dates"


def test_the_printed_checklist_says_the_opened_day(tmp_path):
    from socialdesk.domain.weeks import IsoWeek
    from socialdesk.ui.rules.printout import _occasion_lines

    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    lines = _occasion_lines(store, IsoWeek.of(date(2026, 12, 7)), date(2026, 12, 7))
    words = " ".join(line.text + " " + line.detail for line in lines)
    assert "but open on 31 December, 9am–noon" in words and "Open on 31 December, 9am–noon." in words, words


# ----- attack 36: what a change of the opened days redoes, and how they are said

def _box(store, today=date(2026, 12, 7)):
    closure = store.calendar.closures.closures()[0]
    box = OccasionTasks(store, fixed_clock(today), occasion_of(closure, [closure]))
    return box


def test_a_post_placed_before_the_opened_day_changed_is_named_and_a_new_one_offered(qtbot, tmp_path, monkeypatch):
    """H1: the placed post said « 9 h à 12 h »; the hours changed: the to-do says the post is out of date and
    offers the new one, as when a closure's dates move."""
    from socialdesk.ui.calendar import occasion_tasks

    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    box = _box(store)
    qtbot.addWidget(box)
    box.place_post()
    assert not box.place_button.isEnabled()
    card = store.shop.get()
    card.hours = with_exception(card.hours, DayException(date(2026, 12, 31), (Span(14 * 60, 17 * 60),), ""))
    store.shop.save(card)
    again = _box(store)
    qtbot.addWidget(again)
    assert again.old_posts.isVisibleTo(again) and "old dates or hours" in again.old_posts.text()
    assert again.place_button.isEnabled() and "2pm–5pm" in again.post_preview.text()
    monkeypatch.setattr(occasion_tasks.OccasionTasks, "_remove_old_posts", lambda self, posts: True)
    again.place_post()
    texts = [p.text for p in store.calendar.occasion_posts(again.occasion.key)]
    assert len(texts) == 1 and "2pm–5pm" in texts[0], texts


def test_ticks_done_before_a_day_was_opened_are_undone(tmp_path):
    """H1: every task ticked, then a special day opens a day of the closure: the listings, the sign and the post
    said otherwise, so the to-do comes back; changing an unrelated day of the hours keeps the ticks."""
    from datetime import datetime

    store = _store(tmp_path / "shop.sqlite3", WEEK)
    key = store.calendar.closures.closures()[0]
    occasion = f"closure:{key.id}"
    for task in ("google_closed", "apple_hours", "door_sign", "post"):
        store.calendar.closures.set_tick(occasion, task, True, datetime(2026, 12, 1, 9))
    card = store.shop.get()
    card.hours = with_exception(WEEK, DayException(date(2027, 2, 2), (Span(600, 700),), ""))  # outside the closure
    change = store.shop.save(card)
    assert "hours" in change.ids  # the checklist reloads its to-dos
    assert len(store.calendar.closures.ticks(occasion)) == 4
    card.hours = with_exception(card.hours, NEW_YEARS_EVE)
    store.shop.save(card)
    assert store.calendar.closures.ticks(occasion) == {}


def _opened_morning_box(qtbot, tmp_path, opened: date, closure: Closure):
    """The to-do of `closure` in English, on a shop whose special day opens `opened` from 9:00 to noon."""
    install_translators("en")
    store = open_store(tmp_path / "shop.sqlite3")
    store.shop.save(ShopCard(name="Fleurs", hours=with_exception(WEEK, DayException(opened, (Span(540, 720),), ""))))
    store.calendar.closures.add(closure)
    box = _box(store)
    qtbot.addWidget(box)
    return box


def test_a_long_closure_opened_in_the_middle_is_not_temporarily_closed_on_google(qtbot, tmp_path):
    """M1: 22–28 December with the 25th opened is three days, one morning, three days: Google's holiday hours."""
    box = _opened_morning_box(qtbot, tmp_path, date(2026, 12, 25), Closure(date(2026, 12, 22), date(2026, 12, 28),
                                                                            "congés"))
    assert "google_hours" in box.boxes and box.boxes["google_hours"].isVisibleTo(box)
    assert not box.warning.isVisibleTo(box)
    assert "but open on 25 December, 9am–noon" in _plain(box.boxes["google_hours"].text())


def test_a_closure_every_day_of_which_is_opened_is_special_hours(qtbot, tmp_path):
    """M2: a one-day closure opened that morning: no « Closed on 16 December · Open on 16 December »."""
    box = _opened_morning_box(qtbot, tmp_path, date(2026, 12, 16), Closure(date(2026, 12, 16), date(2026, 12, 16),
                                                                            "formation"))
    words = _plain(" ".join(b.text() for b in box.boxes.values()) + " " + box.post_preview.text())
    assert "Closed" not in words and "from 16 to 16" not in words, words
    assert "Google: set the special hours (on 16 December, 9am–noon)" in words
    assert "Open on 16 December, 9am–noon." in words


def test_opened_days_in_a_row_are_one_line_and_the_sign_says_three_at_most(qtbot, tmp_path):
    """M3: ten opened days, with runs of the same hours: grouped, and the door sign stays readable."""
    from socialdesk.ui.calendar.occasion_words import OPENED_LINES, door_lines

    install_translators("fr")
    try:
        hours = WEEK
        for day in (22, 23, 24, 26, 28, 29, 30):
            hours = with_exception(hours, DayException(date(2026, 12, day), (Span(540, 720),), ""))
        hours = with_exception(hours, DayException(date(2027, 1, 2), (Span(540, 720),), ""))
        store = _store(tmp_path / "shop.sqlite3", hours)
        box = _box(store)
        qtbot.addWidget(box)
        lines = [_plain(line) for line in door_lines(box.occasion, ())]
        assert lines[1] == "Ouvert du 22 au 24 décembre de 9 h à 12 h", lines
        assert len(lines) == 1 + OPENED_LINES and lines[-1].startswith("Autres jours d'ouverture"), lines
        assert lines[2] == "Ouvert le 26 décembre de 9 h à 12 h", lines
        said = _plain(box.post_preview.text())
        assert "Ouvert du 28 au 30 décembre de 9 h à 12 h." in said and "Ouvert le 2 janvier" in said, said
    finally:
        install_translators("en")


def test_a_post_on_an_opened_day_is_not_planned_while_closed(qtbot, tmp_path):
    """L2: the morning the shop opens inside its closure is no closed day for the posts."""
    from socialdesk.domain.posts import Post, PostStatus
    from socialdesk.ui.calendar.occasion_tasks import closed_day_posts

    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    store.calendar.add(Post(day=date(2026, 12, 31), networks=("facebook",), status=PostStatus.PLANNED, text="Ouvert"))
    store.calendar.add(Post(day=date(2026, 12, 30), networks=("facebook",), status=PostStatus.PLANNED, text="Fermé"))
    box = _box(store)
    qtbot.addWidget(box)
    assert [p.text for p in closed_day_posts(store, box.occasion, (), date(2026, 12, 7))] == ["Fermé"]


def test_a_long_reason_is_shortened_at_a_word_inside_its_brackets(qtbot, tmp_path):
    """L3: the dates and the closing bracket stay; no word is cut in two."""
    from socialdesk.domain.cards import CLOSURE_MAX_CHARS
    from socialdesk.ui.calendar.occasion_words import door_lines

    install_translators("fr")
    try:
        store = open_store(tmp_path / "shop.sqlite3")
        reason = "fermeture annuelle pour travaux de rénovation complète du fournil, changement du four à bois"
        store.calendar.closures.add(Closure(date(2026, 12, 21), date(2027, 1, 3), reason))
        box = _box(store)
        qtbot.addWidget(box)
        line = door_lines(box.occasion, ())[0]
        assert len(line) <= CLOSURE_MAX_CHARS and line.endswith("…)") and "3 janvier 2027" in line, line
        kept = line[line.index("(") + 1:-2]
        assert reason.startswith(kept) and reason[len(kept)] in " ,", line
    finally:
        install_translators("en")


# ----- attack 36b: a holiday's answer and a closure's reopening day

def test_a_holidays_answer_changed_after_its_ticks_undoes_them_and_names_the_post(qtbot, tmp_path):
    """H1: 14 July answered closed, the post placed, every task ticked; then it opens 9 h–12 h."""
    from datetime import datetime

    from socialdesk.domain.calendar.closures import Occasion, with_hours

    install_translators("en")
    store = open_store(tmp_path / "shop.sqlite3")
    bastille = date(2027, 7, 14)
    store.shop.save(ShopCard(name="Fleurs", hours=with_exception(WEEK, DayException(bastille, (), ""))))
    occasion = Occasion(bastille, bastille, holiday=SpecialDay.BASTILLE_DAY)
    box = OccasionTasks(store, fixed_clock(date(2027, 7, 1)), occasion)
    qtbot.addWidget(box)
    box.place_post()
    for task in ("google_hours", "apple_hours", "door_sign"):
        store.calendar.closures.set_tick(occasion.key, task, True, datetime(2027, 7, 1, 9))
    card = store.shop.get()
    card.hours = with_exception(card.hours, DayException(bastille, (Span(540, 720),), ""))
    store.shop.save(card)
    assert store.calendar.closures.ticks(occasion.key) == {}
    again = OccasionTasks(store, fixed_clock(date(2027, 7, 1)), occasion)
    qtbot.addWidget(again)
    assert again.old_posts.isVisibleTo(again) and again.place_button.isEnabled()
    assert "Open on 14 July, 9am–noon" in _plain(again.post_preview.text())
    assert with_hours(occasion, [], card.hours).said != with_hours(occasion, [], WEEK).said


def test_a_first_answer_keeps_the_ticks(tmp_path):
    from datetime import datetime

    store = open_store(tmp_path / "shop.sqlite3")
    store.shop.save(ShopCard(name="Fleurs", hours=WEEK))
    store.calendar.closures.set_tick("bastille_day:2027-07-14", "google_hours", True, datetime(2027, 7, 1, 9))
    card = store.shop.get()
    card.hours = with_exception(WEEK, DayException(date(2027, 7, 14), (), ""))
    store.shop.save(card)
    assert list(store.calendar.closures.ticks("bastille_day:2027-07-14")) == ["google_hours"]


def test_a_new_reopening_day_names_the_post_and_keeps_the_listings_ticks(qtbot, tmp_path):
    """M1: « Réouverture le 5 janvier » placed; the shop then stays closed on 5 January: the post is out of date,
    the listings were done for the closure's own days."""
    from datetime import datetime

    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", WEEK)
    box = _box(store)
    qtbot.addWidget(box)
    box.place_post()
    key = box.occasion.key
    store.calendar.closures.set_tick(key, "google_closed", True, datetime(2026, 12, 7, 9))
    card = store.shop.get()
    card.hours = with_exception(WEEK, DayException(date(2027, 1, 5), (), "inventaire"))  # after the closure
    store.shop.save(card)
    assert list(store.calendar.closures.ticks(key)) == ["google_closed"]  # the post's tick went, not this one
    again = _box(store)
    qtbot.addWidget(again)
    assert again.old_posts.isVisibleTo(again) and again.place_button.isEnabled()
    assert "Back on 6 January." in _plain(again.post_preview.text())


def test_a_coming_closure_with_opened_days_is_one_line_on_the_sign(qtbot, tmp_path):
    """M3 (36b): the sign of a December closure announces a January one with opened days in one line."""
    from socialdesk.ui.calendar.door_sign import coming_lines

    install_translators("en")
    hours = with_exception(WEEK, DayException(date(2027, 1, 20), (Span(540, 720),), ""))
    hours = with_exception(hours, DayException(date(2027, 1, 22), (Span(540, 720),), ""))
    store = _store(tmp_path / "shop.sqlite3", hours)
    store.calendar.closures.add(Closure(date(2027, 1, 18), date(2027, 1, 30), "travaux"))
    box = _box(store)
    qtbot.addWidget(box)
    lines = [_plain(line) for line in coming_lines(store, box.occasion)]
    assert lines == ["Closed from 18 to 30 January (travaux), some days open"], lines


def test_two_opened_days_in_a_row_read_as_two_days(qtbot, tmp_path):
    """L7 (36b): « Ouvert les 8 et 9 août », not « du 8 au 9 août »."""
    from socialdesk.ui.calendar.occasion_words import door_lines

    install_translators("fr")
    try:
        hours = with_exception(WEEK, DayException(date(2026, 12, 28), (Span(540, 720),), ""))
        hours = with_exception(hours, DayException(date(2026, 12, 29), (Span(540, 720),), ""))
        store = _store(tmp_path / "shop.sqlite3", hours)
        box = _box(store)
        qtbot.addWidget(box)
        assert _plain(door_lines(box.occasion, ())[1]) == "Ouvert les 28 et 29 décembre de 9 h à 12 h"
    finally:
        install_translators("en")


def test_temporarily_closed_on_google_says_to_reopen_it_for_the_opened_days(qtbot, tmp_path):
    """L3 (36b): a listing marked temporarily closed shows no hours: the task says to reopen it those days."""
    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    box = _box(store)
    qtbot.addWidget(box)
    words = _plain(box.boxes["google_closed"].text())
    assert words.endswith("; reopen it on Google on 31 December, 9am–noon") and "but open" not in words, words


def test_an_opened_day_taken_back_and_restored_ticks_the_placed_post_again(qtbot, tmp_path):
    """L1 (36b): the post placed for the 31st counts again once the 31st is opened again: its task is ticked."""
    from datetime import datetime

    store = _store(tmp_path / "shop.sqlite3", with_exception(WEEK, NEW_YEARS_EVE))
    box = _box(store)
    qtbot.addWidget(box)
    box.place_post()
    key = box.occasion.key
    card = store.shop.get()
    card.hours = WEEK
    store.shop.save(card, datetime(2026, 12, 8, 9))
    assert "post" not in store.calendar.closures.ticks(key)
    card.hours = with_exception(WEEK, NEW_YEARS_EVE)
    store.shop.save(card, datetime(2026, 12, 8, 10))
    assert "post" in store.calendar.closures.ticks(key)


def test_a_new_reason_names_the_placed_post(qtbot, tmp_path):
    """L2 (36b): « congés » became « travaux »: the post saying « (congés) » is out of date."""
    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", WEEK)
    box = _box(store)
    qtbot.addWidget(box)
    box.place_post()
    closure = store.calendar.closures.closures()[0]
    store.calendar.closures.update(Closure(closure.first, closure.last, "travaux", closure.id))
    again = _box(store)
    qtbot.addWidget(again)
    assert again.old_posts.isVisibleTo(again) and "(travaux)" in again.post_preview.text()


# ----- attack 36c: what the to-dos on screen show after an answer

def _holiday_box(qtbot, store, day, code, today):
    from socialdesk.domain.calendar.closures import Occasion

    box = OccasionTasks(store, fixed_clock(today), Occasion(day, day, holiday=code))
    qtbot.addWidget(box)
    return box


def test_a_new_answer_unticks_the_boxes_on_screen_and_an_answer_back_ticks_the_post_again(qtbot, tmp_path):
    """F1: the file lost its ticks, the to-do showed them all ticked; F3: answered back, the post placed for that
    answer counts again and its task is ticked."""
    install_translators("en")
    store = open_store(tmp_path / "shop.sqlite3")
    christmas = date(2026, 12, 25)  # a Friday: open as usual on WEEK
    store.shop.save(ShopCard(name="Kugel", hours=with_exception(WEEK, DayException(christmas, (), ""))))
    box = _holiday_box(qtbot, store, christmas, SpecialDay.CHRISTMAS, date(2026, 12, 7))
    box.place_post()
    for key in ("google_hours", "apple_hours", "door_sign"):
        box.boxes[key].setChecked(True)
    assert all(b.isChecked() for b in box.boxes.values())
    box.answer.open_as_usual()
    assert store.calendar.closures.ticks(box.occasion.key) == {}
    assert not any(b.isChecked() for b in box.boxes.values())  # the screen says what the file holds
    box.answer.closed()
    assert list(store.calendar.closures.ticks(box.occasion.key)) == ["post"] and box.boxes["post"].isChecked()
    assert not box.place_button.isEnabled() and not box.old_posts.isVisibleTo(box)


def test_an_answer_on_one_to_do_updates_the_others_on_the_page(qtbot, tmp_path):
    """F2: a closure 21–24 December, then Christmas answered closed: the closure's post says it reopens on the
    26th, and the post placed from there is current."""
    from socialdesk.domain.weeks import IsoWeek
    from socialdesk.ui.rules.week_page import WeekPage

    install_translators("en")
    store = open_store(tmp_path / "shop.sqlite3")
    store.shop.save(ShopCard(name="Kugel", postcode="67000", hours=WEEK))
    store.calendar.closures.add(Closure(date(2026, 12, 21), date(2026, 12, 24), "inventaire"))
    page = WeekPage(store, fixed_clock(date(2026, 12, 7)))
    qtbot.addWidget(page)
    page.show_week(IsoWeek.of(date(2026, 12, 7)))
    closure = next(t for t in page.occasion_tasks if t.occasion.closure is not None)
    christmas = next(t for t in page.occasion_tasks if t.occasion.holiday is SpecialDay.CHRISTMAS)
    assert "Back on 25 December" in _plain(closure.post_preview.text())
    christmas.answer.closed()
    assert "Back on 26 December" in _plain(closure.post_preview.text())
    closure.place_post()
    page.show_week(IsoWeek.of(date(2026, 12, 7)))
    closure = next(t for t in page.occasion_tasks if t.occasion.closure is not None)
    assert not closure.old_posts.isVisibleTo(closure) and not closure.place_button.isEnabled()


def test_typing_the_first_hours_keeps_a_post_whose_words_are_the_same(qtbot, tmp_path):
    """F4: no hours, a closure 21–23 December placed « Back on 24 December »; the hours typed open the 24th: the
    post still says what it would say now."""
    install_translators("en")
    store = open_store(tmp_path / "shop.sqlite3")
    store.shop.save(ShopCard(name="Kugel"))
    store.calendar.closures.add(Closure(date(2026, 12, 21), date(2026, 12, 23), "inventaire"))
    box = _box(store)
    qtbot.addWidget(box)
    box.place_post()
    card = store.shop.get()
    card.hours = WEEK
    store.shop.save(card)
    again = _box(store)
    qtbot.addWidget(again)
    assert not again.old_posts.isVisibleTo(again) and not again.place_button.isEnabled()
    assert "post" in store.calendar.closures.ticks(again.occasion.key)


# ----- attack 36d: posts placed before this version, line breaks pasted from Word

def _unsaid(store, post):
    """The post as a version that kept no record of what it said placed it."""
    from socialdesk.domain.calendar.closures import OCCASION_SAID

    import sqlite3
    import json
    with sqlite3.connect(store.path) as db:
        extra = json.loads(db.execute("SELECT extra FROM posts WHERE id = ?", (post.id,)).fetchone()[0])
        extra.pop(OCCASION_SAID)
        db.execute("UPDATE posts SET extra = ? WHERE id = ?", (json.dumps(extra), post.id))


def test_a_holiday_post_placed_before_this_version_is_named_once_the_answer_changes(qtbot, tmp_path):
    """M3: « Fermé le 25 décembre » placed by an older version, then answered open 8 h–12 h: the post said the
    answer just before, so it is out of date; answered back, it counts and is ticked again."""
    install_translators("en")
    store = open_store(tmp_path / "shop.sqlite3")
    christmas = date(2026, 12, 25)
    store.shop.save(ShopCard(name="Kugel", hours=with_exception(WEEK, DayException(christmas, (), ""))))
    box = _holiday_box(qtbot, store, christmas, SpecialDay.CHRISTMAS, date(2026, 12, 7))
    box.place_post()
    (post,) = store.calendar.occasion_posts(box.occasion.key)
    _unsaid(store, post)
    box.answer.open_as_usual()
    assert box.old_posts.isVisibleTo(box) and box.place_button.isEnabled()
    box.answer.closed()
    assert not box.old_posts.isVisibleTo(box) and box.boxes["post"].isChecked()


def test_a_closure_post_placed_before_this_version_is_named_once_a_day_opens(qtbot, tmp_path):
    install_translators("en")
    store = _store(tmp_path / "shop.sqlite3", WEEK)
    box = _box(store)
    qtbot.addWidget(box)
    box.place_post()
    (post,) = store.calendar.occasion_posts(box.occasion.key)
    _unsaid(store, post)
    card = store.shop.get()
    card.hours = with_exception(WEEK, NEW_YEARS_EVE)
    store.shop.save(card)
    again = _box(store)
    qtbot.addWidget(again)
    assert again.old_posts.isVisibleTo(again) and again.place_button.isEnabled()
