"""A post at a time the clocks skip (2:30 on 29 March 2026 in Paris) is said, kept as 3:30, and exported so (17d E5)."""

from datetime import date, datetime, time, timedelta, timezone

import pytest
from icalendar import Calendar

from socialdesk.domain.calendar.ics_format import export_ics
from socialdesk.domain.calendar.zones import wall_time_shift
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.ui.calendar.post_dialog import PostDialog
from socialdesk.ui.i18n import install_translators

PARIS = "Europe/Paris"


def _post(day, at) -> Post:
    return Post(day=day, time=at, networks=("facebook",), status=PostStatus.PLANNED, text="Tulipes", zone=PARIS)


@pytest.fixture
def french(qtbot):
    install_translators("fr")
    yield
    install_translators("en")


def _dialog(qtbot, store, post):
    dialog = PostDialog(None, post, store, None, True, clock=fixed_clock(date(2026, 3, 23)))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_skipped_time_is_said_and_kept_as_the_hour_it_becomes(qtbot, store, french):
    dialog = _dialog(qtbot, store, _post(date(2026, 3, 29), time(2, 30)))
    assert ("2\u00a0h\u00a030 n'existe pas ce jour-là (passage à l'heure d'été)\u00a0: la publication sera à "
            "3\u00a0h\u00a030") in dialog.hints_label.text()
    assert dialog.post().time == time(3, 30)
    dialog.time_edit.setTime(dialog.time_edit.time().addSecs(3600))  # 3:30 exists: nothing more is said
    assert "n'existe pas" not in dialog.hints_label.text() and dialog.post().time == time(3, 30)


def test_a_doubled_time_keeps_the_first_one_and_says_so(qtbot, store, french):
    dialog = _dialog(qtbot, store, _post(date(2026, 10, 25), time(2, 30)))
    assert "2\u00a0h\u00a030 a lieu deux fois ce jour-là" in dialog.hints_label.text()
    assert dialog.post().time == time(2, 30)
    ordinary = _dialog(qtbot, store, _post(date(2026, 10, 26), time(2, 30)))
    assert "deux fois" not in ordinary.hints_label.text()


def _utc_start(ics: bytes, text: str) -> datetime:
    calendar = Calendar.from_ical(ics)  # an outside reader
    event = next(e for e in calendar.walk("VEVENT") if str(e["DESCRIPTION"]).startswith(text))
    return event.decoded("DTSTART").astimezone(timezone.utc)


def test_the_ics_export_puts_a_skipped_time_at_the_instant_it_becomes():
    posts = [_post(date(2026, 3, 29), time(2, 30)), replace_text(_post(date(2026, 10, 25), time(2, 30)), "Octobre")]
    ics = export_ics(posts, datetime(2026, 3, 23, 10, tzinfo=timezone.utc))
    assert _utc_start(ics, "Tulipes") == datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc)  # 3:30 summer time
    assert b"20260329T023000" not in ics
    assert _utc_start(ics, "Octobre") == datetime(2026, 10, 25, 0, 30, tzinfo=timezone.utc)  # the first 2:30


def replace_text(post: Post, text: str) -> Post:
    from dataclasses import replace

    return replace(post, text=text)


def test_a_weekly_series_landing_on_the_skipped_hour_exports_it_shifted(store):
    from socialdesk.domain.calendar.recurrence import Frequency, Recurrence

    series = _post(date(2026, 3, 22), time(2, 30))
    store.calendar.add_series(series, Recurrence(Frequency.WEEKLY, date(2026, 3, 22), count=3))
    posts = store.calendar.posts_between(date(2026, 3, 1), date(2026, 4, 30))
    assert len(posts) == 3
    ics = export_ics(posts, datetime(2026, 3, 23, 10, tzinfo=timezone.utc))
    assert b"20260329T023000" not in ics and b"20260329T033000" in ics  # no 2:30 on the night of 29 March
    starts = sorted(e.decoded("DTSTART").astimezone(timezone.utc) for e in Calendar.from_ical(ics).walk("VEVENT"))
    assert starts == [datetime(2026, 3, 22, 1, 30, tzinfo=timezone.utc), datetime(2026, 3, 29, 1, 30, tzinfo=timezone.utc),
                      datetime(2026, 4, 5, 0, 30, tzinfo=timezone.utc)]


@pytest.mark.parametrize("day, at, kind", [
    (date(2026, 3, 29), time(2, 0), "gap"), (date(2026, 3, 29), time(3, 0), ""),
    (date(2026, 10, 25), time(2, 59), "fold"), (date(2026, 10, 25), time(3, 0), ""),
    (date(2028, 2, 29), time(9, 0), ""),
])
def test_the_clock_changes_are_found_by_zoneinfo(day, at, kind):
    assert wall_time_shift(day, at, PARIS)[0] == kind


def _paris_starts(ics: bytes) -> dict[date, datetime]:
    """Each event's start as an outside reader (icalendar) puts it on a Paris clock."""
    from zoneinfo import ZoneInfo

    starts = [e.decoded("DTSTART").astimezone(ZoneInfo(PARIS)) for e in Calendar.from_ical(ics).walk("VEVENT")]
    return {start.date(): start for start in starts}


@pytest.mark.parametrize("first, night, stored", [
    (date(2026, 3, 22), date(2026, 3, 29), time(3, 30)),  # 2:30 does not exist: it is 3:30, as for a single post
    (date(2026, 10, 18), date(2026, 10, 25), time(2, 30)),  # 2:30 happens twice: the first, as for a single post
])
def test_a_series_occurrence_on_a_clock_change_night_is_kept_at_the_time_the_export_says(store, first, night, stored):
    from socialdesk.domain.calendar.recurrence import Frequency, Recurrence

    single = _post(night, time(2, 30))
    single_kept = wall_time_shift(night, time(2, 30), PARIS)[1]
    store.calendar.add_series(_post(first, time(2, 30)), Recurrence(Frequency.WEEKLY, first, count=3))
    posts = store.calendar.posts_between(first, first + timedelta(days=20))
    shown = {p.day: p.time for p in posts}
    assert shown[night] == stored == single_kept  # the one rule of single posts
    assert [at for day, at in sorted(shown.items()) if day != night] == [time(2, 30)] * 2
    ics = export_ics(posts, datetime(2026, 3, 1, 10, tzinfo=timezone.utc))
    exported = _paris_starts(ics)
    assert {day: at.time().replace(tzinfo=None) for day, at in exported.items()} == shown  # app and export agree
    alone = export_ics([single], datetime(2026, 3, 1, 10, tzinfo=timezone.utc))
    assert _paris_starts(alone)[night] == exported[night]  # a single post that night is at the same instant
    assert exported[night].utcoffset() == timedelta(hours=2)  # summer time: 3:30 in March, the first 2:30 in October


def test_a_whole_series_edit_keeps_the_series_time_and_the_skipped_night_its_hour(store):
    from dataclasses import replace

    from socialdesk.domain.calendar.recurrence import Frequency, Recurrence
    from socialdesk.storage.calendar.series import series_time

    rule = Recurrence(Frequency.WEEKLY, date(2026, 3, 22), count=3)
    store.calendar.add_series(_post(date(2026, 3, 22), time(2, 30)), rule)
    posts = store.calendar.posts_between(date(2026, 3, 1), date(2026, 4, 30))
    night = next(p for p in posts if p.day == date(2026, 3, 29))
    assert night.time == time(3, 30) and series_time(night) == time(2, 30)  # what a whole-series edit starts from
    template = replace(night, day=date(2026, 3, 22), time=series_time(night), text="Muguet")  # as edit_series opens it
    store.calendar.save_series(night.series_id, template, rule)
    after = {p.day: (p.time, p.text) for p in store.calendar.posts_between(date(2026, 3, 1), date(2026, 4, 30))}
    assert after == {date(2026, 3, 22): (time(2, 30), "Muguet"), date(2026, 3, 29): (time(3, 30), "Muguet"),
                     date(2026, 4, 5): (time(2, 30), "Muguet")}


def test_a_series_typed_on_the_skipped_night_keeps_its_time_on_the_other_weeks(qtbot, store):
    dialog = _dialog(qtbot, store, _post(date(2026, 3, 29), time(2, 30)))
    dialog.repeat_box.setCurrentIndex(dialog.repeat_box.findData("weekly"))
    dialog.count_spin.setValue(2)
    choice = dialog.choice()
    store.calendar.add_series(choice.post, choice.rule)
    shown = {p.day: p.time for p in store.calendar.posts_between(date(2026, 3, 1), date(2026, 4, 30))}
    assert shown == {date(2026, 3, 29): time(3, 30), date(2026, 4, 5): time(2, 30)}
