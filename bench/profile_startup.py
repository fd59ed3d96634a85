"""Where start-up time goes, up to the window's first paint: cProfile, and the last-used tab's import and build.

    QT_QPA_PLATFORM=offscreen python bench/profile_startup.py DATAFILE [--top 40] [--stats out.prof]

Runs the real app in this process with SOCIALDESK_BENCH_FIRST_PAINT (it quits at first paint),
stops the profiler at that paint, and prints the costliest calls by cumulative time (ours and
the libraries', import machinery left out), then how long the last-used tab took to import
and to build. cProfile inflates small calls: use it to rank, bench/run.py for the figures.
See bench/PROFILE.md.
"""

import argparse
import cProfile
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _rows(stats: pstats.Stats, top: int) -> list[str]:
    rows = []
    for (file, line, name), (_, calls, own, total, _) in stats.stats.items():
        if "importlib" in file or file == "~":
            continue
        short = file.replace(str(ROOT) + "/", "").split("site-packages/")[-1]
        rows.append((total, own, calls, f"{short}:{line}({name})"))
    rows.sort(reverse=True)
    return [f"{t * 1000:8.1f} {o * 1000:7.1f} {c:6d}  {where}" for t, o, c, where in rows[:top]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--stats", type=Path, help="also save the raw profile (pstats format)")
    args = parser.parse_args(argv)
    os.environ["SOCIALDESK_BENCH_FIRST_PAINT"] = "1"
    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    profile = cProfile.Profile()
    profile.enable()
    import socialdesk.ui.common.first_paint as first_paint
    import socialdesk.ui.common.lazy_tab as lazy_tab

    tabs, build = [], lazy_tab.LazyTab.ensure_built

    def timed_build(tab):
        if tab.content is not None:
            return build(tab)
        begin = time.perf_counter()
        lazy_tab.load(tab.spec.factory)  # the import alone (cached for the build that follows)
        imported = time.perf_counter()
        result = build(tab)
        tabs.append((tab.spec.key, imported - begin, time.perf_counter() - imported))
        return result

    lazy_tab.LazyTab.ensure_built = timed_build
    report = first_paint._report_and_quit

    def at_first_paint():
        profile.disable()
        painted = time.perf_counter() - started
        stats = pstats.Stats(profile)
        if args.stats:
            stats.dump_stats(str(args.stats))
        print("cumulative ms, own ms, calls, where (up to the first paint)")
        print("\n".join(_rows(stats, args.top)))
        for key, imported, built in tabs:
            print(f"tab {key}: import {imported * 1000:.1f} ms, build {built * 1000:.1f} ms (profiled)")
        print(f"first paint after {painted * 1000:.0f} ms (profiled)")
        report()

    first_paint._report_and_quit = at_first_paint
    from socialdesk.app import main as app_main

    return app_main(["--db", str(args.data)])


if __name__ == "__main__":
    sys.exit(main())
