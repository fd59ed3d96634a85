"""A damaged UTF-16 plan (odd last byte, half a surrogate pair) is said to be UTF-16 and damaged, on its line."""

import os
import subprocess
import sys
from datetime import date

import pytest

from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.storage.demo import build_demo_file
from socialdesk.ui.calendar.problem_labels import csv_error_text
from socialdesk.ui.i18n import install_translators

TSV = ("date\ttime\tnetworks\tstatus\tpillar\tabout\ttext\tnotes\r\n"
       "2026-12-20\t09:00\tinstagram\tplanned\t\t\tcrème\t\r\n"
       "2026-12-21\t09:00\tinstagram\tplanned\t\t\tpain\t\r\n")
LINES = TSV.encode("utf-16-le").split("\r\n".encode("utf-16-le"))
CRLF = "\r\n".encode("utf-16-le")
DAMAGED = {  # name: (bytes, the line a text editor shows the damage on)
    "odd last byte": (b"\xff\xfe" + TSV.encode("utf-16-le") + b"A", 3),
    "lone surrogate on line 2": (b"\xff\xfe" + CRLF.join([LINES[0], LINES[1] + b"\x00\xd8", *LINES[2:]]), 2),
    "no BOM, lone surrogate on line 3": (CRLF.join([*LINES[:2], LINES[2] + b"\x00\xdc", *LINES[3:]]), 3),
}
WORDS = {"en": ("UTF-16", "damaged"), "fr": ("UTF-16", "abîmé")}


@pytest.fixture(params=["en", "fr"])
def language(qapp, request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


@pytest.mark.parametrize("name", list(DAMAGED))
def test_a_damaged_utf16_plan_is_said_utf16_and_damaged_on_its_line_in_the_window(name, language):
    data, line = DAMAGED[name]
    errors = parse_csv(data).errors
    assert [(e.line, e.problem) for e in errors] == [(line, CsvProblem.DAMAGED_UTF16)]
    text = csv_error_text(errors[0])
    assert all(word in text for word in WORDS[language]) and "UTF-8" not in text and "1252" not in text, text


@pytest.mark.parametrize("name", list(DAMAGED))
def test_the_command_line_names_the_line_and_utf16(tmp_path, name):
    data, line = DAMAGED[name]
    plan, db = tmp_path / "plan.txt", tmp_path / "shop.sqlite3"
    plan.write_bytes(data)
    build_demo_file(db, date(2026, 12, 1), "en").close()
    env = {k: v for k, v in os.environ.items() if k not in ("SOCIALDESK_DB", "LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    done = subprocess.run([sys.executable, "-m", "socialdesk.cli", "import", "csv", str(plan), "--db", str(db),
                           "--lang", "en"], capture_output=True, env=env, timeout=120)
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 2 and len(lines) == 1, lines
    assert f"nothing was imported; line {line}: the file is UTF-16" in lines[0] and "damaged" in lines[0], lines
    assert "UTF-8" not in lines[0], lines
