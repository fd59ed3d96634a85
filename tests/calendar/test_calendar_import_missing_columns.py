"""A plan file short of columns is told which, by the names the owner's language writes them with, comma-separated
(« thème, sujet, notes », not "pillar about notes"); an empty file is said to be empty (attack 35b, F3)."""

import pytest

from socialdesk.cli import main
from socialdesk.domain.calendar.csv_format import CsvProblem, parse_csv
from socialdesk.domain.calendar.plan_words import column_names
from socialdesk.storage.opening import open_store

FRENCH_EXCEL = "Date;Heure;Réseaux;Statut;Texte\r\n10/12/2026;09:00;Facebook;Prévue;Bonjour\r\n".encode("cp1252")


def test_the_missing_columns_are_named_in_the_owners_language():
    error = parse_csv(FRENCH_EXCEL).errors[0]
    assert error.problem is CsvProblem.NO_HEADER
    assert column_names(error.value, "fr") == "thème, sujet, notes"
    assert column_names(error.value, "en") == "pillar, about, notes"


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"  \r\n\r\n", "\ufeff".encode("utf-16")])
def test_an_empty_file_is_said_to_be_empty(data):
    assert [(e.line, e.problem) for e in parse_csv(data).errors] == [(1, CsvProblem.EMPTY)]


@pytest.mark.parametrize("lang, data, words", [
    ("fr", FRENCH_EXCEL, "la première ligne doit nommer les colonnes\u202f; il manque\u00a0: thème, sujet, notes"),
    ("en", FRENCH_EXCEL, "the first line must name the columns; missing: pillar, about, notes"),
    ("fr", b"", "ligne 1\u00a0: le fichier est vide"),
    ("en", b"", "line 1: the file is empty"),
])
def test_the_command_says_it_and_imports_nothing(tmp_path, capsys, lang, data, words):
    shop = tmp_path / "shop.sqlite3"
    open_store(shop).close()
    plan = tmp_path / "plan.csv"
    plan.write_bytes(data)
    assert main(["import", "csv", str(plan), "--db", str(shop), "--lang", lang]) == 2
    err = capsys.readouterr().err
    assert words in err and err.count("\n") == 1
    store = open_store(shop)
    assert store.calendar.count() == 0
    store.close()


@pytest.mark.parametrize("lang, words", [("fr", "Il manque\u00a0: thème, sujet, notes"),
                                         ("en", "Missing: pillar, about, notes")])
def test_the_window_says_it_too(qtbot, lang, words):
    from socialdesk.ui.calendar.import_dialog import ImportDialog
    from socialdesk.ui.i18n import install_translators

    install_translators(lang)
    try:
        dialog = ImportDialog(None, parse_csv(FRENCH_EXCEL), "plan.csv")
        qtbot.addWidget(dialog)
        table = dialog.table
        shown = [table.item(row, column).text() for row in range(table.rowCount())
                 for column in range(table.columnCount()) if table.item(row, column)]
        assert any(words in cell for cell in shown), shown
    finally:
        install_translators("en")
