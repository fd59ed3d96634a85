"""Scores: past weeks never change when rules are added or archived; streaks; most missed."""

from datetime import date, datetime

from socialdesk.domain.rules.model import Frequency, Rule
from socialdesk.domain.rules.scores import done_keys, most_missed, streak, week_score, week_scores
from socialdesk.domain.weeks import IsoWeek

NOW = datetime(2026, 6, 5, 17, 0)


def _add(store, text, today, frequency=Frequency.WEEKLY):
    rule = Rule(text=text, frequency=frequency)
    store.rules.add(rule, today)
    return rule


def _score(store, week):
    rules = store.rules.rules(include_archived=True)
    done = done_keys(store.rules.checks_between(week, week).values())
    return week_score(rules, done, week)


def test_a_rule_added_mid_year_does_not_change_past_weeks(store):
    january = date(2026, 1, 7)
    a, b = _add(store, "answer", january), _add(store, "thank a driver", january)
    week2 = IsoWeek.of(january)
    store.rules.set_done(a.id, week2, True, NOW)
    store.rules.set_done(b.id, week2, True, NOW)
    assert (_score(store, week2).done, _score(store, week2).due) == (2, 2)
    _add(store, "listening tour", date(2026, 6, 3))  # added in June
    assert _score(store, week2).percent == 100
    assert _score(store, IsoWeek(2026, 23)).due == 3


def test_archiving_keeps_the_history(store):
    january = date(2026, 1, 7)
    a, b = _add(store, "answer", january), _add(store, "silence", january)
    week2 = IsoWeek.of(january)
    store.rules.set_done(a.id, week2, True, NOW)
    store.rules.set_note(b.id, week2, "nothing to say, said nothing")
    store.rules.archive(b.id, date(2026, 3, 4))
    assert [r.text for r in store.rules.rules()] == ["answer"]
    assert [r.text for r in store.rules.rules_for_week(week2)] == ["answer", "silence"]
    assert store.rules.checks_for_week(week2)[b.id].note == "nothing to say, said nothing"
    assert _score(store, week2).percent == 50
    assert _score(store, IsoWeek(2026, 10)).due == 2  # archived in week 10: it leaves from week 11
    assert _score(store, IsoWeek(2026, 11)).due == 1


def test_weeks_without_rules_have_no_score_and_stop_the_streak(store):
    first = date(2026, 5, 6)  # week 19
    rule = _add(store, "answer", first)
    for week in (19, 20, 22, 23):
        store.rules.set_done(rule.id, IsoWeek(2026, week), True, NOW)
    rules = store.rules.rules()
    done = done_keys(store.rules.checks_between(IsoWeek(2026, 1), IsoWeek(2026, 24)).values())
    scores = week_scores(rules, done, IsoWeek(2026, 24), 12)
    assert [s.percent for s in scores] == [None] * 6 + [100, 100, 0, 100, 100, 0]
    assert streak(scores) == 2  # week 24 is open and not done yet: 22 and 23 count
    store.rules.set_done(rule.id, IsoWeek(2026, 24), True, NOW)
    done.add((rule.id, "2026-W24"))
    assert streak(week_scores(rules, done, IsoWeek(2026, 24), 12)) == 3


def test_most_missed_ranks_by_share_of_missed_weeks(store):
    start = date(2026, 3, 2)  # week 10
    often, rarely, always = (_add(store, t, start) for t in ("listen", "answer", "plan"))
    weeks = [IsoWeek(2026, w) for w in range(10, 14)]
    for week in weeks:
        store.rules.set_done(always.id, week, True, NOW)
    for week in weeks[:3]:
        store.rules.set_done(rarely.id, week, True, NOW)
    store.rules.set_done(often.id, weeks[0], True, NOW)
    done = done_keys(store.rules.checks_between(weeks[0], weeks[-1]).values())
    ranked = most_missed(store.rules.rules(), done, weeks)
    assert [(m.rule.text, m.missed, m.due) for m in ranked] == [("listen", 3, 4), ("answer", 1, 4)]


def test_unticking_keeps_the_note(store):
    rule = _add(store, "answer", date(2026, 6, 1))
    week = IsoWeek(2026, 23)
    store.rules.set_note(rule.id, week, "answered the 3 Google reviews")
    store.rules.set_done(rule.id, week, True, NOW)
    store.rules.set_done(rule.id, week, False, NOW)
    check = store.rules.checks_for_week(week)[rule.id]
    assert (check.done, check.done_at, check.note) == (False, None, "answered the 3 Google reviews")


def test_the_finished_weeks_average_leaves_the_week_in_progress_out():
    """Attack 34e, F8: « 53 % sur 3 semaines terminées » counted the week just begun."""
    from socialdesk.domain.rules.scores import WeekScore, finished_average

    weeks = [IsoWeek(2026, 50), IsoWeek(2026, 51), IsoWeek(2026, 52)]
    scores = [WeekScore(weeks[0], 11, 6), WeekScore(weeks[1], 10, 5), WeekScore(weeks[2], 9, 0)]
    assert finished_average(scores) == (52, 2)
    assert finished_average(scores[2:]) is None  # only the week in progress: nothing finished yet
    assert finished_average([WeekScore(weeks[0], 0, 0), scores[2]]) is None  # nothing was due
