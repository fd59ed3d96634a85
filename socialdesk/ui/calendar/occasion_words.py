"""Words for the holidays and closures: their names, their dates, the tasks before them and the ready post."""

from datetime import date
from functools import reduce

from PySide6.QtCore import QCoreApplication

from socialdesk.domain.calendar.closures import Occasion, Task, TaskKind, closed_span, opened_runs
from socialdesk.domain.cards import CLOSURE_MAX_CHARS
from socialdesk.domain.hours.words import open_phrase
from socialdesk.ui.calendar.day_names import occasion_name  # noqa: F401 (the to-do's words read it here)
from socialdesk.ui.common.day_words import day_text
from socialdesk.ui.common.hours_words import hours_text
from socialdesk.ui.common.words import fill, shorten
from socialdesk.ui.i18n import current_language

translate = QCoreApplication.translate
CONTEXT = "Closures"


def day_words(day: date, with_year: bool = False) -> str:
    """"15 August" / « 15 août », in the app's language."""
    return day_text(day, "d MMMM yyyy" if with_year else "d MMMM")


def long_day(day: date) -> str:
    return day_text(day, "dddd d MMMM yyyy")


def occasion_when(occasion: Occasion) -> str:
    if occasion.days == 1:
        return long_day(occasion.first)
    return fill(translate(CONTEXT, "from %1 to %2 (%3 days)"), long_day(occasion.first), long_day(occasion.last),
                str(occasion.days))


def short_when(occasion: Occasion) -> str:
    """"3 Aug – 23 Aug 2026 (21 days)": a closure's dates where room is short (the year view's table)."""
    if occasion.days == 1:
        return day_text(occasion.first, "ddd d MMM yyyy")
    first = "d MMM yyyy" if occasion.first.year != occasion.last.year else "d MMM"  # "28 Dec 2026 – 3 Jan 2027"
    return fill(translate(CONTEXT, "%1 – %2 (%3 days)"), day_text(occasion.first, first),
                day_text(occasion.last, "d MMM yyyy"), str(occasion.days))


def task_text(task: Task, listing_names: dict[str, str], spans=None, door: str = "", occasion=None) -> str:
    """`spans`: the hours the shop keeps that day when it opens (special hours to show), else None or ();
    `door`: the door sign's lines, joined; `occasion`: a closure whose days special days open (`Occasion.opened`)
    is said so after each listing's task, or is special hours on the listings when they open every one of them."""
    opened = occasion.opened if occasion is not None else ()
    if opened and task.kind in _LISTING_TASKS and closed_span(occasion) is None:
        if task.kind is TaskKind.GOOGLE_HOURS:
            return fill(translate(CONTEXT, "Google: set the special hours (%1)"), opened_days_words(opened))
        return _special_hours_task(task, listing_names, opened_days_words(opened))
    text = _task_text(task, listing_names, spans, door)
    if opened and task.kind is TaskKind.GOOGLE_TEMPORARILY_CLOSED:  # a closed listing shows no hours (36b, L3)
        return fill(translate(CONTEXT, "%1; reopen it on Google %2"), text, opened_days_words(opened))
    if opened and task.kind in _LISTING_TASKS:
        return fill(translate(CONTEXT, "%1 (but open %2)"), text, opened_days_words(opened))
    return text


OPENED_LINES = 3  # a door sign says at most so many runs of opened days: read from the street


def opened_days_words(opened) -> str:
    """"on 31 December, 9am–noon; from 2 to 3 January, 9am–noon": the special days that open days of a closure,
    days in a row with the same hours together."""
    runs = [_run_words(first, last, spans) for first, last, spans in opened_runs(opened)]
    return reduce(lambda said, run: fill(translate(CONTEXT, "%1; %2", "days the shop opens, one after the other"),
                                         said, run), runs[1:], runs[0]) if runs else ""


def _run_words(first: date, last: date, spans) -> str:
    hours = open_phrase(spans, current_language())
    if first == last:
        return fill(translate(CONTEXT, "on %1, %2", "a date and the hours the shop opens that day"),
                    day_words(first), hours)
    start = day_text(first, "d") if (first.year, first.month) == (last.year, last.month) else day_words(first)
    if (last - first).days == 1:  # « les 8 et 9 août », not « du 8 au 9 août » (attack 36b, L7)
        return fill(translate(CONTEXT, "on %1 and %2, %3", "two days in a row and the hours the shop opens them"),
                    start, day_words(last), hours)
    return fill(translate(CONTEXT, "from %1 to %2, %3", "days in a row and the hours the shop opens them"), start,
                day_words(last), hours)


def _task_text(task: Task, listing_names: dict[str, str], spans=None, door: str = "") -> str:
    if task.kind is TaskKind.DOOR_SIGN:
        return fill(translate(CONTEXT, "Print the door sign: “%1”"), door)
    if spans:
        return _special_hours_task(task, listing_names, hours_text(spans))
    if spans == () and task.kind is TaskKind.GOOGLE_HOURS:  # a holiday the shop is closed (attack 35b, F7)
        return translate(CONTEXT, "Google: set “Closed” in the holiday hours")
    if spans == () and task.kind is TaskKind.APPLE_HOURS:
        return translate(CONTEXT, "Apple Maps: set “Closed” in the special hours in Apple Business Connect")
    if task.kind is TaskKind.GOOGLE_HOURS:
        return translate(CONTEXT, "Google: set the holiday hours (confirm them even if unchanged)")
    if task.kind is TaskKind.GOOGLE_TEMPORARILY_CLOSED:
        return translate(CONTEXT, "Google: mark the shop “temporarily closed” for these dates")
    if task.kind is TaskKind.APPLE_HOURS:
        return translate(CONTEXT, "Apple Maps: set the special hours in Apple Business Connect")
    if task.kind is TaskKind.LISTING:
        return fill(translate(CONTEXT, "%1: show the closure (hours or a note)"), _name(task, listing_names))
    return translate(CONTEXT, "A post announcing it, placed on the calendar")


def _name(task: Task, listing_names: dict[str, str]) -> str:
    """The listing's name; one kept without a name is still told apart from the words (no « : show… »)."""
    return listing_names.get(task.target, task.target) or translate(CONTEXT, "Listing with no name")


def _special_hours_task(task: Task, listing_names: dict[str, str], hours: str) -> str:
    if task.kind is TaskKind.GOOGLE_HOURS:
        return fill(translate(CONTEXT, "Google: set the special hours for that day (%1)"), hours)
    if task.kind is TaskKind.APPLE_HOURS:
        return fill(translate(CONTEXT, "Apple Maps: set the special hours (%1) in Apple Business Connect"), hours)
    if task.kind is TaskKind.LISTING:
        return fill(translate(CONTEXT, "%1: show the special hours (%2)"), _name(task, listing_names), hours)
    return translate(CONTEXT, "A post announcing it, placed on the calendar")


_LISTING_TASKS = (TaskKind.GOOGLE_HOURS, TaskKind.GOOGLE_TEMPORARILY_CLOSED, TaskKind.APPLE_HOURS, TaskKind.LISTING)


def closed_warning(occasion: Occasion) -> str:
    return fill(translate(CONTEXT, "Closed %1 days in a row: Google’s holiday hours cover at most 6 days. Mark the "
                                   "shop “temporarily closed” instead, and reopen it on Google when you are back."),
                str(occasion.closed_run))


def door_line(occasion: Occasion, spans=None) -> str:
    """The ready post's first sentence, without its full stop: the door sign's closure line."""
    if occasion.days == 1:  # "Closed on 15 August. See you soon!": the day and hours hold no full stop
        line = post_text(occasion, spans).split(". ", 1)[0]
    else:
        line = _closure_sentence(occasion)
    line = line[:-1] if line.endswith(".") else line
    return shorten(line, CLOSURE_MAX_CHARS)


def door_lines(occasion: Occasion, spans=None) -> list[str]:
    """What the door sign says of the occasion, one line each: its closure line (unless special days open each
    of its days), then its opened days (`Occasion.opened`: "Open on 31 December, 9am–noon", days in a row with
    the same hours together, OPENED_LINES at most: the others are told to be online)."""
    if not occasion.opened:
        return [door_line(occasion, spans)]
    runs = opened_runs(occasion.opened)
    lines = [] if closed_span(occasion) is None else [door_line(occasion, spans)]
    shown = runs if len(runs) <= OPENED_LINES else runs[:OPENED_LINES - 1]
    lines += [fill(translate(CONTEXT, "Open %1", "on a date, or from one to another, with the hours"),
                   _run_words(first, last, hours)) for first, last, hours in shown]
    if len(shown) < len(runs):
        lines.append(translate(CONTEXT, "More days open: see our hours online"))
    return lines


def coming_line(occasion: Occasion, spans=None) -> str:
    """A coming holiday's or closure's one line on a door sign: its first door line, ", some days open" after a
    closure's when special days open some of its days."""
    first = door_lines(occasion, spans)[0]
    if occasion.opened and closed_span(occasion) is not None:
        return fill(translate(CONTEXT, "%1, some days open"), first)
    return first


def post_text(occasion: Occasion, spans=None, back: date | None = None) -> str:
    """"Fermé le 15 août", "Ouvert le 1er mai de 8 h à 13 h", "Vacances du 3 au 24 août": the ready post.
    `back`: the day the shop reopens after a closure (the next day when not given). A closure's opened days
    (`Occasion.opened`) are each said in a sentence of their own; special days that open every one of its days
    leave only them."""
    first, last = occasion.first, occasion.last
    if occasion.opened:
        shut = closed_span(occasion)
        sentences = [_closure_sentence(occasion)] if shut is not None else []
        sentences += [fill(translate(CONTEXT, "Open %1.", "on a date, or from one to another, with the hours"),
                           _run_words(*run)) for run in opened_runs(occasion.opened)]
        if shut is not None:
            sentences.append(fill(translate(CONTEXT, "Back on %1."),
                                  day_words(back or date.fromordinal(last.toordinal() + 1))))
        return " ".join(sentences)
    if occasion.days == 1 and spans:
        return fill(translate(CONTEXT, "Open on %1, %2. See you soon!"), day_words(first),
                    open_phrase(spans, current_language()))
    if occasion.days == 1:
        return fill(translate(CONTEXT, "Closed on %1. See you soon!"), day_words(first))
    reopening = fill(translate(CONTEXT, "Back on %1."), day_words(back or date.fromordinal(last.toordinal() + 1)))
    return _closure_sentence(occasion) + " " + reopening


def _closure_sentence(occasion: Occasion) -> str:
    """"Holidays from 3 to 24 August.": several days closed (from its first to its last day shut: a special day may
    open either end); both dates carry their year when the closure runs into another year ("from 28 December 2026
    to 3 January 2027"). A long reason is shortened at a word, within its brackets, so the line keeps its dates."""
    first, last = closed_span(occasion) or (occasion.first, occasion.last)
    years = first.year != last.year
    start = day_text(first, "d") if (first.year, first.month) == (last.year, last.month) else day_words(first, years)
    end = day_words(last, years)
    if first == last:
        return fill(translate(CONTEXT, "Closed on %1. See you soon!"), day_words(first)).split(". ", 1)[0] + "."
    if occasion.closure is not None and occasion.closure.reason:
        sentence = translate(CONTEXT, "Closed from %1 to %2 (%3).")
        room = CLOSURE_MAX_CHARS - 1 - len(fill(sentence, start, end, ""))  # the door line drops its full stop
        return fill(sentence, start, end, _shortened_at_word(occasion.closure.reason, room))
    return fill(translate(CONTEXT, "Holidays from %1 to %2."), start, end)


def _shortened_at_word(text: str, most: int) -> str:
    """`text` whole when it has at most `most` characters, else its words that fit with "…" after them."""
    if len(text) <= most:
        return text
    cut = text[:max(1, most - 1)]
    kept = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return kept.rstrip(" ,;:-") + "…"
