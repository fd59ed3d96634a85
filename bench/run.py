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

import headless  # noqa: E402
import machine  # noqa: E402
from report import Row, render_markdown, render_table  # noqa: E402
from timing import PYTHON, ROOT, VENV_BIN, bench_env, median, probe_json, run_child  # noqa: E402

MARKER = "first-paint"


def startup_rows(data: Path, env: dict, runs: int) -> tuple[list[Row], list[str]]:
    """First paint and peak memory: the app on the ten-year file against a bare Qt window."""
    app_env = dict(env, SOCIALDESK_BENCH_FIRST_PAINT="1")
    bare_cmd = [PYTHON, str(ROOT / "bench" / "bare_window.py")]
    app_cmd = [str(VENV_BIN / "socialdesk"), "--db", str(data)]
    backups = data.parent / "backups"
    bare, app, first_of_day = [], [], []
    backed_up = 0  # first opens of a day that did make the day's backup (after the first paint)
    for number in range(runs + 1):  # the first round warms the disk cache and makes the day's backup
        rounds = ((bare, bare_cmd, env), (app, app_cmd, app_env))
        for samples, command, child_env in rounds:
            run = run_child(command, child_env, MARKER)
            if run.elapsed_ms is None:
                raise RuntimeError(f"{command[-1]} never painted: {run.stderr.strip()[-300:]}")
            if number:
                samples.append(run)
        shutil.rmtree(backups, ignore_errors=True)  # as on the first open of a day
        run = run_child(app_cmd, app_env, MARKER)
        if number:
            first_of_day.append(run.elapsed_ms)
            backed_up += len(list(backups.glob("*.sqlite3"))) == 1
    bare_ms, app_ms = median([r.elapsed_ms for r in bare]), median([r.elapsed_ms for r in app])
    bare_mib, app_mib = median([r.reported_rss_mib for r in bare]), median([r.reported_rss_mib for r in app])
    whole_bare, whole_app = median([r.peak_rss_mib for r in bare]), median([r.peak_rss_mib for r in app])
    day_ms = median(first_of_day)
    rows = [
        Row.by_ratio("Start-up to first paint (ten-year file)", app_ms, bare_ms, "ms", 1.3, "bare window"),
        Row.by_ratio("Peak memory (RSS) up to first paint", app_mib, bare_mib, "MiB", 1.3, "bare window"),
        Row.by_ratio("Start-up, first open of the day (backup due)", day_ms, bare_ms, "ms", 1.3, "bare window"),
    ]
    notes = [f"start-up samples (ms), app: {_spread([r.elapsed_ms for r in app])}; "
             f"bare: {_spread([r.elapsed_ms for r in bare])}; first open of the day: {_spread(first_of_day)}, "
             f"{backed_up} of {len(first_of_day)} of those runs left the day's backup behind",
             f"peak memory over the whole process, shutdown included (closing saves the window's state, "
             f"the first write loads sqlite-utils): app {whole_app:.1f} MiB, bare {whole_bare:.1f} MiB "
             f"({whole_app / whole_bare:.2f}×)"]
    return rows, notes


def _spread(values: list[float]) -> str:
    return f"median {median(values):.0f}, min {min(values):.0f}, max {max(values):.0f}, n={len(values)}"


def week_rows(data: Path, empty: Path, env: dict) -> tuple[list[Row], list[str]]:
    full = probe_json("week", str(data), env=env)
    if "median_ms" not in full:
        return [Row.missing("Week switch in the calendar", full)], []
    base = probe_json("week", str(empty), env=env)
    base_median, base_p95 = base.get("median_ms"), base.get("p95_ms")
    rows = [Row.by_limit("Week switch, median", full["median_ms"], base_median, "ms", 8.0, "empty file"),
            Row.by_limit("Week switch, 95th percentile", full["p95_ms"], base_p95, "ms", 16.0, "empty file")]
    notes = [f"week switch: {full['runs']} clicks on « Previous » through {full['distinct_weeks']} weeks "
             f"holding {full['posts_in_weeks']} posts, each timed from the click until Qt has repainted"]
    return rows, notes


def tick_rows(data: Path, env: dict) -> tuple[list[Row], list[str]]:
    result = probe_json("tick", str(data), env=env)
    if "median_ms" not in result:
        return [Row.missing("Tick in the checklist", result)], []
    rows = [Row.by_ratio("Tick: click to durable commit, median", result["median_ms"], result["floor_ms"], "ms",
                      None, "bare fsync'd commit")]
    notes = [f"tick: {result['runs']} clicks, each read back from a second connection; repainted after "
             f"{result['painted_ms']:.1f} ms; the repository call alone takes {result['storage_ms']:.1f} ms"]
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
        rows, notes = [], []
        steps = [lambda: startup_rows(data, env, args.runs), lambda: week_rows(data, empty, env),
                 lambda: tick_rows(data, env), lambda: qr_rows(data, env), lambda: print_rows(data, env),
                 lambda: headless.rows(data, work, env, args.runs)]
        for step in steps:
            more_rows, more_notes = step()
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
