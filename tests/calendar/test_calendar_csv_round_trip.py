"""A plan exported, edited in a spreadsheet and imported again updates its posts; French files speak French."""

import csv
import io
from datetime import date, time

import pytest
from PySide6.QtWidgets import QDialog

from socialdesk.cli import main
from socialdesk.domain.calendar.plan_words import Dialect
from socialdesk.domain.clock import fixed_clock
from socialdesk.domain.posts import Post, PostStatus
from socialdesk.storage import open_store
from socialdesk.ui.calendar.import_dialog import ImportDialog
from socialdesk.ui.calendar.tab import CalendarTab
from socialdesk.ui.i18n import install_translators


@pytest.fixture(params=["en", "fr"])
def language(qapp, request):
    install_translators(request.param)
    yield request.param
    install_translators("en")


def _plan(store):
    posts = [Post(day=date(2026, 12, 1), time=time(9, 0), networks=("instagram", "google"), text="Galette",
                  status=PostStatus.PLANNED, about="customers"),
             Post(day=date(2026, 12, 2), networks=("facebook",), text="Bûche", status=PostStatus.PUBLISHED),
             Post(networks=("facebook",), text="Idée : vitrine", status=PostStatus.IDEA, notes="à voir")]
    for post in posts:
        store.calendar.add(post)
    return posts


def _export(tab, tmp_path, monkeypatch, dialect=Dialect.EXCEL_FR):
    target = tmp_path / "plan.csv"
    monkeypatch.setattr(tab.files, "ask_csv_path", lambda: (target, dialect))
    tab.files.export_csv()
    return target


def _import(tab, path, monkeypatch, rows_too=False):
    """Through the real preview dialog, answered Import; returns what its summary said."""
    said = []

    def answer(dialog):
        table = dialog.table
        rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]
        said.append((dialog.summary.text(), rows))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(tab.files, "ask_open_path", lambda: path)
    monkeypatch.setattr(ImportDialog, "exec", answer)
    tab.files.import_csv()
    return said[0][0] if rows_too is False else said[0]


def _edit_in_spreadsheet(path, delimiter):
    """What a spreadsheet does: read the rows, change a cell, copy a row (its id too), add a row, save."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=delimiter))
    header, body = rows[0], rows[1:]
    text = header.index("texte" if "texte" in header else "text")
    galette = next(r for r in body if r[text] == "Galette")
    galette[text] = "Galette des rois, fève en porcelaine"
    copy = list(galette)
    copy[text] = "Galette, la suite"
    new = [""] * len(header)
    new[0], new[text] = "2026-12-05", "Marché de Noël"
    out = io.StringIO(newline="")
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows([header, *body, copy, new])
    path.write_bytes(out.getvalue().encode("cp1252"))  # Excel's "CSV (separator: ;)" is Windows-1252


MARKS = {"en": ("Update", "New"), "fr": ("Mise à jour", "Nouvelle")}
SAID = {"en": "In this file: 2 new, 1 updated, 2 unchanged.",
        "fr": "Dans ce fichier\u00a0: 2 nouvelles, 1 mise à jour, 2 inchangées."}


def test_an_edited_export_updates_its_posts_and_the_preview_counts_them(tab, store, bus, tmp_path, monkeypatch,
                                                                          language):
    posts = _plan(store)
    path = _export(tab, tmp_path, monkeypatch)
    _edit_in_spreadsheet(path, ";")
    published = []
    bus.changed.connect(lambda change, initiator: published.append(change))
    summary, rows = _import(tab, path, monkeypatch, rows_too=True)
    assert SAID[language] in summary, summary
    update, new = MARKS[language]
    assert [row[:2] for row in rows] == [["2", update], ["5", new], ["6", new]]  # in the file's order, each marked
    texts = sorted(p.text for p in store.calendar.all_posts())
    assert texts == sorted(["Galette des rois, fève en porcelaine", "Galette, la suite", "Bûche", "Idée : vitrine",
                            "Marché de Noël"])
    galette = store.calendar.get(posts[0].id)  # the same post, changed where it stands
    assert (galette.text, galette.uid, galette.networks) == ("Galette des rois, fève en porcelaine", posts[0].uid,
                                                             ("instagram", "google"))
    assert len(published) == 1
    tab.undo_stack.undo()
    assert store.calendar.get(posts[0].id).text == "Galette" and store.calendar.count() == 3


def test_the_same_file_again_changes_nothing(tab, store, tmp_path, monkeypatch):
    _plan(store)
    path = _export(tab, tmp_path, monkeypatch, Dialect.EXCEL)
    summary = _import(tab, path, monkeypatch)
    assert "In this file: 0 new, 0 updated, 3 unchanged." in summary
    assert store.calendar.count() == 3


def test_a_french_export_speaks_french_and_comes_back_unchanged(tab, store, tmp_path, monkeypatch, language):
    _plan(store)
    path = _export(tab, tmp_path, monkeypatch, Dialect.EXCEL_FR)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""), delimiter=";"))
    if language == "fr":
        assert list(rows[0]) == ["date", "heure", "réseaux", "statut", "thème", "sujet", "texte", "notes", "id",
                                "texte alternatif", "type google"]
        assert [(r["statut"], r["réseaux"], r["sujet"]) for r in rows] == [
            ("Prévue", "Instagram, Google Business Profile", "Clients"), ("Publiée", "Facebook", ""),
            ("Idée", "Facebook", "")]
    else:
        assert [(r["status"], r["networks"], r["about"]) for r in rows] == [
            ("planned", "instagram google", "customers"), ("published", "facebook", ""), ("idea", "facebook", "")]
    before = [(p.uid, p.text, p.status, p.networks, p.about) for p in store.calendar.all_posts()]
    install_translators("en" if language == "fr" else "fr")  # import accepts either language's file
    summary = _import(tab, path, monkeypatch)
    assert any(said in summary for said in ("0 new, 0 updated, 3 unchanged", "0 nouvelle, 0 mise à jour, 3 inchangées"))
    assert [(p.uid, p.text, p.status, p.networks, p.about) for p in store.calendar.all_posts()] == before


@pytest.mark.parametrize("dialect, head", [
    ("excel-fr", b"\xef\xbb\xbfdate;heure;r\xc3\xa9seaux;"), ("excel", b"\xef\xbb\xbfdate,heure,r\xc3\xa9seaux,"),
    ("rfc4180", b"date,heure,r\xc3\xa9seaux,"),
])
def test_the_command_line_writes_the_menus_bytes_for_each_dialect(qapp, file_store, tmp_path, monkeypatch, bus,
                                                                   dialect, head):
    _plan(file_store)
    install_translators("fr")
    try:
        tab = CalendarTab(file_store, bus, fixed_clock(date(2026, 11, 26)))
        menu = _export(tab, tmp_path, monkeypatch, Dialect(dialect)).read_bytes()
    finally:
        install_translators("en")
    out = tmp_path / "cli.csv"
    assert main(["export", "csv", "--lang", "fr", "--dialect", dialect, "-o", str(out), "--db",
                 str(file_store.path)]) == 0
    data = out.read_bytes()
    assert data == menu and data.startswith(head) and data.count(b"\r\n") == 4 and b"\n" not in data.replace(
        b"\r\n", b"")
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""),
                        dialect=csv.excel if dialect != "excel-fr" else "excel-fr-test")
    assert [row[6] for row in reader][1:] == ["Galette", "Bûche", "Idée : vitrine"]


csv.register_dialect("excel-fr-test", csv.excel, delimiter=";")


def test_the_command_lines_default_dialect_follows_the_language(qapp, file_store, tmp_path):
    _plan(file_store)
    french, english = tmp_path / "fr.csv", tmp_path / "en.csv"
    assert main(["export", "csv", "--lang", "fr", "-o", str(french), "--db", str(file_store.path)]) == 0
    assert main(["export", "csv", "--lang", "en", "-o", str(english), "--db", str(file_store.path)]) == 0
    assert french.read_bytes().startswith("\ufeffdate;heure;réseaux;statut".encode())
    assert english.read_bytes().startswith(b"\xef\xbb\xbfdate,time,networks,status")


def test_the_command_line_import_updates_by_id(tmp_path, capsys):
    db = tmp_path / "shop.sqlite3"
    store = open_store(db)
    posts = _plan(store)
    store.close()
    path = tmp_path / "plan.csv"
    assert main(["export", "csv", "--lang", "fr", "-o", str(path), "--db", str(db)]) == 0
    _edit_in_spreadsheet(path, ";")
    capsys.readouterr()
    assert main(["import", "csv", str(path), "--db", str(db)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "2 posts imported from plan.csv; 1 post updated; 2 unchanged"]
    store = open_store(db)
    assert store.calendar.get(posts[0].id).text == "Galette des rois, fève en porcelaine"
    assert store.calendar.count() == 5
    store.close()


CHANGES = {"en": "day {} → {}, text", "fr": "jour {} → {}, texte"}


def test_an_updated_row_says_what_it_changes(tab, store, tmp_path, monkeypatch, language):
    _plan(store)
    path = _export(tab, tmp_path, monkeypatch, Dialect.EXCEL)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    text = rows[0].index("texte" if "texte" in rows[0] else "text")
    galette = next(r for r in rows[1:] if r[text] == "Galette")
    galette[0], galette[text] = "2026-12-05", "Galette des rois"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    from socialdesk.ui.calendar.import_dialog import _local_day

    _, table = _import(tab, path, monkeypatch, rows_too=True)
    days = (_local_day(date(2026, 12, 1)), _local_day(date(2026, 12, 5)))  # as the interface writes dates
    assert [row[-1] for row in table] == [CHANGES[language].format(*days)]


def test_a_refused_file_has_a_plain_disabled_import_button(qtbot, language):
    from socialdesk.domain.calendar.csv_format import parse_csv

    parsed = parse_csv(b"date,time,networks,status,pillar,about,text,notes\r\n2026-13-01,,,,,,a,\r\n"
                       b"2026-12-01,,,,,,b,\r\n")
    dialog = ImportDialog(None, parsed, "plan.csv")
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.text() == {"en": "&Import", "fr": "&Importer"}[language]  # no count of posts
