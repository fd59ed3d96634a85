"""Reads opening hours as owners type them in French or English; refuses what it cannot read."""

import re
import unicodedata
from dataclasses import dataclass

from socialdesk.domain.hours.model import DAY_END, HoursRefused, OpeningHours, Span, day_problem, night_end
from socialdesk.domain.hours.times import AmbiguousHour, Clock, clock, range_minutes

_DAYS = {  # (full names, which keep a full stop after them; abbreviations, which take theirs: "dim.", "Mo")
    0: ("lundis?|mondays?", "lun|lu|mon|mo"), 1: ("mardis?|tuesdays?", "mar|ma|tues|tue|tu"),
    2: ("mercredis?|wednesdays?", "mer|me|weds|wed|we"), 3: ("jeudis?|thursdays?", "jeu|je|thurs|thur|thu|th"),
    4: ("vendredis?|fridays?", "ven|ve|fri|fr"), 5: ("samedis?|saturdays?", "sam|sa|sat"),
    6: ("dimanches?|sundays?", "dim|di|sun|su"),
}
_TOKENS = [
    ("ALL", r"tous les jours|tlj|7\s*j\s*/\s*7|7\s*/\s*7|daily|every\s*day|7 days a week"),
    ("NONSTOP", r"24\s*/\s*7"),
    ("ALLDAY", r"24\s*(?:h|heures)?\s*(?:/|sur)\s*24|24\s*(?:hours|heures|hrs)\b"),
    ("TIME", r"(?P<h>\d{1,2})(?:\s*(?P<sep>heures?|h|[:.](?=\s*\d{2}))\s*(?P<m>\d{2})?)?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?(?![\w])"),
    ("NOON", r"\b(?:midi|noon)\b"),
    ("MIDNIGHT", r"\b(?:minuit|midnight)\b"),
    ("CLOSED", r"\b(?:fermee?s?|closed)\b"),
    ("WEEKDAYS", r"\b(?:en semaine|weekdays|during the week)\b"),
    ("PART", r"\b(?:matins?|apres[ -]?midis?|soirs?|soirees?|mornings?|afternoons?|evenings?)\b"),
    *[(f"DAY{n}", rf"\b(?:{full})\b|\b(?:{short})\b\.?") for n, (full, short) in _DAYS.items()],
    ("EXCEPT", r"\b(?:sauf|except|excepte|hors)\b"),
    ("DASH", r"[-‐‑‒–—―−﹣－]|\b(?:to|a|au|until|till|jusqu ?a|through|thru)\b"),
    ("LIST", r"[&/+]|\b(?:et|and)\b"),
    ("BREAK", r"[,;|\n]|\.(?=\s|$)"),  # a full stop ends a sentence: "Fermé dimanche. Mardi-samedi 9h-19h"
    ("SKIP", r"\b(?:sans interruption|non[ -]?stop|en continu|journee continue|de|du|des|le|la|les|l|from|on|the"
             r"|open|ouvert|s)\b|[\s'’:.()]+"),  # "non-stop" says nothing the hours do not
]
_SCANNER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _TOKENS))


_NOTES = re.compile(  # Google's remarks beside a week pasted during a holiday: the weekday hours still stand
    r"\b(?:holiday hours|hours (?:might|may) differ|horaires? (?:des |de |pendant les )?jours? feries?"
    r"|(?:les )?horaires peuvent (?:etre modifies|varier|differer|etre differents))\b")
_NOTE_IN_BRACKETS = re.compile(r"\(([^()\d]*)\)")  # "Friday (Good Friday)", « vendredi (Vendredi saint) »
_SAID_IN_BRACKETS = re.compile(r"\b(?:sauf|except|excepte|hors|fermee?s?|closed)\b")


@dataclass
class _Token:
    kind: str
    value: object
    text: str


def _fold(text: str) -> str:
    """Lower case without accents, one character for one (positions kept for the refusal's words)."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c).lower() for c in text)


def _clock(match: re.Match, text: str) -> Clock:
    if (found := clock(match)) is None:
        raise HoursRefused("out_of_day", text)
    return found


def _without_notes(original: str) -> str:
    """`original` with Google's holiday remarks blanked out (same length): a line, or a holiday's name in brackets."""
    folded, kept = _fold(original), list(original)
    notes = [match.span() for match in _NOTES.finditer(folded)]
    for match in _NOTE_IN_BRACKETS.finditer(folded):
        if not _SAID_IN_BRACKETS.search(match.group(1)) and not _readable(original[match.start(1):match.end(1)]):
            notes.append(match.span())
    for start, end in notes:
        kept[start:end] = " " * (end - start)
    return "".join(kept)


def _readable(words: str) -> bool:
    try:
        _tokens(words)
    except HoursRefused:
        return False
    return True


def _tokens(original: str) -> list[_Token]:
    folded, found, at = _fold(original), [], 0
    while at < len(folded):
        match = _SCANNER.match(folded, at)
        if match is None or match.end() == at:
            word = re.match(r"\S+", original[at:])
            raise HoursRefused("unknown_word", word.group(0) if word else original[at:at + 1])
        kind, text = match.lastgroup, original[at:match.end()].strip()
        if kind in ("h", "sep", "m", "ap"):
            kind = "TIME"
        if kind == "TIME":
            found.append(_Token("TIME", _clock(match, text), text))
        elif kind in ("NOON", "MIDNIGHT"):
            found.append(_Token("TIME", Clock(12 * 60 if kind == "NOON" else DAY_END), text))
        elif kind == "NONSTOP":
            found += [_Token("ALL", None, text), _Token("ALLDAY", None, text)]
        elif kind.startswith("DAY"):
            found.append(_Token("DAY", int(kind[3:]), text))
        elif kind != "SKIP":
            found.append(_Token(kind, None, text))
        at = match.end()
    return found


class _Reader:
    """Groups of (days, spans, covers the whole week); hours may come before their days, "sauf" takes days out."""

    def __init__(self, tokens: list[_Token]):
        self.tokens, self.at = tokens, 0
        self.groups: list[tuple[list[int], list[Span], bool]] = []
        self.excepted: set[int] = set()  # the days after "sauf" / "except": said, closed unless given hours
        self._start_group()

    def _start_group(self) -> None:
        self.days: list[int] = []
        self.spans: list[Span] = []
        self.removed: list[int] = []
        self.assigned = self.closed = self.lead_closed = self.hours_first = False
        self.removing = ""  # the "sauf" / "except" being read, until hours follow
        self.part = ""  # "matin", "afternoon": a filler beside hours, refused without them
        self.loose_at = 0  # after "fermé": where the last days not joined by "et" / "&" begin ("dim. mar-sam")

    def peek(self, ahead: int = 0) -> _Token | None:
        index = self.at + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def flush(self) -> None:
        if self.removing and not self.removed:
            raise HoursRefused("unknown_word", self.removing)
        days = [day for day in self.days if day not in self.removed]
        self.excepted.update(self.removed)
        if days:
            if not self.assigned and self.part:
                raise HoursRefused("part_of_day", self.part, tuple(days))
            if not self.assigned and not self.closed:
                raise HoursRefused("days_without_hours", days=tuple(days))
            self.groups.append((days, [] if self.closed else self.spans, len(set(self.days)) == 7))
        elif self.spans or self.removed:
            raise HoursRefused("no_days")
        self._start_group()

    def read(self) -> list[tuple[list[int], list[Span], bool]]:
        while (token := self.peek()) is not None:
            getattr(self, f"_on_{token.kind.lower()}")(token)
        self.flush()
        return self.groups

    def _day_range(self) -> list[int]:
        first = last = self.peek().value
        self.at += 1
        if self.peek() and self.peek().kind == "DASH" and self.peek(1) and self.peek(1).kind == "DAY":
            last = self.peek(1).value
            self.at += 2
        return [(first + n) % 7 for n in range((last - first) % 7 + 1)]

    def _new_days(self) -> None:
        if self.assigned and not self.lead_closed and not self.hours_first:
            self.flush()

    def _on_day(self, token: _Token) -> None:
        if self.removing:
            self.removed += self._day_range()
            return
        self._new_days()
        joined = self.at > 0 and self.tokens[self.at - 1].kind == "LIST"
        self.loose_at = len(self.days) if self.lead_closed and self.days and not joined else self.loose_at
        self.days += self._day_range()

    def _on_all(self, token: _Token) -> None:
        self._new_days()
        self.days += list(range(7))
        self.at += 1

    def _on_weekdays(self, token: _Token) -> None:
        self._new_days()
        self.days += list(range(5))  # "en semaine", "weekdays": Monday to Friday
        self.at += 1

    def _on_part(self, token: _Token) -> None:
        if self.removing and self.removed:  # "sauf jeudi après-midi": the morning's hours are not guessed
            raise HoursRefused("part_of_day", token.text, tuple(self.removed))
        self.part, self.at = token.text, self.at + 1

    def _on_except(self, token: _Token) -> None:
        if not self.days:
            raise HoursRefused("unknown_word", token.text)
        self.removing, self.at = token.text, self.at + 1  # the word until its days are read

    def _add_span(self, span: Span, text: str) -> None:
        if self.lead_closed and self.loose_at:  # "Fermé dim. Mar-sam 9h-19h": the hours are Tuesday to Saturday's
            closed, opened = self.days[:self.loose_at], self.days[self.loose_at:]
            self.days = closed
            self.flush()
            self.days = opened
        if self.lead_closed:
            raise HoursRefused("unknown_word", text)
        if self.hours_first and self.days:
            self.flush()  # "9h-19h du mardi au samedi, 9h-13h le dimanche": the next hours start a new group
        self.hours_first = self.hours_first or not self.days
        self.spans.append(span)
        self.assigned, self.removing = True, ""

    def _on_time(self, token: _Token) -> None:
        dash, end = self.peek(1), self.peek(2)
        joined = dash and (dash.kind == "DASH" or dash.text == "/")  # "9h/19h" as much as "9h-19h"
        if not (joined and end and end.kind == "TIME"):
            raise HoursRefused("unknown_word", token.text)
        try:
            opens, closes = range_minutes(token.value, end.value)
        except AmbiguousHour:
            raise HoursRefused("ambiguous_hour", f"{token.text}{dash.text}{end.text}") from None
        opens = 0 if opens == DAY_END else opens
        self._add_span(Span(opens, night_end(opens, closes)), token.text)  # "18h-2h" closes after midnight
        self.at += 3

    def _on_allday(self, token: _Token) -> None:
        self._add_span(Span(0, DAY_END), token.text)
        self.at += 1

    def _on_closed(self, token: _Token) -> None:
        self.at += 1
        if self.days and not self.assigned:
            self.closed = self.assigned = True
            return
        self.flush()
        self.closed = self.assigned = self.lead_closed = True

    def _on_dash(self, token: _Token) -> None:
        raise HoursRefused("unknown_word", token.text)

    def _on_list(self, token: _Token) -> None:
        self.at += 1

    def _on_break(self, token: _Token) -> None:
        self.at += 1
        if self.lead_closed and token.text == "," and self.days:
            return  # "Fermé dimanche, lundi. Mardi-samedi 9h-19h": the list of closed days goes on to the full stop
        if self.lead_closed or (self.hours_first and self.days) or (self.removing and self.assigned):
            self.flush()


def parse_hours(text: str) -> OpeningHours:
    """The week read from `text`; HoursRefused (with a code) when any part cannot be read.

    A group for the whole week ("tous les jours", "lun–dim", "daily") gives way to a group naming a day,
    written before or after it: "tous les jours 8h-20h, dimanche fermé"."""
    return parse_hours_named(text)[0]


def parse_hours_named(text: str) -> tuple[OpeningHours, frozenset[int]]:
    """The week read from `text` and the weekdays the text spoke of (open or closed); the others it left out."""
    if not text.strip():
        raise HoursRefused("empty")
    week: list[tuple[Span, ...] | None] = [None] * 7
    named: set[int] = set()
    reader = _Reader(_tokens(_without_notes(text)))
    for days, spans, whole_week in sorted(reader.read(), key=lambda group: group[2]):
        for day in days:
            if week[day] is not None and whole_week and day in named:
                continue
            if week[day] is not None:
                raise HoursRefused("day_twice", days=(day,))
            ordered = tuple(sorted(spans))
            if (problem := day_problem(ordered)) is not None:
                raise HoursRefused(problem, days=(day,))
            week[day] = ordered
            named.update(() if whole_week else (day,))
    if not any(week):
        raise HoursRefused("no_opening")  # only closed days: the rest of the week is unknown
    spoken = frozenset(day for day in range(7) if week[day] is not None) | reader.excepted  # "sauf" days: closed
    return OpeningHours(tuple(day or () for day in week)), spoken
