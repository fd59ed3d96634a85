"""A plan file is refused with its line when it is damaged, ambiguous or cut; a post's text keeps one rule."""

from datetime import date, time
from pathlib import Path

import pytest

from socialdesk.cli import main
from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage.opening import open_store
from socialdesk.ui.calendar.import_dialog import ImportDialog
from socialdesk.ui.calendar.post_dialog import PostDialog

HEADER = "date,time,networks,status,pillar,about,text,notes\r\n"


def _errors(data: bytes) -> list[tuple]:
    return [(e.line, e.problem, e.value, e.column) for e in parse_csv(data).errors]


@pytest.fixture
def shop(tmp_path) -> Path:
    path = tmp_path / "shop.sqlite3"
    open_store(path).close()
    return path


# ----- 1. a UTF-8 file with one bad byte is damaged, not Windows-1252

def test_a_utf8_file_with_one_bad_byte_is_refused_on_its_line_not_read_as_mojibake():
    data = (HEADER + "2026-11-30,,,,,,Un café crème,\r\n").encode() + b"2026-12-01,,,,,,caf\xe9 noir,\r\n"
    parsed = parse_csv(data)
    assert parsed.posts == [] and not any("Ã" in p.text for p in parsed.posts)
    assert _errors(data) == [(3, CsvProblem.DAMAGED_UTF8, "0xE9", "text")]


def test_a_genuine_excel_windows_1252_file_keeps_its_accents():
    parsed = parse_csv((HEADER + "2026-11-30,,,,,,café crème à emporter,\r\n").encode("cp1252"))
    assert parsed.errors == [] and parsed.encoding == "cp1252"
    assert parsed.posts[0].text == "café crème à emporter"


def test_a_damaged_utf8_file_is_one_line_on_stderr_naming_line_and_column(shop, tmp_path, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_bytes((HEADER + "2026-11-30,,,,,,Un café,\r\n").encode() + b"2026-12-01,,,,,,\x9d,\r\n")
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and "line 3, column text: byte 0x9D is not UTF-8" in err[0]


# ----- 2. a column named twice

@pytest.mark.parametrize("header, column, written", [
    ("date,time,networks,status,pillar,about,text,notes,text", "text", ""),
    ("date,time,networks,status,pillar,about,texte,notes,Text", "text", "texte, Text"),  # as the file names them
    ("date,date,time,networks,status,pillar,about,text,notes", "date", ""),
])
def test_a_column_named_twice_is_refused_by_its_name(header, column, written):
    data = (header + "\r\n2026-11-30,,,,,,a,b,c\r\n").encode()
    assert _errors(data) == [(1, CsvProblem.DUPLICATE_COLUMN, column, written)]
    assert parse_csv(data).posts == []


# ----- 3. Excel's seconds

def test_excel_times_with_zero_seconds_are_read_to_the_minute():
    parsed = parse_csv((HEADER + "2026-11-30,09:30:00,,,,,a,\r\n2026-12-01,9:05:00,,,,,b,\r\n").encode())
    assert parsed.errors == [] and [p.time for p in parsed.posts] == [time(9, 30), time(9, 5)]


@pytest.mark.parametrize("cell", ["09:30:15", "23:59:59"])
def test_a_time_with_seconds_other_than_00_is_refused_on_its_line(cell):
    data = (HEADER + f"2026-11-30,10:00,,,,,a,\r\n2026-12-01,{cell},,,,,b,\r\n").encode()
    assert _errors(data) == [(3, CsvProblem.TIME_WITH_SECONDS, cell, "")]


# ----- 4. a quote never closed

def test_a_quote_never_closed_is_refused_on_the_line_it_opened():
    data = (HEADER + "2026-11-30,,,,,,ok,\r\n2026-12-01,,,,,,\"Soldes,\r\n2026-12-02,,,,,,x,\r\n"
            "2026-12-03,,,,,,y,\r\n").encode()
    parsed = parse_csv(data)
    assert [(e.line, e.problem) for e in parsed.errors] == [(3, CsvProblem.UNCLOSED_QUOTE)]


@pytest.mark.parametrize("cell", ['"Ligne 1\r\nLigne 2"', '"Il dit ""bonjour"""', 'a"b', '"fin"x', '""'])
def test_quotes_that_close_are_not_taken_for_an_open_one(cell):
    parsed = parse_csv((HEADER + f"2026-11-30,,,,,,{cell},\r\n2026-12-01,,,,,,y,\r\n").encode())
    assert parsed.errors == [] and len(parsed.posts) == 2


def test_an_unclosed_quote_in_the_last_cell_of_the_file_is_found():
    assert _errors((HEADER + '2026-11-30,,,,,,a,"note').encode()) == [(2, CsvProblem.UNCLOSED_QUOTE, "", "")]


# ----- 5. control characters and blank text

def test_invisible_controls_are_removed_and_counted_once_per_cell():
    data = (HEADER + "2026-11-30,,,,,,pa\x00in\x1b\x7f,\x9bnote\u009f\r\n"
            "2026-12-01,,,,,,\"a\r\nb\rc\td\",\r\n").encode()
    parsed = parse_csv(data)
    assert parsed.errors == [] and parsed.cleaned == 2
    assert [(p.text, p.notes) for p in parsed.posts] == [("pain", "note"), ("a\nb\nc\td", "")]


def test_blank_or_invisible_text_is_empty_text_as_in_the_editor():
    parsed = parse_csv((HEADER + "2026-11-30,,,,,,   ,\r\n2026-12-01,,,,,,,\r\n,,,,,,\x00\x1b,\r\n").encode())
    assert parsed.errors == [] and [(p.day, p.text) for p in parsed.posts] == [
        (date(2026, 11, 30), ""), (date(2026, 12, 1), "")]  # the third line held nothing visible


def test_the_command_line_says_how_many_cells_were_cleaned_in_one_line(shop, tmp_path, capsys):
    plan = tmp_path / "plan.csv"
    plan.write_bytes((HEADER + "2026-11-30,,,,,,pa\x00in,\x1bnote\r\n2026-12-01,,,,,,ok,\r\n").encode())
    assert main(["import", "csv", str(plan), "--db", str(shop)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.splitlines() == [
        "2 posts imported from plan.csv; invisible control characters were removed from 2 cells"]
    store = open_store(shop)
    try:
        assert sorted((p.text, p.notes) for p in store.calendar.all_posts()) == [("ok", ""), ("pain", "note")]
    finally:
        store.close()


def test_the_import_preview_says_how_many_cells_were_cleaned(qtbot):
    parsed = parse_csv((HEADER + "2026-11-30,,,,,,pa\x00in,\r\n").encode())
    dialog = ImportDialog(None, parsed, "plan.csv")
    qtbot.addWidget(dialog)
    assert "removed from 1 cell" in dialog.summary.text()


def test_the_post_editor_keeps_the_same_rule(qtbot, store):
    dialog = PostDialog(None, Post(day=date(2026, 12, 5), status=PostStatus.PLANNED), store, None, True, clock=fixed_clock(date(2026, 11, 26)))
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("Soldes\x00 d'hiver\x1b\u009b")
    dialog.notes_edit.setPlainText("  \t ")
    post = dialog.post()
    assert (post.text, post.notes) == ("Soldes d'hiver", "")


def test_a_post_stored_by_any_door_keeps_the_rule(store):
    post = Post(day=date(2026, 12, 5), text="a\x1bb\r\nc\rd", notes="\x00", variants={"x": "\x07"},
                networks=("x",), status=PostStatus.PLANNED)
    store.calendar.add(post)
    back = store.calendar.get(post.id)
    assert (back.text, back.notes, back.variants) == ("ab\nc\nd", "", {})
