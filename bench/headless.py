"""Headless commands (`socialdesk qr`, `socialdesk export csv`) against `python -c pass`, and whether they load Qt."""

from importlib.util import find_spec
from pathlib import Path

from report import Row
from timing import PYTHON, VENV_BIN, median, run_child

QR_URL = "https://boulangerie-lea.example/avis"


def commands(data: Path, work: Path) -> list[tuple[str, str, list[str]]]:
    """(figure, module that must exist, arguments after `socialdesk`)."""
    return [
        ("`socialdesk qr URL -o code.png`", "socialdesk.headless.qr",
         ["qr", QR_URL, "-o", str(work / "code.png"), "--force"]),
        ("`socialdesk export csv` (10,000 posts)", "socialdesk.headless.plan_io",
         ["export", "csv", "-o", str(work / "plan.csv"), "--force", "--db", str(data)]),
    ]


def loads_qt(arguments: list[str], env: dict) -> bool:
    """Run the command once under -X importtime and look for PySide6 among the imports."""
    run = run_child([PYTHON, "-X", "importtime", "-m", "socialdesk", *arguments], env)
    return "PySide6" in run.stderr


def rows(data: Path, work: Path, env: dict, runs: int) -> tuple[list[Row], list[str]]:
    available = [(figure, args) for figure, module, args in commands(data, work) if find_spec(module)]
    missing = [figure for figure, module, _ in commands(data, work) if not find_spec(module)]
    baseline: list[float] = []
    samples: dict[str, list[float]] = {figure: [] for figure, _ in available}
    failures: dict[str, str] = {}
    for number in range(runs + 1):  # the first round is a warm-up
        base = run_child([PYTHON, "-c", "pass"], env)
        if number:
            baseline.append(base.elapsed_ms)
        for figure, args in available:
            run = run_child([str(VENV_BIN / "socialdesk"), *args], env)
            if run.returncode != 0:
                failures[figure] = f"exit {run.returncode}: {(run.stderr.strip().splitlines() or [''])[-1]}"
            elif number:
                samples[figure].append(run.elapsed_ms)
    base_ms = median(baseline)
    result = []
    for figure, args in available:
        if figure in failures:
            result.append(Row.missing(f"Headless {figure}", {"error": failures[figure]}))
        else:
            result.append(Row.for_headless(f"Headless {figure}", median(samples[figure]), base_ms, loads_qt(args, env)))
    result += [Row.missing(f"Headless {figure}", {"na": True}) for figure in missing]
    notes = ["headless commands: wall time of the whole process, start to exit, interleaved with "
             "`python -c pass`; Qt counted as loaded if `-X importtime` lists any PySide6 module"]
    return result, notes
