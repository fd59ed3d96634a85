"""Copies the figures table of bench/results.md (written by `make bench`) into README.md, between its markers.

    python bench/readme_table.py [--results bench/results.md] [--readme README.md]

The README keeps its own words around the table; only the lines between START and END are
replaced: the run's date and commit, then the table exactly as bench/results.md has it.
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
START = "<!-- bench table: written by bench/readme_table.py from bench/results.md -->"
END = "<!-- end of bench table -->"
HEADER = "| Figure | Measured | Baseline | Ratio | Target | Result |"
_MEASURED = re.compile(r"^Measured (\S+ \S+ UTC) by `make bench` in \S+ s, on commit (\w+)", re.MULTILINE)


class TableMissing(Exception):
    """bench/results.md or README.md is not in the shape this script writes."""


def results_table(results: str) -> list[str]:
    """The lines of the figures table: its header, its rule, one line per figure."""
    lines = results.splitlines()
    if HEADER not in lines:
        raise TableMissing("bench/results.md has no figures table")
    start = lines.index(HEADER)
    end = start
    while end < len(lines) and lines[end].startswith("|"):
        end += 1
    return lines[start:end]


def readme_block(results: str) -> str:
    measured = _MEASURED.search(results)
    when = f"Measured {measured[1]} on commit {measured[2]}" if measured else "Latest `make bench`"
    return "\n".join([START, f"{when} (details, machine and method in `bench/results.md`):", "",
                      *results_table(results), END])


def with_table(readme: str, results: str) -> str:
    if readme.count(START) != 1 or readme.count(END) != 1 or readme.index(START) > readme.index(END):
        raise TableMissing("README.md needs one pair of bench table markers")
    before, rest = readme.split(START)
    _, after = rest.split(END)
    return before + readme_block(results) + after


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=ROOT / "bench" / "results.md")
    parser.add_argument("--readme", type=Path, default=ROOT / "README.md")
    args = parser.parse_args(argv)
    try:
        text = with_table(args.readme.read_text(encoding="utf-8"), args.results.read_text(encoding="utf-8"))
    except (OSError, TableMissing) as problem:
        print(f"readme_table: {problem}", file=sys.stderr)
        return 1
    args.readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
