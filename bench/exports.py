"""The .ics export against the CSV export of the same plan (time), and its memory on 1k vs 10k posts (flat)."""

from pathlib import Path

import make_data
from report import Row
from timing import VENV_BIN, median, run_child


def _export(kind: str, data: Path, out: Path) -> list[str]:
    return [str(VENV_BIN / "socialdesk"), "export", kind, "-o", str(out), "--force", "--db", str(data)]


def _interleaved(data: Path, work: Path, env: dict, runs: int) -> dict[str, list]:
    """CSV and .ics exports of one file, alternated so that a busy neighbour slows both alike."""
    samples: dict[str, list] = {"csv": [], "ics": []}
    for number in range(runs + 1):  # the first round is a warm-up (bytecode, disk cache)
        for kind in samples:
            run = run_child(_export(kind, data, work / f"plan.{kind}"), env, timeout=600)
            if run.returncode != 0:
                raise RuntimeError(f"export {kind}: exit {run.returncode}: {run.stderr.strip()[-200:]}")
            if number:
                samples[kind].append(run)
    return samples


def rows(data: Path, work: Path, env: dict, runs: int) -> tuple[list[Row], list[str]]:
    ten = _interleaved(data, work, env, runs)
    small_data = work / "one-year" / "plan.sqlite3"
    small_data.parent.mkdir()
    counts = make_data.build(small_data, scale=0.1)
    small = _interleaved(small_data, work, env, max(3, runs // 2))
    ics_ms, csv_ms = median([r.elapsed_ms for r in ten["ics"]]), median([r.elapsed_ms for r in ten["csv"]])
    ics_mib = median([r.peak_rss_mib for r in ten["ics"]])
    small_mib = median([r.peak_rss_mib for r in small["ics"]])
    result = [
        Row.by_ratio("`export ics` of the ten-year file, time", ics_ms, csv_ms, "ms", 2.0, "`export csv`"),
        Row.by_ratio("`export ics` peak memory, ten-year file vs 1k posts", ics_mib, small_mib, "MiB", 1.2,
                     f"{counts['posts']:,} posts"),
    ]
    notes = [f".ics vs CSV: {runs} interleaved runs of each command, whole process; `export csv` peaks at "
             f"{median([r.peak_rss_mib for r in ten['csv']]):.0f} MiB on the same file; memory flat means the "
             "ten-year export needs no more than 1.2× what a 1k-post plan needs"]
    return result, notes
