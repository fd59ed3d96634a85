"""How costs grow with the plan: 1k, 10k (and, with SOCIALDESK_BENCH_100K=1, 100k) posts, one table.

    python bench/scaling.py [--runs 5] [--out bench/scaling.md]

Each size is built on the fly into a temporary folder (bench/make_data.py with --scale), never
committed. Per size: start-up to first paint with the calendar as the last tab (against a bare
window, interleaved), a week switch (bench/ui_probe.py), `socialdesk import csv` of the plan
into an empty file, `socialdesk export csv` and `export ics`, and `socialdesk check`: medians of
--runs separate processes, wall time and peak memory. Nothing here asserts.
"""

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_data  # noqa: E402
from timing import PYTHON, ROOT, VENV_BIN, bench_env, median, probe_json, run_child  # noqa: E402

SIZES = ((0.1, "1k"), (1.0, "10k"))
BIG = (9.8, "100k")  # 9.8: the posts and ideas stay under the CSV import's 100,000 rows
HEADERS = ("Posts", "Start-up (calendar last)", "Week switch", "Import CSV", "Export CSV", "Export .ics",
           "`check`")


def sizes() -> tuple[tuple[float, str], ...]:
    return SIZES + ((BIG,) if os.environ.get("SOCIALDESK_BENCH_100K") == "1" else ())


def _cli(*args: str) -> list[str]:
    return [str(VENV_BIN / "socialdesk"), *args]


def _timed(command: list[str], env: dict, runs: int, before=None, marker: str | None = None) -> tuple[float, float]:
    """Median wall ms and median peak RSS MiB over `runs` processes (each after `before()`, if given)."""
    times, memory = [], []
    run_child(command, env, marker, timeout=600) if before is None else None  # warm-up: bytecode, disk cache
    for _ in range(runs):
        if before is not None:
            before()
        run = run_child(command, env, marker, timeout=600)
        if run.returncode != 0 or (marker and run.elapsed_ms is None):
            raise RuntimeError(f"{' '.join(command[:3])}: exit {run.returncode}: {run.stderr.strip()[-200:]}")
        times.append(run.elapsed_ms)
        memory.append(run.peak_rss_mib)
    return median(times), median(memory)


def _startup(data: Path, env: dict, runs: int) -> tuple[float, float]:
    """App (calendar last used) and bare window, interleaved; medians in ms."""
    from socialdesk.storage import open_store

    store = open_store(data)
    store.settings.set("last_tab", 1)
    store.close()
    app_env = dict(env, SOCIALDESK_BENCH_FIRST_PAINT="1")
    app, bare = [], []
    for number in range(runs + 1):  # the first round warms the disk cache and makes the day's backup
        b = run_child([PYTHON, str(ROOT / "bench" / "bare_window.py")], env, "first-paint")
        a = run_child(_cli("--db", str(data)), app_env, "first-paint", timeout=600)
        if a.elapsed_ms is None:
            raise RuntimeError(f"the app never painted: {a.stderr.strip()[-200:]}")
        if number:
            app.append(a.elapsed_ms)
            bare.append(b.elapsed_ms)
    return median(app), median(bare)


def measure(scale: float, work: Path, env: dict, runs: int) -> dict:
    folder = work / f"scale-{scale}"
    folder.mkdir()
    data = folder / "plan.sqlite3"
    counts = make_data.build(data, scale=scale)
    result = {"posts": counts["posts"]}
    result["startup_ms"], result["bare_ms"] = _startup(data, env, runs)
    week = probe_json("week", str(data), env=env, timeout=600)
    result["week_ms"] = week.get("median_ms")
    plan_csv, plan_ics = folder / "plan.csv", folder / "plan.ics"
    result["csv"] = _timed(_cli("export", "csv", "-o", str(plan_csv), "--force", "--db", str(data)), env, runs)
    result["ics"] = _timed(_cli("export", "ics", "-o", str(plan_ics), "--force", "--db", str(data)), env, runs)
    result["check"] = _timed(_cli("check", "--db", str(data)), env, runs)
    target = folder / "import" / "empty.sqlite3"

    def fresh_target() -> None:
        shutil.rmtree(target.parent, ignore_errors=True)
        target.parent.mkdir()

    result["import"] = _timed(_cli("import", "csv", str(plan_csv), "--db", str(target)), env, runs, fresh_target)
    return result


def _ms(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms" if value >= 10 else f"{value:.1f} ms"


def _cell(pair: tuple[float, float]) -> str:
    return f"{_ms(pair[0])}, {pair[1]:.0f} MiB"


def table(results: list[dict]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for r in results:
        lines.append(f"| {r['posts']:,} | {_ms(r['startup_ms'])} ({r['startup_ms'] / r['bare_ms']:.2f}× bare) | "
                     f"{_ms(r['week_ms'])} | {_cell(r['import'])} | {_cell(r['csv'])} | {_cell(r['ics'])} | "
                     f"{_cell(r['check'])} |")
    return "\n".join(lines)


def growth(results: list[dict]) -> list[str]:
    """Per tenfold more posts: how much each cost grew (10× would be linear)."""
    notes = []
    for small, big in zip(results, results[1:]):
        factor = big["posts"] / small["posts"]
        parts = [f"start-up {big['startup_ms'] / small['startup_ms']:.2f}×"]
        if small["week_ms"] and big["week_ms"]:
            parts.append(f"week switch {big['week_ms'] / small['week_ms']:.2f}×")
        for key, label in (("import", "import"), ("csv", "CSV"), ("ics", ".ics"), ("check", "check")):
            parts.append(f"{label} {big[key][0] / small[key][0]:.2f}× (memory {big[key][1] / small[key][1]:.2f}×)")
        notes.append(f"{small['posts']:,} → {big['posts']:,} posts ({factor:.1f}× more): " + ", ".join(parts))
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "scaling.md")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="socialdesk-scaling-"))
    try:
        env = bench_env(work / "home")
        results = [measure(scale, work, env, args.runs) for scale, _ in sizes()]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    text = table(results)
    notes = growth(results)
    print(text)
    print("\n".join(notes))
    if os.environ.get("SOCIALDESK_BENCH_100K") != "1":
        notes.append("the 100k row is left out; SOCIALDESK_BENCH_100K=1 adds it (a few minutes)")
    args.out.write_text("# How costs grow with the plan\n\n`python bench/scaling.py` (part of `make bench`): medians of "
                        f"{args.runs} separate processes per cell, wall time and peak memory (RSS) of the whole "
                        "process; start-up is to first paint, with the calendar as the last tab used.\n\n"
                        f"{text}\n\n" + "\n".join(f"- {note}" for note in notes) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
