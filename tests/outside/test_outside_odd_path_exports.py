"""Exports into a folder with accents and spaces ('Élodie Dupré/OneDrive/Documents') and into a path longer
than 200 characters: CSV, .ics, the week's PDF plan, the checklist, the cards and a backup, each read back by a
reader that is not ours (csv, icalendar, pdftotext, sqlite3)."""

import csv
import io
import sqlite3
from datetime import date
from pathlib import Path

import icalendar
import pytest

from socialdesk.cli import main
from socialdesk.domain.clock import fixed_clock
from socialdesk.storage import open_store
from socialdesk.storage.demo import seed_demo

from tests.outside.readers import pdf_text

DAY = date(2026, 11, 26)
SHOP = "Boulangerie Léa"


def _odd_folder(tmp_path: Path, kind: str) -> Path:
    folder = tmp_path / "Élodie Dupré" / "OneDrive" / "Documents"
    if kind == "long":  # each name well under 255 bytes, the whole past 200 (and Windows' old 260) characters
        for part in ("Boutique de la rue des Prés — fichiers partagés avec l'équipe",
                     "Communication et réseaux sociaux — saison d'hiver 2026-2027",
                     "Exports du calendrier, cartes imprimées et sauvegardes à garder"):
            folder = folder / part
        assert len(str(folder)) > 260
    folder.mkdir(parents=True)
    return folder


@pytest.fixture(params=["accents", "long"])
def odd(tmp_path, request) -> Path:
    return _odd_folder(tmp_path, request.param)


@pytest.fixture
def shop(odd) -> Path:
    path = odd / "Boutique Léa.sqlite3"
    store = open_store(path)
    seed_demo(store, DAY)
    store.close()
    return path


def _texts(shop: Path, sql: str) -> list:
    conn = sqlite3.connect(f"{shop.as_uri()}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(sql)]
    finally:
        conn.close()


def test_csv_in_an_odd_folder_reads_back_with_pythons_csv(shop, odd):
    out = odd / "Plan de publication — décembre.csv"
    assert main(["export", "csv", "--dialect", "excel-fr", "-o", str(out), "--db", str(shop)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"), newline=""), delimiter=";"))
    header = rows[0]
    texts = [dict(zip(header, row))["text"] for row in rows[1:]]
    assert sorted(texts) == sorted(_texts(shop, "SELECT text FROM posts"))


def test_ics_in_an_odd_folder_reads_back_with_icalendar(shop, odd):
    out = odd / "Agenda de la boutique.ics"
    assert main(["export", "ics", "-o", str(out), "--db", str(shop)]) == 0
    summaries = [str(event["SUMMARY"]) for event in icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    dated = _texts(shop, "SELECT text FROM posts WHERE day IS NOT NULL")
    assert dated and all(any(text[:20] in summary for summary in summaries) for text in dated)


def test_cards_pdf_in_an_odd_folder_reads_back_with_pdftotext(shop, odd):
    out = odd / "Cartes à imprimer (comptoir).pdf"
    assert main(["print-cards", "--template", "a6", "-o", str(out), "--db", str(shop)]) == 0
    assert SHOP in pdf_text(out)


def test_a_backup_into_an_odd_chosen_folder_reads_back_with_sqlite3(shop, odd, capsys):
    chosen = odd / "Sauvegardes SocialDesk"
    chosen.mkdir()
    store = open_store(shop)
    try:
        store.settings.set("backup_folder", str(chosen))
    finally:
        store.close()
    assert main(["backup", "--db", str(shop)]) == 0
    out, err = capsys.readouterr()
    backup = Path(out.strip())
    assert "backup folder" not in err and err.count("\n") <= 1  # at most the line on OneDrive itself
    assert backup.parent == chosen and backup.is_file()
    assert _texts(backup, "PRAGMA integrity_check") == ["ok"]
    assert sorted(_texts(backup, "SELECT text FROM posts")) == sorted(_texts(shop, "SELECT text FROM posts"))


def test_the_windows_week_plan_and_checklist_pdfs_in_an_odd_folder_read_back_with_pdftotext(shop, odd, qtbot,
                                                                                          monkeypatch):
    from socialdesk.ui.calendar.tab import CalendarTab
    from socialdesk.ui.common.bus import DataBus
    from socialdesk.ui.rules.tab import RulesTab

    store = open_store(shop)
    try:
        bus, clock = DataBus(), fixed_clock(DAY)
        calendar = CalendarTab(store, bus, clock)
        qtbot.addWidget(calendar)
        calendar.go_today()
        week = odd / "Semaine du 23 novembre — plan.pdf"
        monkeypatch.setattr(calendar.files, "ask_save_path", lambda *a: week)
        calendar.files.save_pdf()
        in_week = store.calendar.posts_in_week(calendar.start)
        rules = RulesTab(store, bus, clock)
        qtbot.addWidget(rules)
        checklist = rules.save_pdf(odd / "Check-list de la semaine.pdf")
        habits = [rule.text for rule in store.rules.rules()]
    finally:
        store.close()
    plan = " ".join(pdf_text(week).split())
    assert in_week and all(" ".join(post.text.split())[:15] in plan for post in in_week)
    listed = " ".join(pdf_text(checklist).split())
    assert habits and any(" ".join(text.split())[:15] in listed for text in habits)
