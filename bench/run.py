"""`make bench`: every figure as a ratio against a baseline measured in the same run, one table.

    python bench/run.py --data bench/data/ten-years.sqlite3 [--runs 10] [--out bench/results.md]

Start-up figures come from separate processes, bare window and app interleaved so that a
noisy neighbour slows both alike; the in-window figures come from bench/ui_probe.py, each in
its own process on a private copy of the ten-year file. Nothing here asserts: it measures,
prints and writes bench/results.md.
"""

import argparse
import json
import shutil
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import exports  # noqa: E402
import headless  # noqa: E402
import machine  # noqa: E402
import startup  # noqa: E402
from report import Row, render_markdown, render_table  # noqa: E402
from timing import ROOT, bench_env, probe_json  # noqa: E402


def week_rows(data: Path, empty: Path, env: dict) -> tuple[list[Row], list[str]]:
    full = probe_json("week", str(data), env=env)
    if "median_ms" not in full:
        return [Row.missing("Week switch in the calendar", full)], []
    base = probe_json("week", str(empty), env=env)
    base_median, base_p95 = base.get("median_ms"), base.get("p95_ms")
    rows = [Row.by_limit("Week switch, median", full["median_ms"], base_median, "ms", 8.0, "empty file"),
            Row.by_limit("Week switch, 95th percentile", full["p95_ms"], base_p95, "ms", 12.0, "empty file"),
            _bound_row("week", data, base_median, env)]
    notes = [f"week switch: {full['runs']} clicks on « Previous » through {full['distinct_weeks']} weeks "
             f"holding {full['posts_in_weeks']} posts, each timed from the click until Qt has repainted"]
    return rows, notes


def _bound_row(kind: str, data: Path, base_median: float | None, env: dict) -> Row:
    """The same switches with the same posts as plain items of Qt's own lists (bench/switch_widgets.py)."""
    figure = f"Bound: the same {kind}s' posts in Qt's own lists (no SocialDesk code), median"
    bound = probe_json(f"{kind}_qt", str(data), env=env)
    if "median_ms" not in bound:
        return Row.missing(figure, bound)
    return Row.by_ratio(figure, bound["median_ms"], base_median, "ms", None, "empty file")


def month_rows(data: Path, empty: Path, env: dict) -> tuple[list[Row], list[str]]:
    full = probe_json("month", str(data), env=env)
    if "median_ms" not in full:
        return [Row.missing("Month view switch (< 16 ms)", full)], []
    base = probe_json("month", str(empty), env=env)
    rows = [Row.by_limit("Month view switch, median", full["median_ms"], base.get("median_ms"), "ms", 16.0,
                         "empty file"),
            Row.by_limit("Month view switch, 95th percentile", full["p95_ms"], base.get("p95_ms"), "ms", 16.0,
                         "empty file"),
            _bound_row("month", data, base.get("median_ms"), env),
            Row.by_limit("Week → Month switch, median", full["toggle_ms"], base.get("toggle_ms"), "ms", 16.0,
                         "empty file")]
    notes = [f"month switch: {full['runs']} clicks on « Previous » in the month view through "
             f"{full['distinct_months']} months showing {full['posts_in_months']} chips in all, each timed from the "
             f"click until Qt has repainted; the session's first Week → Month click (it builds the grid) took "
             f"{full['first_toggle_ms']:.1f} ms"]
    return rows, notes


def tick_rows(data: Path, env: dict) -> tuple[list[Row], list[str]]:
    result = probe_json("tick", str(data), env=env)
    if "median_ms" not in result:
        return [Row.missing("Tick in the checklist", result)], []
    rows = [Row.by_ratio("Tick: click to durable commit, median", result["median_ms"], result["floor_ms"], "ms",
                      None, "bare fsync'd commit")]
    notes = [f"tick: {result['runs']} clicks after 3 warm-up ones, each read back from a second connection; "
             f"repainted after {result['painted_ms']:.1f} ms; the repository call alone takes "
             f"{result['storage_ms']:.1f} ms; the session's very first tick took {result['first_ms']:.1f} ms"]
    return rows, notes


def qr_rows(data: Path, env: dict) -> tuple[list[Row], list[str]]:
    result = probe_json("qr", str(data), env=env)
    if "median_ms" not in result:
        return [Row.missing("QR designer: change to verified preview", result)], []
    row = Row.by_limit("QR designer: change to verified preview, median", result["median_ms"],
                       result["floor_ms"], "ms", 50.0, "qrcode + zxing alone")
    return [row], [f"QR designer: {result['detail']}"]


def print_rows(data: Path, env: dict) -> tuple[list[Row], list[str]]:
    result = probe_json("print", str(data), env=env)
    if "jobs" not in result:
        return [Row.missing("Print QR cards to PDF", result)], []
    rows, notes = [], []
    for job in result["jobs"]:
        label = f"Print {job['label']} to PDF"
        if "A6" in job["label"]:  # issue 19: 30 A6 cards in under half a second, every code still verified
            rows.append(Row.by_limit(label, job["seconds"], job["floor_seconds"], "s", 0.5, "Qt PDF, same pages"))
        else:
            rows.append(Row.by_ratio(label, job["seconds"], job["floor_seconds"], "s", None, "Qt PDF, same pages",
                                     extra=f"{job['pages_per_second']:.1f} pages/s"))
        notes.append(f"{label}: {job['pages']} pages, {job['codes']} codes each verified at print size")
    return rows, notes


def run_all(args) -> tuple[list[Row], list[str]]:
    work = Path(tempfile.mkdtemp(prefix="socialdesk-bench-"))
    try:
        env = bench_env(work / "home")
        data = work / "ten-years" / args.data.name
        data.parent.mkdir()
        shutil.copy2(args.data, data)
        empty = work / "empty" / "empty.sqlite3"
        empty.parent.mkdir()
        from socialdesk.storage import open_store

        open_store(empty).close()
        copies = startup.tab_copies(data, work)
        rows, notes = [], []
        steps = [("Start-up", lambda: startup.rows(data, copies, env, args.runs)),
                 ("Week switch", lambda: week_rows(data, empty, env)),
                 ("Month switch", lambda: month_rows(data, empty, env)), ("Tick", lambda: tick_rows(data, env)),
                 ("QR designer", lambda: qr_rows(data, env)), ("Print", lambda: print_rows(data, env)),
                 ("Headless commands", lambda: headless.rows(data, work, env, args.runs)),
                 (".ics export", lambda: exports.rows(data, work, env, args.runs))]
        for name, step in steps:
            try:
                more_rows, more_notes = step()
            except Exception as error:  # one broken figure must not hide the others
                more_rows, more_notes = [Row.missing(name, {"error": f"{type(error).__name__}: {error}"})], []
            rows += more_rows
            notes += more_notes
        return rows, notes
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=10, help="runs per start-up figure (medians)")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results.md")
    args = parser.parse_args(argv)
    started = time.monotonic()
    load_before = machine.load_average()
    rows, notes = run_all(args)
    seconds = time.monotonic() - started
    print(render_table(rows))
    summary = json.loads(args.data.with_suffix(".json").read_text(encoding="utf-8"))
    context = {
        "when": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine.describe(), "load": f"{load_before} before, {machine.load_average()} after",
        "data": summary, "seconds": seconds, "runs": args.runs, "source": machine.source_state(ROOT),
    }
    args.out.write_text(render_markdown(rows, notes, context), encoding="utf-8")
    print(f"\n{len(rows)} figures in {seconds:.0f} s; written to {args.out.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
