"""The README's speed table is bench/results.md's table, copied by bench/readme_table.py between its markers."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import readme_table  # noqa: E402


def test_the_readme_shows_the_latest_bench_table_as_results_md_has_it():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    results = (ROOT / "bench" / "results.md").read_text(encoding="utf-8")
    table = readme_table.results_table(results)
    assert any("Week switch, median" in line for line in table)
    assert readme_table.readme_block(results) in readme  # regenerate with: python bench/readme_table.py


def test_regenerating_replaces_only_the_lines_between_the_markers(tmp_path):
    results = (ROOT / "bench" / "results.md").read_text(encoding="utf-8")
    readme = tmp_path / "README.md"
    readme.write_text(f"# Shop\n\n## Speed\n\nWords before.\n\n{readme_table.START}\n| Figure | old |\n"
                      f"{readme_table.END}\n\nWords after.\n", encoding="utf-8")
    assert readme_table.main(["--results", str(ROOT / "bench" / "results.md"), "--readme", str(readme)]) == 0
    written = readme.read_text(encoding="utf-8")
    assert written.startswith("# Shop\n\n## Speed\n\nWords before.\n\n")
    assert written.endswith("\n\nWords after.\n")
    assert "| Figure | old |" not in written
    assert "\n".join(readme_table.results_table(results)) in written


@pytest.mark.parametrize("readme_text", ["# Shop, no markers\n", f"{readme_table.END}\n{readme_table.START}\n"])
def test_a_readme_without_its_markers_is_left_alone_with_one_line_saying_why(tmp_path, capsys, readme_text):
    readme = tmp_path / "README.md"
    readme.write_text(readme_text, encoding="utf-8")
    assert readme_table.main(["--readme", str(readme)]) == 1
    assert readme.read_text(encoding="utf-8") == readme_text
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
