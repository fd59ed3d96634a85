"""Opening hours written out in French or English, as a shop's door or listing shows them."""

from socialdesk.domain.hours.model import DAY_END, OpeningHours, Span

NBSP, NNBSP = "\u00a0", "\u202f"
_DAYS = {"fr": ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
         "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")}
_CLOSED = {"fr": "fermé", "en": "closed"}
_ALL_DAY = {"fr": f"ouvert 24{NBSP}h/24", "en": "open 24 hours"}  # not « 0 h–24 h » / "12am–midnight"
_BETWEEN_GROUPS = {"fr": f"{NNBSP}; ", "en": "; "}


def time_text(minutes: int, language: str) -> str:
    """« 18 h », "6pm"; an end after midnight (26:00) is said as the clock shows it: « 2 h », "2am"."""
    minutes = minutes - DAY_END if minutes > DAY_END else minutes
    hour, minute = divmod(minutes, 60)
    if language == "fr":
        return f"{hour}{NBSP}h" + (f"{NBSP}{minute:02d}" if minute else "")
    if minutes == DAY_END:
        return "midnight"
    if minutes == 12 * 60:
        return "noon"
    suffix = "am" if hour < 12 else "pm"
    shown = hour % 12 or 12
    return f"{shown}:{minute:02d}{suffix}" if minute else f"{shown}{suffix}"


def spans_text(spans: tuple[Span, ...], language: str) -> str:
    if not spans:
        return _CLOSED[_lang(language)]
    if spans == (Span(0, DAY_END),):
        return _ALL_DAY[_lang(language)]
    return ", ".join(f"{time_text(s.start, _lang(language))}–{time_text(s.end, _lang(language))}" for s in spans)


def group_separator(language: str) -> str:
    """What goes between two groups of days written out: « ; » (its thin space before) / "; "."""
    return _BETWEEN_GROUPS[_lang(language)]


def open_phrase(spans: tuple[Span, ...], language: str) -> str:
    """« de 8 h à 13 h », « de 9 h à 12 h et de 14 h à 19 h » / "8am–1pm", "9am–noon and 2pm–7pm"."""
    lang = _lang(language)
    if lang == "fr":
        return " et ".join(f"de {time_text(s.start, lang)} à {time_text(s.end, lang)}" for s in spans)
    return " and ".join(f"{time_text(s.start, lang)}–{time_text(s.end, lang)}" for s in spans)


def _lang(language: str) -> str:
    return "fr" if language.startswith("fr") else "en"


def day_name(weekday: int, language: str) -> str:
    return _DAYS[_lang(language)][weekday]


def _runs(hours: OpeningHours) -> list[tuple[int, int]]:
    """(first, last) weekdays of each run of consecutive days with the same hours."""
    runs: list[tuple[int, int]] = []
    for day in range(7):
        if runs and hours.week[runs[-1][1]] == hours.week[day]:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def format_hours(hours: OpeningHours, language: str, separator: str | None = None) -> str:
    """« mar.–sam. 7 h–19 h 30 ; dim. 7 h–13 h ; lun. fermé » / "Tue–Sat 7am–7:30pm; …"; the closed days last."""
    lang = _lang(language)
    opened, closed = [], []
    for first, last in _runs(hours):
        days = day_name(first, lang) + (f"–{day_name(last, lang)}" if last > first else "")
        spans = hours.week[first]
        if spans:
            opened.append(f"{days} {spans_text(spans, lang)}")
        else:
            closed.append(days)
    if closed:
        opened.append(f"{', '.join(closed)} {_CLOSED[lang]}")
    return (separator if separator is not None else group_separator(lang)).join(opened)
