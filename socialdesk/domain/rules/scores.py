"""Scores over time: completion per week, the current streak, the rules most often missed.

A week is scored only against the rules that were due in it (existing, not yet archived,
and for monthly rules, their week): adding or archiving a rule never rewrites the past.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from socialdesk.domain.rules.model import Rule
from socialdesk.domain.rules.schedule import due_rules, is_due
from socialdesk.domain.weeks import IsoWeek

HELD_SHARE = 0.8  # a week "holds" when at least this share of its due rules is ticked

DoneKeys = set[tuple[int, str]]  # (rule id, IsoWeek.key) of every ticked rule


@dataclass(frozen=True)
class WeekScore:
    week: IsoWeek
    due: int
    done: int

    @property
    def share(self) -> float | None:
        """Ticked share of the due rules, or None when nothing was due (no score)."""
        return self.done / self.due if self.due else None

    @property
    def percent(self) -> int | None:
        share = self.share
        return None if share is None else round(share * 100)

    @property
    def held(self) -> bool:
        share = self.share
        return share is not None and share >= HELD_SHARE


@dataclass(frozen=True)
class Missed:
    rule: Rule
    missed: int
    due: int


def done_keys(checks: Iterable) -> DoneKeys:
    """The ticked (rule id, week key) pairs among RuleCheck rows."""
    return {(check.rule_id, check.week.key) for check in checks if check.done}


def week_score(rules: list[Rule], done: DoneKeys, week: IsoWeek) -> WeekScore:
    due = due_rules(rules, week)
    ticked = sum(1 for rule in due if (rule.id, week.key) in done)
    return WeekScore(week, len(due), ticked)


def last_weeks(current: IsoWeek, count: int) -> list[IsoWeek]:
    """The `count` weeks ending with `current`, oldest first (crosses years and week 53)."""
    return [current.shifted(offset) for offset in range(1 - count, 1)]


def week_scores(rules: list[Rule], done: DoneKeys, current: IsoWeek, count: int) -> list[WeekScore]:
    return [week_score(rules, done, week) for week in last_weeks(current, count)]


def finished_average(scores: list[WeekScore]) -> tuple[int, int] | None:
    """(rounded percent, weeks) over the finished weeks with something due: the newest score, the current week,
    is still open and left out (attack 34e, F8: a Monday with nothing ticked pulled "finished weeks" down)."""
    scored = [score.share for score in scores[:-1] if score.share is not None]
    return (round(100 * sum(scored) / len(scored)), len(scored)) if scored else None


def streak(scores: list[WeekScore]) -> int:
    """Weeks in a row that held, counted back from the newest score (the current week).

    The current week is still open: if it does not hold yet, counting starts the week before.
    """
    if not scores:
        return 0
    history = scores if scores[-1].held else scores[:-1]
    count = 0
    for score in reversed(history):
        if not score.held:
            break
        count += 1
    return count


def most_missed(rules: list[Rule], done: DoneKeys, weeks: list[IsoWeek], limit: int = 5) -> list[Missed]:
    """Rules most often left unticked in `weeks` (pass closed weeks only), worst first."""
    results = []
    for rule in rules:
        due_weeks = [week for week in weeks if is_due(rule, week)]
        missed = sum(1 for week in due_weeks if (rule.id, week.key) not in done)
        if missed:
            results.append(Missed(rule, missed, len(due_weeks)))
    results.sort(key=lambda item: (-item.missed / item.due, -item.missed, item.rule.position))
    return results[:limit]
