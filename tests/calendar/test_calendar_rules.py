"""Pure calendar rules: recurrence dates, coaching hints, character counts, cadence targets."""

from datetime import date

import pytest

from socialdesk.domain.calendar.coaching import HintKind, press_release_phrase, week_hints
from socialdesk.domain.calendar.counting import cadence_targets, char_count
from socialdesk.domain.calendar.recurrence import MAX_OCCURRENCES, Frequency, Recurrence
from socialdesk.domain.posts import Post, PostStatus


@pytest.mark.parametrize("rule,expected", [
    (Recurrence(Frequency.WEEKLY, date(2026, 12, 25), count=3), [date(2026, 12, 25), date(2027, 1, 1), date(2027, 1, 8)]),
    (Recurrence(Frequency.WEEKLY, date(2026, 3, 23), until=date(2026, 4, 6)),
     [date(2026, 3, 23), date(2026, 3, 30), date(2026, 4, 6)]),
    (Recurrence(Frequency.MONTHLY, date(2027, 1, 31), count=3), [date(2027, 1, 31), date(2027, 2, 28), date(2027, 3, 31)]),
    (Recurrence(Frequency.MONTHLY, date(2028, 1, 29), count=2), [date(2028, 1, 29), date(2028, 2, 29)]),
    (Recurrence(Frequency.WEEKLY, date(2026, 11, 2), interval=2, count=3),
     [date(2026, 11, 2), date(2026, 11, 16), date(2026, 11, 30)]),
    (Recurrence(Frequency.WEEKLY, date(2026, 11, 2), until=date(2026, 11, 1)), [date(2026, 11, 2)]),
])
def test_recurrence_dates(rule, expected):
    assert rule.dates() == expected


def test_a_series_without_end_stops_at_the_cap():
    assert len(Recurrence(Frequency.WEEKLY, date(2026, 1, 5)).dates()) == MAX_OCCURRENCES


@pytest.mark.parametrize("text,phrase", [
    ("Nous sommes FIERS d’annoncer l'ouverture", "nous sommes fiers d'annoncer"),
    ("Communiqué : nouveaux horaires", "communiqué"),
    ("We are pleased to announce our new bread", "we are pleased to announce"),
    ("PRESS RELEASE — opening", "press release"),
    ("Une communication chaleureuse", None),
    ("Merci à Paulette pour sa tarte !", None),
])
def test_press_release_phrases_in_french_and_english(text, phrase):
    assert press_release_phrase(text) == phrase


def _post(about="", series=None, status=PostStatus.PLANNED, text="Bonjour"):
    return Post(day=date(2026, 11, 23), about=about, series_id=series, status=status, text=text)


@pytest.mark.parametrize("abouts,warned", [
    (["us", "us"], True),
    (["us", "us", "team", ""], True),
    (["us", "us", "customers"], False),
    (["us", "team", "suppliers"], False),
    (["us"], False),
    ([], False),
])
def test_a_week_about_us_and_never_customers_gets_a_hint(abouts, warned):
    hints = week_hints([_post(a) for a in abouts])
    assert (HintKind.ONLY_ABOUT_US in [h.kind for h in hints]) is warned


def test_too_much_repetition_is_hinted_and_skipped_posts_do_not_count():
    week = [_post(series=1), _post(series=1), _post(), _post(series=2, status=PostStatus.SKIPPED)]
    hints = [h for h in week_hints(week) if h.kind is HintKind.TOO_MUCH_REPEAT]
    assert hints and hints[0].detail == "2/3"
    assert not [h for h in week_hints(week + [_post(), _post()]) if h.kind is HintKind.TOO_MUCH_REPEAT]


def test_x_counts_links_as_23_and_others_count_characters():
    text = "Pain 🥖 https://boulangerie-lea.example/la-carte-des-pains-de-saison"
    assert char_count(text, "x") == len("Pain 🥖 ") + 23
    assert char_count(text, "bluesky") == len(text)


def test_cadence_targets_count_planned_posts_only():
    posts = [Post(day=date(2026, 11, 23), networks=("instagram", "facebook"), status=PostStatus.PLANNED),
             Post(day=date(2026, 11, 24), networks=("instagram",), status=PostStatus.SKIPPED),
             Post(day=date(2026, 11, 25), networks=("instagram",), status=PostStatus.PUBLISHED)]
    targets = {t.network: (t.planned, t.target) for t in cadence_targets(posts, {"instagram": 3, "google": 1, "x": 0})}
    assert targets == {"instagram": (2, 3), "google": (0, 1)}
