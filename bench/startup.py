"""Start-up to first paint and peak memory: the real app against a bare Qt window, interleaved.

The ten-year file opens on its first tab (strategy); the owner's window reopens on the tab
last used, so the same file is also timed with each other tab as the last one used.
"""

import shutil
from pathlib import Path

from report import Row
from timing import PYTHON, ROOT, VENV_BIN, median, run_child

MARKER = "first-paint"
LAST_TABS = ((1, "calendar"), (2, "checklist"), (3, "local presence"))
# bench/page_widgets.py's page for each start-up figure: the same Qt widgets in a bare window, no SocialDesk code
PAGES = {"app": "strategy", "calendar": "calendar", "checklist": "checklist", "local presence": "presence"}


def tab_copies(data: Path, work: Path) -> dict[str, Path]:
    """A copy of the data file per other tab, each remembering that tab as the last one used."""
    from socialdesk.storage import open_store

    copies = {}
    for index, name in LAST_TABS:
        folder = work / f"last-tab-{index}"
        folder.mkdir()
        copy = folder / data.name
        shutil.copy2(data, copy)
        store = open_store(copy)
        store.settings.set("last_tab", index)
        store.close()
        copies[name] = copy
    return copies


def _timed(command: list[str], env: dict):
    run = run_child(command, env, MARKER)
    if run.elapsed_ms is None:
        raise RuntimeError(f"{command[-1]} never painted: {run.stderr.strip()[-300:]}")
    return run


def _app(path: Path) -> list[str]:
    return [str(VENV_BIN / "socialdesk"), "--db", str(path)]


def measure(data: Path, copies: dict[str, Path], env: dict, runs: int) -> dict[str, list]:
    """Interleaved rounds (bare window, app, first open of a day, app on each other tab, each tab's widgets alone
    and with the floor's two musts: PySide's Qt namespace and the data file's check)."""
    app_env = dict(env, SOCIALDESK_BENCH_FIRST_PAINT="1")
    backups = data.parent / "backups"
    samples: dict[str, list] = {"bare": [], "bare with Qt": [], "app": [], "first of day": [],
                                **{name: [] for name in copies}, **{f"widgets {name}": [] for name in PAGES},
                                **{f"floor {name}": [] for name in PAGES}}
    samples["backed up"] = []
    for number in range(runs + 1):  # the first round warms the disk cache and makes the day's backups
        runs_now = {"bare": _timed([PYTHON, str(ROOT / "bench" / "bare_window.py")], env),
                    "bare with Qt": _timed([PYTHON, str(ROOT / "bench" / "bare_window.py"), "--qt-namespace"], env),
                    "app": _timed(_app(data), app_env)}
        shutil.rmtree(backups, ignore_errors=True)  # as on the first open of a day
        runs_now["first of day"] = _timed(_app(data), app_env)
        backed_up = len(list(backups.glob("*.sqlite3"))) == 1
        for name, copy in copies.items():
            runs_now[name] = _timed(_app(copy), app_env)
        for name, page in PAGES.items():
            widgets = [PYTHON, str(ROOT / "bench" / "page_widgets.py"), page]
            runs_now[f"widgets {name}"] = _timed(widgets, env)
            runs_now[f"floor {name}"] = _timed([*widgets, "--floor", str(copies.get(name, data))], env)
        if number:
            for key, run in runs_now.items():
                samples[key].append(run)
            samples["backed up"].append(backed_up)
    return samples


def rows(data: Path, copies: dict[str, Path], env: dict, runs: int) -> tuple[list[Row], list[str]]:
    samples = measure(data, copies, env, runs)
    ms = {key: [r.elapsed_ms for r in value] for key, value in samples.items() if key != "backed up"}
    mib = {key: [r.reported_rss_mib for r in value] for key, value in samples.items() if key != "backed up"}
    bare_ms, bare_mib = median(ms["bare"]), median(mib["bare"])
    result = [
        Row.by_ratio("Start-up to first paint (ten-year file)", median(ms["app"]), bare_ms, "ms", 1.3, "bare window"),
        _widgets_row("strategy", ms["widgets app"], bare_ms),
        _floor_row("strategy", ms["floor app"], bare_ms),
        Row.by_ratio("Bound: the bare window setting one attribute from PySide6's Qt namespace (its enums are made "
                     "at first touch)", median(ms["bare with Qt"]), bare_ms, "ms", None, "bare window"),
        Row.by_ratio("Peak memory (RSS) up to first paint", median(mib["app"]), bare_mib, "MiB", 1.3, "bare window"),
        Row.by_ratio("Start-up, first open of the day (backup due)", median(ms["first of day"]), bare_ms, "ms", 1.3,
                     "bare window"),
    ]
    for name in copies:
        result.append(Row.by_ratio(f"Start-up, {name} tab last used", median(ms[name]), bare_ms, "ms", 1.3,
                                   "bare window", extra=f"{median(mib[name]):.1f} MiB"))
        result.append(_widgets_row(name, ms[f"widgets {name}"], bare_ms))
        result.append(_floor_row(name, ms[f"floor {name}"], bare_ms))
    whole_app = median([r.peak_rss_mib for r in samples["app"]])
    whole_bare = median([r.peak_rss_mib for r in samples["bare"]])
    notes = [
        f"start-up samples (ms), app: {_spread(ms['app'])}; bare: {_spread(ms['bare'])}; first open of the day: "
        f"{_spread(ms['first of day'])}, {sum(samples['backed up'])} of {runs} of those runs left the day's "
        "backup behind",
        f"peak memory over the whole process, shutdown included (closing saves the window's state, so the "
        f"first write loads sqlite-utils): app {whole_app:.1f} MiB, bare {whole_bare:.1f} MiB "
        f"({whole_app / whole_bare:.2f}×)",
    ]
    return result, notes


def _widgets_row(name: str, values: list[float], bare_ms: float) -> Row:
    """What Qt alone needs for that tab's first page (bench/page_widgets.py): a bound, no target."""
    figure = f"Bound: the {name} page's Qt widgets alone (no SocialDesk code)"
    return Row.by_ratio(figure, median(values), bare_ms, "ms", None, "bare window")


def _floor_row(name: str, values: list[float], bare_ms: float) -> Row:
    """Those widgets, PySide's Qt namespace and the file's quick_check (page_widgets.py --floor): what no SocialDesk
    could start under while it names Qt's enums and checks the file before trusting it, as the app must."""
    figure = f"Floor: the {name} page's Qt widgets, Qt's namespace and the data file's check (no SocialDesk code)"
    return Row.by_ratio(figure, median(values), bare_ms, "ms", None, "bare window")


def _spread(values: list[float]) -> str:
    return f"median {median(values):.0f}, min {min(values):.0f}, max {max(values):.0f}, n={len(values)}"
