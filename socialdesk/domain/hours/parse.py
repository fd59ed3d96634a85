"""Reads opening hours as owners type them in French or English; refuses what it cannot read."""

import re
import unicodedata
from dataclasses import dataclass

from socialdesk.domain.hours.model import DAY_END, OpeningHours, Span, day_problem

_DAYS = {
    0: "lundis?|lun|mondays?|mon", 1: "mardis?|mar|tuesdays?|tues|tue", 2: "mercredis?|mer|wednesdays?|weds|wed",
    3: "jeudis?|jeu|thursdays?|thurs|thur|thu", 4: "vendredis?|ven|fridays?|fri",
    5: "samedis?|sam|saturdays?|sat", 6: "dimanches?|dim|sundays?|sun",
}
_TOKENS = [
    ("ALL", r"tous les jours|tlj|7\s*j\s*/\s*7|7\s*/\s*7|daily|every\s*day|7 days a week"),
    ("TIME", r"(?P<h>\d{1,2})(?:\s*(?P<sep>h|:|\.)\s*(?P<m>\d{2})?)?\s*(?P<ap>a\.?m\.?|p\.?m\.?)?(?![\w])"),
    ("NOON", r"\b(?:midi|noon)\b"),
    ("MIDNIGHT", r"\b(?:minuit|midnight)\b"),
    ("CLOSED", r"\b(?:fermee?s?|closed)\b"),
    *[(f"DAY{n}", rf"\b(?:{words})\b\.?") for n, words in _DAYS.items()],
    ("DASH", r"[-–—‑]|\b(?:to|a|au|until|till|jusqu ?a|through|thru)\b"),
    ("LIST", r"[&/+]|\b(?:et|and)\b"),
    ("BREAK", r"[,;|\n]"),
    ("SKIP", r"\b(?:de|du|des|le|la|les|l|from|on|the|open|ouvert|s)\b|[\s'’:.()]+"),
]
_SCANNER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in _TOKENS))


class HoursRefused(ValueError):
    """What could not be read: a code (unknown_word, no_days, days_without_hours, day_twice,
    too_many_ranges, ends_before_start, out_of_day, ranges_overlap, empty, no_opening) and the words concerned."""

    def __init__(self, code: str, words: str = "", days: tuple[int, ...] = ()):
        super().__init__(f"{code}: {words} {days}")
        self.code, self.words, self.days = code, words, days


@dataclass
class _Token:
    kind: str
    value: object
    text: str


def _fold(text: str) -> str:
    """Lower case without accents, one character for one (positions kept for the refusal's words)."""
    return "".join((unicodedata.normalize("NFKD", c)[:1] or c).lower() for c in text)


def _minutes(match: re.Match, text: str) -> int:
    hour, minute, ap = int(match["h"]), int(match["m"] or 0), (match["ap"] or "").replace(".", "")
    if ap and not 1 <= hour <= 12 or minute > 59 or hour > 24:
        raise HoursRefused("out_of_day", text)
    if ap:
        hour = hour % 12 + (12 if ap == "pm" else 0)
    return hour * 60 + minute


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
            found.append(_Token("TIME", _minutes(match, text), text))
        elif kind in ("NOON", "MIDNIGHT"):
            found.append(_Token("TIME", 12 * 60 if kind == "NOON" else DAY_END, text))
        elif kind.startswith("DAY"):
            found.append(_Token("DAY", int(kind[3:]), text))
        elif kind != "SKIP":
            found.append(_Token(kind, None, text))
        at = match.end()
    return found


class _Reader:
    def __init__(self, tokens: list[_Token]):
        self.tokens, self.at = tokens, 0
        self.groups: list[tuple[list[int], list[Span]]] = []
        self.days: list[int] = []
        self.spans: list[Span] = []
        self.assigned = self.closed = self.lead_closed = False

    def peek(self, ahead: int = 0) -> _Token | None:
        index = self.at + ahead
        return self.tokens[index] if index < len(self.tokens) else None

    def flush(self) -> None:
        if self.days:
            if not self.assigned and not self.closed:
                raise HoursRefused("days_without_hours", days=tuple(self.days))
            self.groups.append((self.days, [] if self.closed else self.spans))
        elif self.spans:
            raise HoursRefused("no_days")
        self.days, self.spans = [], []
        self.assigned = self.closed = self.lead_closed = False

    def read(self) -> list[tuple[list[int], list[Span]]]:
        while (token := self.peek()) is not None:
            getattr(self, f"_on_{token.kind.lower()}")(token)
        self.flush()
        return self.groups

    def _on_day(self, token: _Token) -> None:
        if self.assigned and not self.lead_closed:
            self.flush()
        first = last = token.value
        self.at += 1
        if self.peek() and self.peek().kind == "DASH" and self.peek(1) and self.peek(1).kind == "DAY":
            last = self.peek(1).value
            self.at += 2
        count = (last - first) % 7 + 1
        self.days += [(first + n) % 7 for n in range(count)]

    def _on_all(self, token: _Token) -> None:
        if self.assigned and not self.lead_closed:
            self.flush()
        self.days += list(range(7))
        self.at += 1

    def _on_time(self, token: _Token) -> None:
        if self.lead_closed:
            raise HoursRefused("unknown_word", token.text)
        dash, end = self.peek(1), self.peek(2)
        if not (dash and dash.kind == "DASH" and end and end.kind == "TIME"):
            raise HoursRefused("unknown_word", token.text)
        if not self.days:
            raise HoursRefused("no_days", token.text)
        stop = DAY_END if end.value == 0 else end.value
        self.spans.append(Span(0 if token.value == DAY_END else token.value, stop))
        self.assigned, self.at = True, self.at + 3

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
        if self.lead_closed:
            self.flush()


def parse_hours(text: str) -> OpeningHours:
    """The week read from `text`; HoursRefused (with a code) when any part cannot be read."""
    if not text.strip():
        raise HoursRefused("empty")
    week: list[tuple[Span, ...] | None] = [None] * 7
    for days, spans in _Reader(_tokens(text)).read():
        for day in days:
            if week[day] is not None:
                raise HoursRefused("day_twice", days=(day,))
            ordered = tuple(sorted(spans))
            if (problem := day_problem(ordered)) is not None:
                raise HoursRefused(problem, days=(day,))
            week[day] = ordered
    if not any(week):
        raise HoursRefused("no_opening")  # only closed days: the rest of the week is unknown
    return OpeningHours(tuple(day or () for day in week))
