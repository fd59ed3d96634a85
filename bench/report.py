"""The benchmark table: one row per figure (value, baseline, ratio, target, verdict), as text and Markdown."""

from dataclasses import dataclass

HEADERS = ("Figure", "Measured", "Baseline", "Ratio", "Target", "Result")


def amount(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.2f} s" if value >= 0.1 else f"{value * 1000:.1f} ms"
    digits = 0 if value >= 100 else 1
    return f"{value:.{digits}f} {unit}"


@dataclass
class Row:
    figure: str
    measured: str
    baseline: str
    ratio: str
    target: str
    result: str

    @classmethod
    def by_ratio(cls, figure, value, base, unit, max_ratio, base_label, extra: str | None = None) -> "Row":
        """A figure judged by its ratio to the baseline (no target: reported only)."""
        ratio = value / base if base else None
        verdict = "—" if max_ratio is None or ratio is None else ("pass" if ratio <= max_ratio else "fail")
        measured = amount(value, unit) + (f" ({extra})" if extra else "")
        return cls(figure, measured, f"{amount(base, unit)} ({base_label})", _times(ratio),
                   f"≤ {max_ratio}×" if max_ratio else "—", verdict)

    @classmethod
    def by_limit(cls, figure, value, base, unit, limit, base_label) -> "Row":
        """A figure judged against an absolute limit; the baseline ratio shows how it scales."""
        ratio = value / base if base else None
        return cls(figure, amount(value, unit), f"{amount(base, unit)} ({base_label})", _times(ratio),
                   f"< {limit:g} {unit}", "pass" if value < limit else "fail")

    @classmethod
    def for_headless(cls, figure, value, base, qt_loaded: bool) -> "Row":
        ratio = value / base if base else None
        return cls(figure, amount(value, "ms") + (" (loads Qt)" if qt_loaded else ""),
                   f"{amount(base, 'ms')} (python -c pass)", _times(ratio), "no Qt",
                   "fail" if qt_loaded else "pass")

    @classmethod
    def missing(cls, figure, result: dict) -> "Row":
        text = "n/a (not built)" if "na" in result else f"error: {result.get('error', 'no figure')}"[:140]
        return cls(figure, text, "—", "—", "—", "n/a")

    def cells(self) -> tuple[str, ...]:
        return (self.figure, self.measured, self.baseline, self.ratio, self.target, self.result)


def _times(ratio: float | None) -> str:
    return "—" if ratio is None else f"{ratio:.2f}×"


def render_table(rows: list[Row]) -> str:
    table = [HEADERS] + [row.cells() for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(HEADERS))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip() for line in table]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def markdown_table(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in row.cells()) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(rows: list[Row], notes: list[str], context: dict) -> str:
    data = context["data"]
    machine = "\n".join(f"- {key}: {value}" for key, value in context["machine"].items())
    notes_text = "\n".join(f"- {note}" for note in notes)
    return f"""# SocialDesk benchmarks

Measured {context['when']} by `make bench` in {context['seconds']:.0f} s, on {context['source']}.
Start-up figures are medians of {context['runs']} runs in separate processes after one warm-up
run; the others are medians of the runs noted below. Ratios are against a baseline measured in
the same run.

{markdown_table(rows)}

## Machine

{machine}
- Load average (1, 5, 15 min): {context['load']}.

The machine is shared: other engineers' builds and tests may be running, so absolute times
are noisy; start-up and headless runs interleave the app with its baseline to share the noise.

## Data

Ten-year file from `bench/make_data.py` (seed {data['seed']}, anchored on {data['today']}):
{data['posts']} posts from {data['first_week']} to {data['last_week']}, {data['ticks']} checklist ticks
over 520 weeks, {data['listings']} listings, {data['strategy']} strategy versions, {data['bytes'] / 1024 / 1024:.1f} MiB.

## How each figure is taken

- Start-up: from just before the fork to the first paint of the main window. With
  `SOCIALDESK_BENCH_FIRST_PAINT` set the app prints `time.monotonic_ns()` and its peak RSS
  (`ru_maxrss`) once the event loop is free after that paint, then quits;
  `bench/bare_window.py`, a QMainWindow with four empty tabs, does the same; so does
  `bench/page_widgets.py`, the bare window with the Qt widgets the app's first frame shows on that
  tab (counted in the real window), in Fusion, without any SocialDesk code: what Qt alone needs
  to show that page, a bound the app cannot go under. Its floor (`--floor`) adds what the app must
  do before that paint whatever its code: name PySide6's `Qt` namespace (its 90-odd enum classes
  are made at first touch) and check the data file (`PRAGMA quick_check`). The first open
  of a day also makes the day's backup (right after the first paint); it is timed apart,
  with the backups removed before each of those runs.
- Children run from cached bytecode as an installed app does (a private PYTHONPYCACHEPREFIX;
  the development session sets PYTHONDONTWRITEBYTECODE, which would recompile every module).
- In-window figures drive the real main window offscreen with QTest clicks and keys, and
  time until Qt has processed the resulting layout and paint events.
{notes_text}
"""
