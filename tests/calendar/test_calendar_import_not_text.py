"""A file that is not text at all (an image, random bytes) is said to be not text, and a problem's words never
quote a file's junk: control characters shown as "�", 40 characters at most (attack 34b, F1: random bytes were
"damaged UTF-8" with 150 characters of binary echoed as a column's name)."""

import random

import pytest

from socialdesk.cli import main
from socialdesk.domain.calendar.csv_format import parse_csv
from socialdesk.domain.calendar.csv_problems import CsvError, CsvProblem
from socialdesk.domain.quoting import quoted
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.problem_labels import csv_error_text

HEADER = "date,time,networks,status,pillar,about,text,notes"


@pytest.mark.parametrize("seed", range(8))
def test_random_bytes_are_not_text(seed):
    junk = random.Random(seed).randbytes(5000)
    assert [error.problem for error in parse_csv(junk).errors] == [CsvProblem.NOT_TEXT]


def test_a_png_named_csv_is_not_text():
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert [error.problem for error in parse_csv(png).errors] == [CsvProblem.NOT_TEXT]


def test_a_plan_with_a_few_control_characters_in_its_cells_is_still_read():
    plan = f"{HEADER}\r\n2026-12-07,09:00,instagram,planned,,,Pain\x00 au\x07 levain\x1b,\r\n".encode()
    parsed = parse_csv(plan)
    assert parsed.errors == [] and parsed.posts[0].text == "Pain au levain"


def test_quoted_words_are_one_short_readable_line():
    assert quoted("a\x00b\x1f") == "a\ufffdb\ufffd"
    assert quoted("x" * 200) == "x" * 39 + "…"
    assert quoted("Crème brûlée") == "Crème brûlée"


def test_the_window_and_the_command_quote_a_long_junk_value_briefly(tmp_path, capsys):
    error = CsvError(3, CsvProblem.BAD_DATE, "\x00" * 64 + "z" * 100, "date\x01" * 20)
    text = csv_error_text(error)
    assert "\x00" not in text and "\x01" not in text and len(text) < 200
    plan = tmp_path / "plan.csv"
    plan.write_bytes(f"{HEADER}\r\n{'9' * 300},09:00,instagram,planned,,,Pain,\r\n".encode())
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    assert main(["import", "csv", str(plan), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "9" * 39 + "…" in err and "9" * 41 not in err
