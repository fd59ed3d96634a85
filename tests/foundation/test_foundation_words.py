"""Translated sentences are filled in one pass: what the owner typed is printed as typed (issue 13)."""

import re
from pathlib import Path

from socialdesk.ui.common.words import fill

PACKAGE = Path(__file__).resolve().parents[2] / "socialdesk"


def test_markers_take_their_values():
    assert fill("Step %1 of %2", 3, "7") == "Step 3 of 7"


def test_a_marker_inside_a_value_stays_as_typed():
    assert fill("%1, by %2", "Answer 100%2 reviews %1 week", "1 March") == "Answer 100%2 reviews %1 week, by 1 March"
    assert fill("%1: %2", "50%%1", "%2%") == "50%%1: %2%"


def test_the_french_order_puts_each_value_in_its_place():
    assert fill("%2 semaines d’affilée à %1 % ou plus", "80", "4") == "4 semaines d’affilée à 80 % ou plus"


def test_percent_signs_that_are_not_markers_are_left_alone():
    assert fill("%1 % done, 100%% sure", 40) == "40 % done, 100%% sure"


def test_a_marker_without_a_value_stays_written():
    assert fill("%1 of %2", "1") == "1 of %2"
    assert fill("%10 and %1", "a") == "%10 and a"



def test_a_failed_save_names_the_file_as_the_owner_typed_it(tmp_path):
    from socialdesk.ui.common.save_guard import failed_text

    path = tmp_path / "Offer 100%2 off.pdf"
    text = failed_text(path, PermissionError(13, "Permission denied"))
    assert f"Could not write {path} (permission denied)." in text  # our words, not the system's


def test_no_chained_replace_of_markers_is_left_in_the_package():
    chained = re.compile(r"""\.replace\(\s*["']%""")  # \s also spans a line break
    found = [str(path.relative_to(PACKAGE)) for path in sorted(PACKAGE.rglob("*.py"))
             if chained.search(path.read_text(encoding="utf-8"))]
    assert found == [], "fill them with socialdesk.ui.common.words.fill: " + ", ".join(found)
