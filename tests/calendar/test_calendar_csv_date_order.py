"""A plan file's slashed dates are read one way for the whole file: US Excel's 12/1/2026 is 1 December."""

import csv
import io
from datetime import date

import pytest
from PySide6.QtWidgets import QDialog

from socialdesk.cli import main
from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.storage import open_store
from socialdesk.ui.calendar.import_dialog import ImportDialog
from socialdesk.ui.i18n import install_translators

EN = ["date", "time", "networks", "status", "pillar", "about", "text", "notes"]
FR = ["date", "heure", "réseaux", "statut", "thème", "sujet", "texte", "notes"]


def _us_file(path, days, header=EN):
    """What US Excel saves: m/d/yyyy without leading zeros, written by Python's csv."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    for n, day in enumerate(days):
        writer.writerow([day, "", "", "", "", "", f"Post {n}", ""])
    path.write_bytes(out.getvalue().encode())
    return path


DECEMBER = [f"12/{d}/2026" for d in range(1, 9)]


def _import_in_window(tab, path, monkeypatch):
    said = []

    def answer(dialog):
        said.append(dialog.summary.text())
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(tab.files, "ask_open_path", lambda: path)
    monkeypatch.setattr(ImportDialog, "exec", answer)
    tab.files.import_csv()
    return said[0]


def test_a_us_excel_file_lands_in_december_and_the_preview_says_month_day(tab, store, tmp_path, monkeypatch):
    install_translators("en")  # the window in English, whatever an earlier test left
    summary = _import_in_window(tab, _us_file(tmp_path / "plan.csv", DECEMBER), monkeypatch)
    assert sorted(p.day for p in store.calendar.all_posts()) == [date(2026, 12, d) for d in range(1, 9)]
    assert "read as month/day" in summary, summary


def test_the_command_line_reads_a_us_file_as_month_day_and_says_so(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    assert main(["import", "csv", str(_us_file(tmp_path / "plan.csv", DECEMBER)), "--db", str(db)]) == 0
    assert "dates read as month/day" in capsys.readouterr().out
    store = open_store(db)
    assert sorted(p.day for p in store.calendar.all_posts()) == [date(2026, 12, d) for d in range(1, 9)]
    store.close()


@pytest.mark.parametrize("days, header, expected, guessed", [
    (["12/1/2026", "12/25/2026"], FR, [date(2026, 12, 1), date(2026, 12, 25)], ""),  # a 25 second: month first
    (["1/12/2026", "25/12/2026"], EN, [date(2026, 12, 1), date(2026, 12, 25)], ""),  # a 25 first: day first
    (["1/12/2026", "2/12/2026"], FR, [date(2026, 12, 1), date(2026, 12, 2)], "day/month"),
    (["2026-12-01", "2026-12-02"], EN, [date(2026, 12, 1), date(2026, 12, 2)], ""),  # ISO is never a guess
])
def test_the_order_is_decided_for_the_whole_file(tmp_path, days, header, expected, guessed):
    parsed = parse_csv(_us_file(tmp_path / "p.csv", days, header).read_bytes())
    assert parsed.errors == [] and [p.day for p in parsed.posts] == expected
    assert parsed.dates_guessed == guessed


def test_a_file_mixing_both_orders_is_refused(tmp_path, capsys):
    path = _us_file(tmp_path / "plan.csv", ["25/12/2026", "12/1/2026", "12/31/2026"])
    parsed = parse_csv(path.read_bytes())
    assert parsed.posts == [] and [(e.line, e.problem) for e in parsed.errors] == [(4, CsvProblem.MIXED_DATE_ORDER)]
    db = tmp_path / "shop.sqlite3"
    open_store(db).close()
    assert main(["import", "csv", str(path), "--db", str(db)]) == 2
    assert "both day first and month first (25/12/2026 / 12/31/2026)" in capsys.readouterr().err


@pytest.mark.parametrize("days, delimiter, expected", [
    (["01/12/2026", "02/12/2026"], ",", [date(2026, 12, 1), date(2026, 12, 2)]),  # UK Excel's dd/mm/yyyy
    (["1/12/2026", "2/12/2026"], ";", [date(2026, 12, 1), date(2026, 12, 2)]),  # `;`: a French Excel's save
    (["12/1/2026", "12/2/2026"], ",", [date(2026, 12, 1), date(2026, 12, 2)]),  # US Excel's m/d/yyyy
])
def test_an_english_export_saved_again_by_uk_or_french_excel_keeps_its_days(tmp_path, days, delimiter, expected):
    """Our export writes 2026-12-01; a UK or French Excel saves it back as 01/12/2026 under the English headers."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(EN)
    for n, day in enumerate(days):
        writer.writerow([day, "09:30", "instagram", "planned", "", "", f"Post {n}", ""])
    parsed = parse_csv(out.getvalue().encode())
    assert parsed.errors == [] and [p.day for p in parsed.posts] == expected
    assert parsed.dates_guessed == ("month/day" if days[0].startswith("12/") else "day/month")
